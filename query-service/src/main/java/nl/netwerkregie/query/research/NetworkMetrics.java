package nl.netwerkregie.query.research;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collection;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Measures of a network of involvement as a graph: its actors and the ingredients their schakels are linked to
 * are the nodes, each schakel link an edge (undirected). Computed with JGraphT.
 */
@Schema(
        description = "The network as a graph: actors, the ingredients linked by its schakels and those placed in "
                + "its buurt are nodes, each schakel link an undirected edge")
public record NetworkMetrics(
        int nodes,
        int edges,

        @Schema(description = "edges ÷ the most edges the nodes could have (n·(n−1)/2); 0 below two nodes")
        double density,

        @Schema(description = "Connected components; an actor without links is a component of its own")
        int components,

        @Schema(description = "Nodes in the largest component")
        int largestComponent,

        @Schema(description = "Mean degree of the actors") double meanActorDegree,

        @Schema(description = "Highest degree of an actor") int maxActorDegree,

        @Schema(
                description = "Highest betweenness centrality of an actor: the share of pairs of other nodes whose "
                        + "shortest paths pass through it, (n−1)(n−2)/2 pairs, 0–1")
        double maxActorBetweenness,

        @Schema(description = "Mean betweenness centrality of the actors, normalised to 0–1")
        double meanActorBetweenness) {

    /**
     * The metrics of these actors (ids) with these links (actor → ingredient ids), and
     * {@code placed} as nodes even when no actor of them is linked to them.
     */
    static NetworkMetrics of(
            Collection<String> actors, Map<String, ? extends Collection<String>> links, Collection<String> placed) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        actors.forEach(a -> g.addVertex("a:" + a));
        placed.forEach(i -> g.addVertex("i:" + i));
        links.forEach((actor, ingredients) -> {
            if (actors.contains(actor)) {
                for (String i : ingredients) {
                    g.addVertex("i:" + i);
                    g.addEdge("a:" + actor, "i:" + i);
                }
            }
        });
        int n = g.vertexSet().size();
        int e = g.edgeSet().size();
        double density = n < 2 ? 0 : (2.0 * e) / ((double) n * (n - 1));
        var components = new ConnectivityInspector<>(g).connectedSets();
        int largest = components.stream().mapToInt(java.util.Set::size).max().orElse(0);
        // JGraphT's raw scores count each pair of nodes once; normalised by the pairs a node could lie between,
        // (n−1)(n−2)/2, as Freeman defines it for undirected graphs (JGraphT's own normalisation halves that)
        Map<String, Double> betweenness = n < 3 ? Map.of() : new BetweennessCentrality<>(g, false).getScores();
        double pairs = (n - 1) * (n - 2) / 2.0;
        int maxDegree = 0;
        long degrees = 0;
        double maxB = 0;
        double sumB = 0;
        for (String a : actors) {
            int d = g.degreeOf("a:" + a);
            degrees += d;
            maxDegree = Math.max(maxDegree, d);
            double b = n < 3 ? 0 : betweenness.getOrDefault("a:" + a, 0.0) / pairs;
            sumB += b;
            maxB = Math.max(maxB, b);
        }
        int count = actors.size();
        return new NetworkMetrics(
                n,
                e,
                round(density),
                components.size(),
                largest,
                count == 0 ? 0 : round((double) degrees / count),
                maxDegree,
                round(maxB),
                count == 0 ? 0 : round(sumB / count));
    }

    static double round(double v) {
        return Math.round(v * 10_000d) / 10_000d;
    }
}
