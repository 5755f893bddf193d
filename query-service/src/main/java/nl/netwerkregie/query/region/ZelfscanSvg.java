package nl.netwerkregie.query.region;

import static nl.netwerkregie.query.projection.SvgText.esc;

import java.util.List;
import java.util.Locale;

/**
 * Draws the results of a scan moment as bar charts, one panel per role: a bar per level 1 to 5, its height the share
 * of the role's respondents who scored it, the count above it. With an earlier moment to compare with, each level has
 * two bars, the earlier one grey, so the change between the moments shows at a glance.
 */
final class ZelfscanSvg {
    private static final int PANEL_W = 420;
    private static final int PANEL_H = 260;
    private static final int BAR_AREA = 170;
    private static final String NOW = "#2b6cb0";
    private static final String EARLIER = "#a0aec0";

    private ZelfscanSvg() {}

    static String render(RegionView.Results results, RegionView.Results earlier, List<RegionView.RoleResult> roles) {
        int columns = roles.size() == 1 ? 1 : 2;
        int rows = (roles.size() + columns - 1) / columns;
        int width = columns * PANEL_W;
        int height = 70 + rows * PANEL_H;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">%n",
                width,
                height,
                width,
                height));
        svg.append(String.format(
                Locale.ROOT,
                "<title>Zelfscan regieneming, scan moment %d (%s) on %s</title>%n",
                results.scan(),
                esc(results.title()),
                results.date()));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"16\" y=\"26\" font-size=\"15\" font-weight=\"bold\">Scan moment %d: %s (%d respondents)</text>%n",
                results.scan(),
                esc(results.title()),
                results.respondents()));
        if (earlier != null) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"16\" y=\"40\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"34\" y=\"50\">scan moment "
                            + "%d (%s)</text><rect x=\"236\" y=\"40\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                            + "<text x=\"254\" y=\"50\">scan moment %d (%s)</text>%n",
                    EARLIER,
                    earlier.scan(),
                    esc(earlier.title()),
                    NOW,
                    results.scan(),
                    esc(results.title())));
        }
        for (int i = 0; i < roles.size(); i++) {
            RegionView.RoleResult role = roles.get(i);
            RegionView.RoleResult before = earlier == null
                    ? null
                    : earlier.roles().stream()
                            .filter(r -> r.role() == role.role())
                            .findFirst()
                            .orElse(null);
            panel(svg, role, before, (i % columns) * PANEL_W, 70 + (i / columns) * PANEL_H);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void panel(
            StringBuilder svg, RegionView.RoleResult role, RegionView.RoleResult before, int x, int y) {
        svg.append(String.format(
                Locale.ROOT,
                "<g class=\"role\" data-role=\"%s\"><text x=\"%d\" y=\"%d\" font-size=\"13\" font-weight=\"bold\">%s "
                        + "(%s): n=%d, median %s</text>%n",
                role.role(),
                x + 16,
                y + 14,
                esc(role.role().name()),
                esc(role.term()),
                role.n(),
                role.median() == null ? "-" : format(role.median())));
        int baseline = y + 24 + BAR_AREA;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                x + 16,
                baseline,
                x + PANEL_W - 16,
                baseline));
        int slot = (PANEL_W - 32) / 5;
        for (int l = 0; l < 5; l++) {
            RegionView.LevelCount now = role.distribution().get(l);
            int slotX = x + 16 + l * slot;
            if (before == null) {
                bar(svg, slotX + slot / 4, slot / 2, baseline, now, NOW);
            } else {
                bar(
                        svg,
                        slotX + slot / 8,
                        slot * 3 / 8,
                        baseline,
                        before.distribution().get(l),
                        EARLIER);
                bar(svg, slotX + slot / 2, slot * 3 / 8, baseline, now, NOW);
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>"
                            + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"9\">%s</text>%n",
                    slotX + slot / 2,
                    baseline + 14,
                    now.level(),
                    slotX + slot / 2,
                    baseline + 26,
                    esc(now.label().replace(" present", ""))));
        }
        svg.append("</g>\n");
    }

    private static void bar(StringBuilder svg, int x, int w, int baseline, RegionView.LevelCount level, String fill) {
        int h = (int) Math.round(level.share() * BAR_AREA);
        svg.append(String.format(
                Locale.ROOT,
                "<rect class=\"bar\" data-level=\"%d\" data-count=\"%d\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
                        + "fill=\"%s\"><title>%s: %d (%s%%)</title></rect>"
                        + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%d</text>%n",
                level.level(),
                level.count(),
                x,
                baseline - h,
                w,
                h,
                fill,
                esc(level.label()),
                level.count(),
                format(level.share() * 100),
                x + w / 2,
                baseline - h - 3,
                level.count()));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
