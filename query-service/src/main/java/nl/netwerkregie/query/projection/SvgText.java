package nl.netwerkregie.query.projection;

/** Text for the SVG views: escaped for XML character data and attribute values. */
public final class SvgText {
    private SvgText() {}

    /** {@code text} with {@code & < > " '} escaped; the empty string for {@code null}. */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
