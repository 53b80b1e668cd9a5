package io.newsflow.parser.extract;

/** Whitespace and invisible-character normalisation shared by every extractor. */
public final class TextNormaliser {
    private TextNormaliser() {
    }

    /** Appends {@code raw} with runs of whitespace (including non-breaking and zero-width ones) folded into one space. */
    static void appendCollapsed(StringBuilder out, String raw) {
        boolean space = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space && out.length() > 0) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.append(c);
                space = false;
            }
        }
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
