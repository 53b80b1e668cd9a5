package io.newsflow.fetcher.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {
    @TempDir
    Path dir;

    @Test
    void readsTheDemoSitesSources() {
        List<Source> sources = SourcesFile.read(Path.of("..", "demo-site", "sources.yaml"));

        assertEquals(1, sources.size());
        assertEquals("demo", sources.get(0).name());
        assertEquals(Seed.LISTING, sources.get(0).seeds().get(0).kind());
    }

    @Test
    void namesTheSeedThatIsWrong() throws IOException {
        Path file = write("""
                sources:
                  - name: ok
                    seeds:
                      - {kind: url, url: "https://example.com/a"}
                      - {kind: listing, url: "ftp://example.com/"}
                """);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourcesFile.read(file));
        assertTrue(e.getMessage().contains("sources[0].seeds[1]"), e.getMessage());
        assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
    }

    @Test
    void rejectsUnknownKindsKeysAndBadPatterns() throws IOException {
        Path kind = write("sources: [{name: a, seeds: [{kind: podcast, url: 'https://e.com/'}]}]");
        Path key = write("sources: [{name: a, seedz: []}]");
        Path pattern = write("sources: [{name: a, seeds: [{kind: listing, url: 'https://e.com/', allow: ['(']}]}]");

        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourcesFile.read(kind)).getMessage()
                .contains("kind must be url, listing, feed or sitemap"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourcesFile.read(key)).getMessage()
                .contains("seedz"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourcesFile.read(pattern)).getMessage()
                .contains("bad pattern"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourcesFile.read(dir.resolve("none.yaml")))
                .getMessage().contains("missing"));
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "sources", ".yaml");
        return Files.writeString(file, yaml);
    }
}
