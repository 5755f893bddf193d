package nl.netwerkregie.query.network;

import static nl.netwerkregie.query.projection.SvgText.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.query.network.NetworkView.ActorView;
import nl.netwerkregie.values.Position;

/**
 * Draws a network as SVG: the theme in the core and the five positions as rings around it, ring 1
 * (initiators) innermost. An actor is drawn once, in the innermost ring of the positions it holds,
 * labelled with its other positions; a schakel without a position is drawn outside the rings.
 */
final class NetworkSvg {
    private static final int CORE = 70;
    private static final int RING = 60;
    private static final String[] COLOURS = {"#c0392b", "#d35400", "#2980b9", "#27ae60", "#8e44ad", "#7f8c8d"};

    private NetworkSvg() {}

    static String render(NetworkView view) {
        int rings = Position.values().length + 1;
        int radius = CORE + rings * RING;
        int size = 2 * radius + 40;
        int c = size / 2;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">%n",
                size,
                size + 30,
                size,
                size + 30));
        svg.append(String.format(Locale.ROOT, "<title>%s on %s</title>%n", esc(view.name()), view.date()));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        for (int ring = rings; ring >= 1; ring--) {
            int r = CORE + ring * RING;
            String label = ring <= Position.values().length
                    ? ring + " " + Position.values()[ring - 1].name().toLowerCase(Locale.ROOT)
                    : "schakels without a position";
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\" fill-opacity=\"0.06\" stroke=\"#999\"/>%n",
                    c,
                    c,
                    r,
                    COLOURS[ring - 1]));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" fill=\"#666\" text-anchor=\"middle\">%s</text>%n",
                    c,
                    c - r + 14,
                    esc(label)));
        }
        svg.append(String.format(
                Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"#f6e58d\" stroke=\"#333\"/>%n", c, c, CORE));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"12\">%s</text>%n",
                c,
                c + 4,
                esc(shorten(view.name(), 24))));
        List<List<ActorView>> byRing = new ArrayList<>();
        for (int i = 0; i < rings; i++) {
            byRing.add(new ArrayList<>());
        }
        for (ActorView a : view.actors()) {
            int ring = a.positions().stream().mapToInt(Position::ring).min().orElse(rings);
            byRing.get(ring - 1).add(a);
        }
        for (int ring = 1; ring <= rings; ring++) {
            List<ActorView> here = byRing.get(ring - 1);
            double r = CORE + ring * RING - RING / 2.0;
            for (int i = 0; i < here.size(); i++) {
                ActorView a = here.get(i);
                double angle = 2 * Math.PI * i / here.size() - Math.PI / 2 + ring * 0.35;
                double x = c + r * Math.cos(angle);
                double y = c + r * Math.sin(angle);
                String name =
                        a.erased() ? "(erased)" : a.name() == null ? a.actorId().substring(0, 8) : a.name();
                String others = a.positions().size() > 1 ? " +" + (a.positions().size() - 1) : "";
                svg.append(String.format(
                        Locale.ROOT,
                        "<g><title>%s: %s</title><circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\"/>"
                                + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>%n",
                        esc(name),
                        esc(a.positions().toString()),
                        x,
                        y,
                        COLOURS[ring - 1],
                        x,
                        y + 16,
                        esc(shorten(name, 18) + others)));
            }
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"10\" y=\"%d\" fill=\"#333\">%s, %s: %d actors, %d ingredients</text>%n",
                size + 20,
                esc(view.name()),
                view.date(),
                view.actors().size(),
                view.ingredients().size()));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
