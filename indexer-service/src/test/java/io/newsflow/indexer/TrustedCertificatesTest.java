package io.newsflow.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.indexer.index.TrustedCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS context built from the cluster's CA file, and the errors an operator sees for a wrong file. */
class TrustedCertificatesTest {

    @Test
    void aPemCaFileGivesATlsContext() throws Exception {
        SSLContext context = TrustedCertificates.sslContext(Path.of(getClass().getResource("/tls/test-ca.pem").toURI()));

        assertEquals("TLS", context.getProtocol());
    }

    @Test
    void aMissingFileNamesTheSettingAndThePath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrustedCertificates.sslContext(Path.of("/no/such/ca.crt")));

        assertTrue(e.getMessage().startsWith("newsflow.indexer.ca-file /no/such/ca.crt"), e.getMessage());
    }

    @Test
    void aFileWithoutCertificatesIsRefused(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("ca.crt"), "not a certificate\n");

        assertThrows(IllegalArgumentException.class, () -> TrustedCertificates.sslContext(empty));
    }
}
