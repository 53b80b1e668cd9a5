package io.newsflow.fetcher.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.fetcher.TestConfig;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
    private final AddressGuard guard = new AddressGuard(TestConfig.create());

    @Test
    void internalAddressesAreRefusedUnlessAllowed() throws Exception {
        for (String url : new String[] {"http://10.0.0.5/", "http://192.168.1.1/", "http://169.254.169.254/latest/",
            "http://[::1]/", "http://100.64.0.1/", "http://[fd00::1]/", "http://0.0.0.0/"}) {
            assertEquals("blocked-address", assertThrows(FetchException.class, () -> guard.check(url)).reason(), url);
        }
        guard.check("http://127.0.0.1:8089/index.html");
    }

    @Test
    void publicAddressesPass() throws Exception {
        guard.check("http://93.184.216.34/");
        assertFalse(AddressGuard.isInternal(InetAddress.getByName("8.8.8.8")));
        assertTrue(AddressGuard.isInternal(InetAddress.getByName("172.16.0.1")));
    }

    @Test
    void aBadNetworkSettingSaysWhichKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AddressGuard.Cidr.parse("10.0.0.0/99"));
        assertTrue(e.getMessage().contains("newsflow.fetcher.allowed-networks"));
    }
}
