package nl.netwerkregie.query.matrix;

import static nl.netwerkregie.query.projection.SvgText.esc;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.netwerkregie.values.MatrixElement;

/**
 * Draws a stelselmatrix on a date as an SVG heat map: positions of responsibility as columns in chain
 * order, elements as rows, each cell coloured by its judgement's rank on its own scale (from light red
 * for the lowest level to green for the highest; grey when not judged), with its level and the number of
 * open attention points, and a legend of the scale in force.
 */
final class HeatMapSvg {
    private static final int LEFT = 230;
    private static final int TOP = 90;
    private static final int CELL_W = 120;
    private static final int CELL_H = 44;

    private HeatMapSvg() {}

    static String render(MatrixView m) {
        int columns = m.positions().size();
        int width = LEFT + columns * CELL_W + 20;
        int rows = MatrixElement.values().length;
        int legendTop = TOP + rows * CELL_H + 30;
        int height = legendTop + 24 * m.scale().levels().size() + 20;
        Map<String, MatrixView.Cell> cells = new HashMap<>();
        m.cells().forEach(c -> cells.put(c.position() + "/" + c.element(), c));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">%n",
                width,
                height,
                width,
                height));
        svg.append(String.format(Locale.ROOT, "<title>Stelselmatrix %s on %s</title>%n", esc(m.buurt()), m.on()));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"10\" y=\"24\" font-size=\"14\" font-weight=\"bold\">Stelselmatrix %s on %s</text>%n",
                esc(m.buurt()),
                m.on()));
        for (int i = 0; i < columns; i++) {
            MatrixView.Column c = m.positions().get(i);
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"position\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s<title>%s carries %d</title>"
                            + "</text>%n",
                    LEFT + i * CELL_W + CELL_W / 2,
                    TOP - 12,
                    esc(shorten(c.name())),
                    esc(c.name()),
                    c.carries()));
        }
        MatrixElement[] elements = MatrixElement.values();
        for (int r = 0; r < rows; r++) {
            int y = TOP + r * CELL_H;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"element\" x=\"10\" y=\"%d\">%s</text>%n",
                    y + CELL_H / 2 + 4,
                    elements[r].name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            for (int i = 0; i < columns; i++) {
                MatrixView.Cell cell = cells.get(m.positions().get(i).position() + "/" + elements[r]);
                MatrixView.Judgement j = cell == null ? null : cell.judgement();
                int points = cell == null ? 0 : cell.attentionPoints().size();
                int x = LEFT + i * CELL_W;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"cell\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\">"
                                + "<title>%s</title></rect>%n",
                        x,
                        y,
                        CELL_W,
                        CELL_H,
                        j == null ? "#dddddd" : colour(j.rank()),
                        esc(
                                j == null
                                        ? "not judged"
                                        : j.level() + " " + j.label() + " (scale " + j.scaleVersion() + ")")));
                if (j != null) {
                    svg.append(String.format(
                            Locale.ROOT,
                            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\">%d</text>%n",
                            x + CELL_W / 2,
                            y + CELL_H / 2 + 4,
                            j.level()));
                }
                if (points > 0) {
                    svg.append(String.format(
                            Locale.ROOT,
                            "<text class=\"attention-points\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%d !</text>%n",
                            x + CELL_W - 6,
                            y + 14,
                            points));
                }
            }
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"10\" y=\"%d\" font-weight=\"bold\">Scale %d</text>%n",
                legendTop,
                m.scale().version()));
        int n = m.scale().levels().size();
        for (SettingsView.Level l : m.scale().levels()) {
            int y = legendTop + 10 + (l.level() - 1) * 24;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"legend\" x=\"10\" y=\"%d\" width=\"18\" height=\"18\" fill=\"%s\"/>"
                            + "<text x=\"36\" y=\"%d\">%d %s</text>%n",
                    y,
                    colour((l.level() - 1) / (double) (n - 1)),
                    y + 13,
                    l.level(),
                    esc(l.label())));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** From light red (0) through yellow to green (1). */
    static String colour(double rank) {
        double r = Math.max(0, Math.min(1, rank));
        int red = (int) Math.round(r < 0.5 ? 244 : 244 - (r - 0.5) * 2 * (244 - 102));
        int green = (int) Math.round(r < 0.5 ? 160 + r * 2 * (214 - 160) : 214 - (r - 0.5) * 2 * (214 - 187));
        int blue = (int) Math.round(r < 0.5 ? 150 - r * 2 * (150 - 120) : 120 - (r - 0.5) * 2 * (120 - 106));
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    private static String shorten(String name) {
        return name.length() <= 20 ? name : name.substring(0, 19) + "…";
    }
}
