package dev.helhet.notifications.service;

import dev.helhet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides where a webhook may go: an {@code https} URL whose host resolves only to public addresses, so no one can point
 * Helhet at its own network (loopback, private, link-local, carrier-grade NAT, cloud metadata). Checked when a partner
 * subscribes and again at every send, and the send connects to the address checked (no second lookup to rebind).
 * Local runs and tests may allow plain {@code http} to loopback, where the partner's receiver is this machine.
 */
@ApplicationScoped
public class ReceiverAddresses {

    /** The longest URL accepted, as the column holds it. */
    public static final int LONGEST_URL = 2048;

    private final boolean loopbackAllowed;

    public ReceiverAddresses(@ConfigProperty(name = "helhet.notifications.loopback-receivers-allowed") boolean loopbackAllowed) {
        this.loopbackAllowed = loopbackAllowed;
    }

    /** Where a webhook goes: the URL and the address to connect to. */
    public record Receiver(URI uri, InetAddress address) {

        public int port() {
            return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        }
    }

    /** The URL, parsed and checked for its form only (no lookup): 400 {@code webhook-url-not-permitted} otherwise. */
    public URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused("url is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw refused("url must be an absolute https URL with a host, and no user or fragment");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && loopbackAllowed)) {
            throw refused("url must use https");
        }
        return uri;
    }

    /** Resolves and checks the receiver's host; blocks on the lookup, so call it off the event loop. */
    public Receiver resolve(String url) {
        URI uri = parse(url);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw refused("the url's host does not resolve");
        }
        List<InetAddress> all = Arrays.asList(addresses);
        boolean allLoopback = all.stream().allMatch(InetAddress::isLoopbackAddress);
        if (loopbackAllowed && allLoopback) {
            return new Receiver(uri, all.getFirst());
        }
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            throw refused("url must use https");
        }
        if (!all.stream().allMatch(ReceiverAddresses::isPublic)) {
            throw refused("the url's host resolves to an address that is not public");
        }
        return new Receiver(uri, all.getFirst());
    }

    /** Whether an address is on the public internet: none of the special-purpose ranges. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0                                     // this network
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19))      // benchmarking
                    && first < 224;                               // multicast and reserved
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc;
            // ::/64 holds the IPv4-compatible and -mapped forms and SIIT's ::ffff:0:a.b.c.d: an IPv4 address inside.
            boolean embedsIpv4 = allZero(bytes, 0, 8);
            // 64:ff9b::/96 and 64:ff9b:1::/48 translate to IPv4 (NAT64), private addresses included.
            boolean nat64 = bytes[0] == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b;
            boolean teredo = (bytes[0] & 0xff) == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x00 && bytes[3] == 0x00;
            boolean documentation = (bytes[0] & 0xff) == 0x20 && bytes[1] == 0x01 && (bytes[2] & 0xff) == 0x0d && (bytes[3] & 0xff) == 0xb8;
            if ((bytes[0] & 0xff) == 0x20 && bytes[1] == 0x02) {
                // 6to4 carries the IPv4 address it tunnels to in bytes 2 to 5: public only if that one is.
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {bytes[2], bytes[3], bytes[4], bytes[5]}));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
            return !uniqueLocal && !embedsIpv4 && !nat64 && !teredo && !documentation;
        }
        return false;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(NotificationsProblems.RECEIVER_NOT_PERMITTED, detail);
    }
}
