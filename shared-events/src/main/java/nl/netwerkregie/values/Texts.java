package nl.netwerkregie.values;

import java.text.Normalizer;

/**
 * Checks shared by the free-text values: normalised to Unicode NFC, stripped, bounded in length
 * (counted in code points), free of control characters (a line break and a tab are allowed only where
 * a text may span lines), of invisible format characters such as bidi overrides and tag characters,
 * and of unassigned or private-use code points; and holding at least one visible character, so that a
 * text of only spaces, no-break spaces, joiners, fillers, blank Braille, variation selectors or
 * combining marks is refused as blank. A text read back from the store is taken as recorded
 * ({@link StoredForm}).
 */
public final class Texts {
    private Texts() {}

    /** Returns {@code value} in NFC and stripped, or throws {@link IllegalArgumentException} naming the rule it breaks. */
    public static String require(String value, int maxLength, boolean multiline) {
        if (StoredForm.isBeingRead()) {
            return value; // checked when it was recorded
        }
        if (value == null) {
            throw new IllegalArgumentException("must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("must be valid Unicode");
            }
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean allowedWhitespace = multiline && (cp == '\n' || cp == '\r' || cp == '\t');
            boolean joiner = cp == 0x200C || cp == 0x200D; // needed inside some scripts and emoji
            if ((Character.isISOControl(cp) && !allowedWhitespace)
                    || cp == 0x2028
                    || cp == 0x2029
                    || (type == Character.FORMAT && !joiner) // bidi overrides, BOM, tags, invisible marks
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE) {
                throw new IllegalArgumentException("must not contain control, format or unassigned characters");
            }
            visible |= isVisible(cp, type);
        }
        if (!visible) {
            throw new IllegalArgumentException("must hold at least one visible character");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new IllegalArgumentException("must be at most " + maxLength + " characters");
        }
        return text;
    }

    /** Like {@link #require} but {@code null} stays {@code null} (an optional text). */
    public static String optional(String value, int maxLength, boolean multiline) {
        return value == null ? null : require(value, maxLength, multiline);
    }

    /**
     * A character that leaves a mark on its own: a letter, digit, punctuation or symbol, but not the
     * letters and symbols that render as blank (Hangul fillers, blank Braille, the Khmer inherent vowels).
     * Spaces of every kind, marks (combining, enclosing, variation selectors) and joiners are not.
     */
    private static boolean isVisible(int cp, int type) {
        if (cp == 0x115F
                || cp == 0x1160
                || cp == 0x3164
                || cp == 0xFFA0
                || cp == 0x2800
                || cp == 0x17B4
                || cp == 0x17B5
                || cp == 0x180E
                || cp == 0x1D159
                || (cp >= 0x1D173 && cp <= 0x1D17A)) {
            return false;
        }
        return switch (type) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
