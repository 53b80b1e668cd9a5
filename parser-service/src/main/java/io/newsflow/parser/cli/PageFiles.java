package io.newsflow.parser.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/** Reads saved pages from disk: plain or gzipped, in the charset their BOM or meta tag declares (UTF-8 if none). */
final class PageFiles {
    private static final int MAX_BYTES = 50 * 1024 * 1024;

    private PageFiles() {
    }

    static boolean isPage(String name) {
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
    }

    static String read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = open(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES + " bytes");
        }
        Charset charset = Jsoup.parse(new ByteArrayInputStream(bytes), null, "").charset();
        return new String(bytes, charset);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
