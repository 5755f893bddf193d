package nl.netwerkregie.query.programme;

import static nl.netwerkregie.query.projection.SvgText.esc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Draws a cycle's programme line as an SVG timeline: the start of the development period, its meeting
 * moments (filled when held, open while planned), the manifestation moment, the end, and the date of
 * the view marked as today.
 */
final class ProgrammeLineSvg {
    private static final int WIDTH = 960;
    private static final int LEFT = 60;
    private static final int RIGHT = 60;
    private static final int LINE_Y = 120;

    private ProgrammeLineSvg() {}

    static String render(CycleView cycle) {
        LocalDate start = cycle.programmeLine().start();
        LocalDate end = cycle.programmeLine().end();
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"260\" viewBox=\"0 0 %d 260\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">%n",
                WIDTH,
                WIDTH));
        svg.append(String.format(
                Locale.ROOT,
                "<title>Programme line of cycle %d of %s on %s</title>%n",
                cycle.cycle(),
                esc(cycle.name()),
                cycle.on()));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"30\" font-size=\"14\" font-weight=\"bold\">Cycle %d: %s (%s)</text>%n",
                LEFT,
                cycle.cycle(),
                esc(cycle.name()),
                cycle.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\" stroke-width=\"3\"/>%n",
                LEFT,
                LINE_Y,
                WIDTH - RIGHT,
                LINE_Y));
        mark(svg, x(start, start, days), "start " + start, "#333", true, 0);
        mark(svg, x(end, start, days), "end " + end, "#333", true, 0);
        int row = 0;
        for (CycleView.MeetingMoment m : cycle.programmeLine().meetingMoments()) {
            int x = x(m.date(), start, days);
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle class=\"meeting %s\" cx=\"%d\" cy=\"%d\" r=\"7\" fill=\"%s\" stroke=\"#2980b9\" "
                            + "stroke-width=\"2\"><title>%s, %s</title></circle>%n",
                    m.held() ? "held" : "planned",
                    x,
                    LINE_Y,
                    m.held() ? "#2980b9" : "white",
                    m.date(),
                    esc(m.place())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#2980b9\">%s</text>%n",
                    x,
                    LINE_Y - 18 - 14 * (row++ % 3),
                    m.date()));
        }
        if (cycle.manifestation() != null && cycle.manifestation().date() != null) {
            int x = x(cycle.manifestation().date(), start, days);
            svg.append(String.format(
                    Locale.ROOT,
                    "<polygon class=\"manifestation\" points=\"%d,%d %d,%d %d,%d %d,%d\" fill=\"#e67e22\"/>%n",
                    x,
                    LINE_Y - 11,
                    x + 11,
                    LINE_Y,
                    x,
                    LINE_Y + 11,
                    x - 11,
                    LINE_Y));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#e67e22\">manifestation %s</text>%n",
                    x,
                    LINE_Y + 50,
                    cycle.manifestation().date()));
        }
        if (!cycle.on().isBefore(start) && !cycle.on().isAfter(end)) {
            int x = x(cycle.on(), start, days);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"today\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#c0392b\" "
                            + "stroke-dasharray=\"4 3\"/>%n",
                    x,
                    LINE_Y - 70,
                    x,
                    LINE_Y + 70));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#c0392b\">today %s</text>%n",
                    x,
                    LINE_Y + 85,
                    cycle.on()));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void mark(StringBuilder svg, int x, String label, String colour, boolean below, int row) {
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>%n",
                x,
                LINE_Y - 15,
                x,
                LINE_Y + 15,
                colour));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text>%n",
                x,
                below ? LINE_Y + 30 + row * 14 : LINE_Y - 25,
                colour,
                esc(label)));
    }

    private static int x(LocalDate date, LocalDate start, long days) {
        long offset = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(start, date)));
        return LEFT + (int) ((WIDTH - LEFT - RIGHT) * offset / days);
    }
}
