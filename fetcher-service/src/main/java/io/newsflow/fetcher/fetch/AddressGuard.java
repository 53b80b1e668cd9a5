package io.newsflow.fetcher.fetch;

import io.newsflow.fetcher.FetcherConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Keeps the fetcher from being turned against the operator's own network (SSRF): a URL whose host resolves to a
 * loopback, private, link-local, carrier-grade NAT, unique-local or cloud-metadata address is refused, unless
 * that address lies in a network the operator allowed ({@code newsflow.fetcher.allowed-networks}).
 */
@ApplicationScoped
public class AddressGuard {
    private final List<Cidr> allowed;

    public AddressGuard(FetcherConfig config) {
        this.allowed = config.allowedNetworks().orElse(List.of()).stream().map(Cidr::parse).toList();
    }

    /** @throws FetchException when the host does not resolve or resolves to a refused address */
    public void check(String url) throws FetchException {
        String host = URI.create(url).getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("dns", url + ": unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && allowed.stream().noneMatch(n -> n.contains(address))) {
                throw new FetchException("blocked-address", url + ": " + host + " resolves to the internal address "
                        + address.getHostAddress() + " (allow it with newsflow.fetcher.allowed-networks)");
            }
        }
    }

    static boolean isInternal(InetAddress address) {
        byte[] b = address.getAddress();
        boolean cgnat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || cgnat || uniqueLocal;
    }

    /** An address range such as {@code 127.0.0.0/8} or {@code fd00::/8}. */
    record Cidr(byte[] network, int prefix) {
        static Cidr parse(String cidr) {
            String[] parts = cidr.trim().split("/");
            try {
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8;
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("prefix out of range");
                }
                return new Cidr(network, prefix);
            } catch (UnknownHostException | RuntimeException e) {
                throw new IllegalArgumentException("newsflow.fetcher.allowed-networks: '" + cidr
                        + "' is not a network like 127.0.0.0/8", e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((a[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
