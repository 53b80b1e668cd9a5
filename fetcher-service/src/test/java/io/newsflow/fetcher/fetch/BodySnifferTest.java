package io.newsflow.fetcher.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BodySnifferTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String RUSSIAN = "<html><head><title>Новости</title></head><body><p>Министр иностранных дел"
            + " заявил, что переговоры продолжатся.</p></body></html>";

    @Test
    void aWindows1251PageSentAsUtf8IsDecodedAsWindows1251WhenItSaysSo() {
        byte[] body = ("<meta charset=\"windows-1251\">" + RUSSIAN).getBytes(CP1251);
        assertEquals(CP1251, BodySniffer.charset("UTF-8", body));
    }

    @Test
    void aUtf8PageDeclaredAsWindows1251IsDecodedAsUtf8() {
        byte[] body = ("<meta charset=\"windows-1251\">" + RUSSIAN).getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, BodySniffer.charset("windows-1251", body));
    }

    @Test
    void theHeaderDecidesForLegacyBytesAndAsciiPages() {
        assertEquals(CP1251, BodySniffer.charset("windows-1251", RUSSIAN.getBytes(CP1251)));
        assertEquals(StandardCharsets.ISO_8859_1, BodySniffer.charset("ISO-8859-1", "<p>plain</p>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aUtf8BodyCutInsideACharacterIsStillUtf8() {
        byte[] whole = RUSSIAN.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, 80);
        assertEquals(StandardCharsets.UTF_8, BodySniffer.charset(null, cut));
    }

    @Test
    void aUtf8PageWithAReplacementCharacterOfItsOwnIsStillUtf8() {
        byte[] body = RUSSIAN.replace("Новости", "Новости \uFFFD").getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, BodySniffer.charset("windows-1251", body));
    }

    @Test
    void imageBytesAreBinaryAndTextIsNot() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(BodySniffer.isBinary(png));
        assertFalse(BodySniffer.isBinary(RUSSIAN.getBytes(CP1251)));
        assertFalse(BodySniffer.isBinary("<p>hi</p>".getBytes(StandardCharsets.UTF_16)));
    }
}
