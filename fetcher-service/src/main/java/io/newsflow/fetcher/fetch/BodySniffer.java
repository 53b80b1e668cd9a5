package io.newsflow.fetcher.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.jsoup.Jsoup;

/**
 * What a body really is, whatever the server says: binary bytes behind an HTML content type, and the charset when
 * the header or meta tag declares the wrong one (a windows-1251 page sent as UTF-8, or the other way round).
 */
final class BodySniffer {
    /** A BOM or meta charset sits in the first bytes of a page; parsing only those keeps detection cheap. */
    private static final int SNIFF_BYTES = 8_192;
    private static final int BINARY_SNIFF_BYTES = 1_024;

    private BodySniffer() {
    }

    /**
     * True for bytes no text page starts with: a NUL, or many control characters. UTF-16 (with its BOM) is text.
     */
    static boolean isBinary(byte[] body) {
        if (hasUtf16Bom(body)) {
            return false;
        }
        int length = Math.min(body.length, BINARY_SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = body[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control * 10 > length;
    }

    /**
     * The charset to decode with. Bytes that are valid UTF-8 beyond ASCII are UTF-8 whatever is declared: legacy
     * encodings almost never form valid UTF-8 by chance. Otherwise the header's charset, else the BOM's or meta
     * tag's, but never UTF-8 for bytes that are not UTF-8 when the page names another charset.
     */
    static Charset charset(String header, byte[] body) {
        boolean utf8 = isUtf8(body);
        if (utf8 && !isAscii(body)) {
            return StandardCharsets.UTF_8;
        }
        Charset declared = known(header);
        Charset document = documentCharset(body);
        if (declared != null && !(declared.equals(StandardCharsets.UTF_8) && !utf8)) {
            return declared;
        }
        return document != null ? document : declared != null ? declared : StandardCharsets.UTF_8;
    }

    private static Charset documentCharset(byte[] body) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body, 0, Math.min(body.length, SNIFF_BYTES)), null, "").charset();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Charset known(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Decoding malformed UTF-8 always yields U+FFFD, so text without one was valid; the JDK's decoding into a
     * String is several times faster than a reporting {@code CharsetDecoder}, which is left for pages with a U+FFFD.
     */
    private static boolean isUtf8(byte[] body) {
        int length = utf8Boundary(body);
        if (new String(body, 0, length, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A truncated body may end inside a character; that alone does not make it non-UTF-8. */
    private static int utf8Boundary(byte[] body) {
        int end = body.length;
        int back = 0;
        while (end > 0 && back < 3 && (body[end - 1] & 0xc0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (body[end - 1] & 0xc0) == 0xc0) {
            end--;
        } else {
            end = body.length;
        }
        return end;
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUtf16Bom(byte[] body) {
        return body.length >= 2 && ((body[0] == (byte) 0xfe && body[1] == (byte) 0xff)
                || (body[0] == (byte) 0xff && body[1] == (byte) 0xfe));
    }
}
