package org.peersite.serve;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which {@code Host} and {@code Origin} headers the dev server answers, against DNS rebinding and cross-site
 * reads. A page on another site can make a browser send requests to {@code 127.0.0.1}, and a name it controls
 * can be made to resolve there; the browser then sends that name as {@code Host}. So only these hosts are
 * answered, each with the server's port: {@code localhost}, {@code 127.0.0.1}, {@code [::1]}, the host the
 * server was told to bind, and, when it binds every interface ({@code 0.0.0.0} or {@code ::}), any IP
 * literal, since rebinding needs a name and an address literal cannot be rebound.
 *
 * <pre>
 * HostPolicy policy = HostPolicy.of("127.0.0.1", boundAddress, 8080);
 * policy.allowsHost("localhost:8080");                                      // true
 * policy.allowsOrigin("http://evil.example", "localhost:8080");             // false
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
final class HostPolicy {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+(%[0-9a-z._~-]+)?]");

    private final Set<String> hosts;
    private final boolean anyAddressLiteral;
    private final int port;

    private HostPolicy(Set<String> hosts, boolean anyAddressLiteral, int port) {
        this.hosts = Set.copyOf(hosts);
        this.anyAddressLiteral = anyAddressLiteral;
        this.port = port;
    }

    /**
     * @param configuredHost the host the server was told to bind, as given ({@code 127.0.0.1}, {@code ::1},
     *                       {@code 0.0.0.0}, {@code mybox.local})
     * @param bound          the address it bound
     * @param port           the port it listens on
     */
    static HostPolicy of(String configuredHost, InetAddress bound, int port) {
        Set<String> hosts = new TreeSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
        hosts.add(literal(configuredHost));
        return new HostPolicy(hosts, bound.isAnyLocalAddress(), port);
    }

    /** Whether a request with this {@code Host} header is answered; a missing header is not. */
    boolean allowsHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String value = hostHeader.strip().toLowerCase(Locale.ROOT);
        String host;
        String portText;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return false;
            }
            host = value.substring(0, close + 1);
            String rest = value.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return false;
            }
            portText = rest.isEmpty() ? null : rest.substring(1);
        } else {
            int colon = value.indexOf(':');
            if (colon != value.lastIndexOf(':')) {
                return false;
            }
            host = colon < 0 ? value : value.substring(0, colon);
            portText = colon < 0 ? null : value.substring(colon + 1);
        }
        if (!portMatches(portText)) {
            return false;
        }
        return hosts.contains(host)
                || anyAddressLiteral && (IPV4.matcher(host).matches() || IPV6.matcher(host).matches());
    }

    /**
     * Whether a live-reload request with this {@code Origin} may connect: only from a page of this very server
     * ({@code http://} and the request's own, already checked, {@code Host}). Browsers leave {@code Origin} out
     * of same-origin {@code EventSource} requests, so a missing one is allowed; {@code null} (a sandboxed or
     * file page) is not.
     */
    boolean allowsOrigin(String origin, String hostHeader) {
        if (origin == null) {
            return true;
        }
        return hostHeader != null
                && origin.strip().toLowerCase(Locale.ROOT).equals("http://" + hostHeader.strip().toLowerCase(Locale.ROOT));
    }

    private boolean portMatches(String portText) {
        if (portText == null) {
            return port == 80;
        }
        if (portText.isEmpty() || portText.length() > 5 || !portText.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(portText) == port;
    }

    /** A host as it appears in a {@code Host} header: lower case, IPv6 literals in brackets. */
    static String literal(String host) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        return lower.contains(":") && !lower.startsWith("[") ? "[" + lower + "]" : lower;
    }
}
