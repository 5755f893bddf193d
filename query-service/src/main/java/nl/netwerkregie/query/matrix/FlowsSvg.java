package nl.netwerkregie.query.matrix;

import static nl.netwerkregie.query.projection.SvgText.esc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a shift report as an SVG of responsibility flows: the positions of the chain as boxes from the
 * household (left) outward, one arc per pair of positions a responsibility moved between (above the
 * chain toward the household, below it away from it), as thick as the number of moves, and the
 * responsibilities taken and disappeared per position, with the measure.
 */
final class FlowsSvg {
    private static final int LEFT = 40;
    private static final int BOX_W = 120;
    private static final int GAP = 30;
    private static final int CHAIN_Y = 230;

    private FlowsSvg() {}

    static String render(ShiftView shift) {
        List<ShiftView.PositionBalance> positions = shift.positions();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < positions.size(); i++) {
            index.put(positions.get(i).position(), i);
        }
        int width = LEFT * 2 + positions.size() * (BOX_W + GAP);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"480\" viewBox=\"0 0 %d 480\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">%n",
                width,
                width));
        svg.append(String.format(
                Locale.ROOT,
                "<title>Responsibility flows in %s from %s to %s</title>%n",
                esc(shift.buurt()),
                shift.from(),
                shift.to()));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"24\" font-size=\"14\" font-weight=\"bold\">Responsibility flows %s, %s to %s%s</text>%n",
                LEFT,
                esc(shift.buurt()),
                shift.from(),
                shift.to(),
                shift.cycle() == null ? "" : " (cycle " + shift.cycle() + ")"));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"44\">%d chain steps toward the household in %d moves; net gain of resident and buurt %d</text>%n",
                LEFT,
                shift.measure().stepsOfMoves(),
                shift.moved().size(),
                shift.measure().netGainOfResidentAndBuurt()));
        Map<String, Integer> pairs = new LinkedHashMap<>();
        for (ShiftView.LedgerChange move : shift.moved()) {
            pairs.merge(move.from() + ">" + move.to(), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> pair : pairs.entrySet()) {
            String[] ends = pair.getKey().split(">");
            Integer from = index.get(ends[0]);
            Integer to = index.get(ends[1]);
            if (from == null || to == null) {
                continue;
            }
            int x1 = centre(from);
            int x2 = centre(to);
            boolean toward = to < from;
            int y = toward ? CHAIN_Y - 22 : CHAIN_Y + 22;
            int bend = (toward ? -1 : 1) * (30 + 18 * Math.abs(from - to));
            svg.append(String.format(
                    Locale.ROOT,
                    "<path class=\"flow %s\" d=\"M %d %d Q %d %d %d %d\" fill=\"none\" stroke=\"%s\" stroke-width=\"%d\" "
                            + "stroke-opacity=\"0.7\" marker-end=\"url(#arrow)\"><title>%s to %s: %d</title></path>%n",
                    toward ? "toward-resident" : "away",
                    x1,
                    y,
                    (x1 + x2) / 2,
                    y + 2 * bend,
                    x2,
                    y,
                    toward ? "#27ae60" : "#c0392b",
                    Math.min(14, 2 + 2 * pair.getValue()),
                    esc(ends[0]),
                    esc(ends[1]),
                    pair.getValue()));
        }
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"5\" "
                + "markerHeight=\"5\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/>"
                + "</marker></defs>\n");
        Map<String, Integer> taken = count(shift.taken(), true);
        Map<String, Integer> gone = count(shift.disappeared(), false);
        for (int i = 0; i < positions.size(); i++) {
            ShiftView.PositionBalance p = positions.get(i);
            int x = LEFT + i * (BOX_W + GAP);
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"position\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"44\" rx=\"6\" fill=\"#eef3f8\" "
                            + "stroke=\"#34495e\"><title>%s</title></rect>%n",
                    x,
                    CHAIN_Y - 22,
                    BOX_W,
                    esc(p.name())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x + BOX_W / 2,
                    CHAIN_Y - 4,
                    esc(shorten(p.name()))));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"balance\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d → %d (%+d)</text>%n",
                    x + BOX_W / 2,
                    CHAIN_Y + 14,
                    p.carriedBefore(),
                    p.carriedAfter(),
                    p.net()));
            int t = taken.getOrDefault(p.position(), 0);
            int g = gone.getOrDefault(p.position(), 0);
            if (t + g > 0) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<text class=\"taken-gone\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">+%d taken, −%d disappeared</text>%n",
                        x + BOX_W / 2,
                        CHAIN_Y + 150,
                        t,
                        g));
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static Map<String, Integer> count(List<ShiftView.LedgerChange> changes, boolean to) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (ShiftView.LedgerChange c : changes) {
            String p = to ? c.to() : c.from();
            if (p != null) {
                out.merge(p, 1, Integer::sum);
            }
        }
        return out;
    }

    private static int centre(int i) {
        return LEFT + i * (BOX_W + GAP) + BOX_W / 2;
    }

    private static String shorten(String name) {
        return name == null || name.length() <= 20 ? name : name.substring(0, 19) + "…";
    }
}
