package io.newsflow.parser.extract;

/** Whitespace and invisible-character normalisation shared by every extractor. */
public final class TextNormaliser {
    private TextNormaliser() {
    }

    /** Appends {@code raw} with runs of whitespace (including non-breaking and zero-width ones) folded into one space. */
    static void appendCollapsed(StringBuilder out, String raw) {
        boolean space = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
        int i = 0;
        while (i < raw.length()) {
            int start = i;
            while (i < raw.length() && isPlain(raw.charAt(i))) {
                i++;
            }
            if (i > start) {
                // runs of ordinary characters are copied whole, which is most of any text
                out.append(raw, start, i);
                space = false;
            }
            if (i == raw.length()) {
                break;
            }
            if (!isInvisible(raw.charAt(i++)) && !space && out.length() > 0) {
                out.append(' ');
                space = true;
            }
        }
    }

    private static boolean isPlain(char c) {
        return c > ' ' && c < 0x7f
                || !isInvisible(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }

    /** The text with whitespace folded and trimmed. */
    public static String clean(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        appendCollapsed(out, raw.toString());
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static boolean isInvisible(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad';
    }
}
