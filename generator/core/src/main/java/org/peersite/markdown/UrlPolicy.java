package org.peersite.markdown;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which link and image URLs may reach a reader: an allowlist of schemes. Relative URLs (paths, {@code #anchor},
 * {@code ?query}, {@code //host/path}) are always kept; so are {@link #DEFAULT_SCHEMES}; a site may allow more
 * in {@code site.yaml} ({@code features: {urlSchemes: [irc, ftp]}}), except {@link #FORBIDDEN_SCHEMES}, which
 * run code or carry whole documents. Any other scheme is dropped, the link's text kept.
 *
 * <pre>
 * UrlPolicy policy = UrlPolicy.allowing(List.of("irc"));
 * policy.allows("irc://irc.example.org/peers");   // true
 * policy.allows("JaVaScRiPt:alert(1)");           // false, however it is spelled
 * </pre>
 *
 * <p>The scheme is read the way a browser reads it: commonmark has already decoded entities
 * ({@code &#106;avascript:}); leading control characters and spaces and any tab or line break inside the scheme
 * are ignored; case does not matter. Immutable and thread-safe.
 */
public final class UrlPolicy {

    /** Schemes every site allows. */
    public static final List<String> DEFAULT_SCHEMES = List.of("http", "https", "mailto", "tel");

    /** Schemes no site can allow: a link with one runs script or opens a document made of the URL itself. */
    public static final List<String> FORBIDDEN_SCHEMES = List.of("javascript", "vbscript", "data");

    /** The default policy: {@link #DEFAULT_SCHEMES} and relative URLs. */
    public static final UrlPolicy DEFAULT = new UrlPolicy(Set.copyOf(DEFAULT_SCHEMES));

    private final Set<String> schemes;

    private UrlPolicy(Set<String> schemes) {
        this.schemes = schemes;
    }

    /**
     * The default schemes plus {@code extra} (lower-case scheme names without the colon, as
     * {@link #isSchemeName} checks them).
     *
     * @throws IllegalArgumentException for a name that is no scheme, or a forbidden one
     */
    public static UrlPolicy allowing(Collection<String> extra) {
        Set<String> schemes = new TreeSet<>(DEFAULT_SCHEMES);
        for (String scheme : extra) {
            if (!isSchemeName(scheme) || !scheme.equals(scheme.toLowerCase(Locale.ROOT))
                    || FORBIDDEN_SCHEMES.contains(scheme)) {
                throw new IllegalArgumentException("not an allowable URL scheme: " + scheme);
            }
            schemes.add(scheme);
        }
        return new UrlPolicy(Set.copyOf(schemes));
    }

    /** Whether the URL may be used as an {@code href} or {@code src}: relative, or with an allowed scheme. */
    public boolean allows(String url) {
        String scheme = scheme(url);
        return scheme == null || schemes.contains(scheme);
    }

    /** The allowed schemes, sorted. */
    public List<String> schemes() {
        return List.copyOf(new TreeSet<>(schemes));
    }

    /** Whether the URL is an {@code http} or {@code https} one: a web page that can be fetched to check it. */
    public static boolean isWeb(String url) {
        String scheme = scheme(url);
        return "http".equals(scheme) || "https".equals(scheme);
    }

    /** Whether the URL names a scheme or a host ({@code https://x}, {@code //x}): it leaves the site. */
    public static boolean isExternal(String url) {
        return scheme(url) != null || url.startsWith("//");
    }

    /** Whether a text is a scheme name: a letter, then letters, digits, {@code +}, {@code -} or {@code .}. */
    public static boolean isSchemeName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isSchemeChar(name.charAt(i), i)) {
                return false;
            }
        }
        return true;
    }

    /** The URL's scheme, lower-cased the way a browser reads it, or {@code null} for a relative URL. */
    public static String scheme(String url) {
        StringBuilder cleaned = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean leading = cleaned.length() == 0 && c <= ' ';
            if (!leading && c != '\t' && c != '\n' && c != '\r') {
                cleaned.append(c);
            }
        }
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c == ':') {
                return i == 0 ? null : cleaned.substring(0, i).toLowerCase(Locale.ROOT);
            }
            if (!isSchemeChar(c, i)) {
                return null;
            }
        }
        return null;
    }

    private static boolean isSchemeChar(char c, int index) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (index > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UrlPolicy p && p.schemes.equals(schemes);
    }

    @Override
    public int hashCode() {
        return schemes.hashCode();
    }

    @Override
    public String toString() {
        return "UrlPolicy" + schemes();
    }
}
