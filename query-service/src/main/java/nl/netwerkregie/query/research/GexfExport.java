package nl.netwerkregie.query.research;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.netwerkregie.query.actor.ActorProjection;
import nl.netwerkregie.query.network.NetworkDirectory;
import nl.netwerkregie.query.network.NetworkTimeline;
import nl.netwerkregie.values.Position;
import org.springframework.stereotype.Component;

/**
 * A theme's network of involvement as a dynamic GEXF 1.3 graph for Gephi's timeline: actors (under
 * pseudonyms) and ingredients are nodes, schakel links undirected edges, each with the spells it existed in;
 * per actor a boolean attribute per position and its sector, both dynamic. GEXF intervals include both ends,
 * so a spell ends on the last day it held. No visual ({@code viz}) data: it would not validate against the
 * published schema.
 */
@Component
class GexfExport {
    static final String NS = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final NetworkDirectory networks;
    private final ActorProjection actors;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    GexfExport(NetworkDirectory networks, ActorProjection actors, Pseudonyms pseudonyms, Clock clock) {
        this.networks = networks;
        this.actors = actors;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    private record Spell(LocalDate from, LocalDate to) {}

    /** Loads what the graph needs (404 for an unknown theme) and returns a writer of it. */
    java.util.function.Consumer<OutputStream> graph(String municipality, String themeId, String study) {
        NetworkTimeline tl = networks.timelineOf(municipality, themeId);
        Pseudonyms.Scheme names = pseudonyms.scheme(municipality, study);
        Map<String, List<Spell>> actorSpells = new LinkedHashMap<>();
        tl.positions()
                .forEach(p -> actorSpells
                        .computeIfAbsent(p.actorId(), k -> new ArrayList<>())
                        .add(new Spell(p.from(), p.to())));
        tl.schakels()
                .forEach(s -> actorSpells
                        .computeIfAbsent(s.actorId(), k -> new ArrayList<>())
                        .add(new Spell(s.from(), null)));
        Map<String, ActorProjection.ActorSummary> known = actors.findWithoutNames(municipality, actorSpells.keySet());
        return out -> write(out, tl, names, actorSpells, known);
    }

    private void write(
            OutputStream out,
            NetworkTimeline tl,
            Pseudonyms.Scheme names,
            Map<String, List<Spell>> actorSpells,
            Map<String, ActorProjection.ActorSummary> known) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(NS);
            x.writeNamespace("xsi", XSI);
            x.writeAttribute(XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
            x.writeAttribute("version", "1.3");
            x.writeStartElement("meta");
            x.writeAttribute("lastmodifieddate", LocalDate.now(clock).toString());
            element(x, "creator", "Netwerkregie");
            element(
                    x,
                    "description",
                    "The network of involvement of theme " + tl.themeId()
                            + ": actors under pseudonyms and ingredients as nodes, schakel links as edges");
            x.writeEndElement();
            x.writeStartElement("graph");
            x.writeAttribute("mode", "dynamic");
            x.writeAttribute("defaultedgetype", "undirected");
            x.writeAttribute("timeformat", "date");
            x.writeAttribute("timerepresentation", "interval");
            x.writeStartElement("attributes");
            x.writeAttribute("class", "node");
            x.writeAttribute("mode", "static");
            attribute(x, "kind", "string");
            attribute(x, "actorType", "string");
            attribute(x, "ingredientKind", "string");
            x.writeEndElement();
            x.writeStartElement("attributes");
            x.writeAttribute("class", "node");
            x.writeAttribute("mode", "dynamic");
            for (Position p : Position.values()) {
                attribute(x, p.name(), "boolean");
            }
            attribute(x, "sector", "string");
            x.writeEndElement();

            x.writeStartElement("nodes");
            for (Map.Entry<String, List<Spell>> a : actorSpells.entrySet()) {
                String id = names.of(a.getKey());
                x.writeStartElement("node");
                x.writeAttribute("id", id);
                x.writeAttribute("label", id);
                x.writeStartElement("attvalues");
                attvalue(x, "kind", "actor", null);
                ActorProjection.ActorSummary s = known.get(a.getKey());
                if (s != null) {
                    attvalue(x, "actorType", s.type().name(), null);
                }
                for (NetworkTimeline.PositionSpell p : tl.positions()) {
                    if (p.actorId().equals(a.getKey())) {
                        attvalue(x, p.position().name(), "true", new Spell(p.from(), p.to()));
                    }
                }
                if (s != null) {
                    List<ActorProjection.Classification> cs = s.classifications();
                    for (int i = 0; i < cs.size(); i++) {
                        LocalDate next = null;
                        for (int j = i + 1; j < cs.size() && next == null; j++) {
                            if (cs.get(j).date().isAfter(cs.get(i).date())) {
                                next = cs.get(j).date();
                            }
                        }
                        boolean superseded = i + 1 < cs.size()
                                && cs.get(i + 1).date().equals(cs.get(i).date());
                        if (!superseded) {
                            attvalue(
                                    x,
                                    "sector",
                                    cs.get(i).sector().name(),
                                    new Spell(cs.get(i).date(), next));
                        }
                    }
                }
                x.writeEndElement();
                spells(x, merged(a.getValue()));
                x.writeEndElement();
            }
            for (NetworkTimeline.IngredientSpell i : tl.ingredients()) {
                x.writeStartElement("node");
                x.writeAttribute("id", "i-" + i.ingredientId());
                x.writeAttribute("label", i.kind().name());
                x.writeStartElement("attvalues");
                attvalue(x, "kind", "ingredient", null);
                attvalue(x, "ingredientKind", i.kind().name(), null);
                x.writeEndElement();
                spells(x, List.of(new Spell(i.from(), i.to())));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeStartElement("edges");
            Map<String, List<Spell>> edges = new LinkedHashMap<>();
            for (NetworkTimeline.LinkSpell l : tl.links()) {
                edges.computeIfAbsent(l.actorId() + "\n" + l.ingredientId(), k -> new ArrayList<>())
                        .add(new Spell(l.from(), l.to()));
            }
            int n = 0;
            for (Map.Entry<String, List<Spell>> e : edges.entrySet()) {
                String[] ends = e.getKey().split("\n");
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + n++);
                x.writeAttribute("source", names.of(ends[0]));
                x.writeAttribute("target", "i-" + ends[1]);
                spells(x, merged(e.getValue()));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement(); // graph
            x.writeEndElement(); // gexf
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the GEXF graph", e);
        }
    }

    /** Overlapping or touching spells joined; {@code to} exclusive, {@code null} open. */
    private static List<Spell> merged(List<Spell> spells) {
        List<Spell> sorted = new ArrayList<>(spells);
        sorted.sort(Comparator.comparing(Spell::from));
        List<Spell> out = new ArrayList<>();
        for (Spell s : sorted) {
            if (!out.isEmpty()) {
                Spell last = out.get(out.size() - 1);
                if (last.to() == null || !s.from().isAfter(last.to())) {
                    LocalDate to =
                            last.to() == null || s.to() == null ? null : s.to().isAfter(last.to()) ? s.to() : last.to();
                    out.set(out.size() - 1, new Spell(last.from(), to));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static void spells(XMLStreamWriter x, List<Spell> spells) throws XMLStreamException {
        x.writeStartElement("spells");
        for (Spell s : spells) {
            x.writeEmptyElement("spell");
            interval(x, s);
        }
        x.writeEndElement();
    }

    /** GEXF intervals include their end: the last day, the day before an exclusive {@code to}. */
    private static void interval(XMLStreamWriter x, Spell s) throws XMLStreamException {
        x.writeAttribute("start", s.from().toString());
        if (s.to() != null) {
            x.writeAttribute("end", s.to().minusDays(1).toString());
        }
    }

    private static void attribute(XMLStreamWriter x, String id, String type) throws XMLStreamException {
        x.writeEmptyElement("attribute");
        x.writeAttribute("id", id);
        x.writeAttribute("title", id);
        x.writeAttribute("type", type);
    }

    private static void attvalue(XMLStreamWriter x, String attribute, String value, Spell spell)
            throws XMLStreamException {
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", attribute);
        x.writeAttribute("value", value);
        if (spell != null) {
            interval(x, spell);
        }
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
