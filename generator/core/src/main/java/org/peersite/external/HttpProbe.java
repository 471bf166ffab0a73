package org.peersite.external;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches one URL the way a careful link checker does: {@code HEAD} first (no body to download), {@code GET}
 * when the server does not allow {@code HEAD} (405, 501); redirects followed by hand, up to a limit, so that a
 * loop ends; a time limit for connecting and one for the answer. A 2xx answer at the end works; anything else
 * is broken, with the reason. Thread-safe: the {@link HttpClient} is.
 */
final class HttpProbe {

    private final HttpClient client;
    private final Duration readTimeout;
    private final int maxRedirects;

    HttpProbe(Duration connectTimeout, Duration readTimeout, int maxRedirects) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = readTimeout;
        this.maxRedirects = maxRedirects;
    }

    LinkStatus probe(String url) throws InterruptedException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return LinkStatus.broken(0, "not a valid URL: " + e.getReason());
        }
        for (int redirects = 0; ; redirects++) {
            int status;
            Optional<String> location;
            try {
                HttpResponse<Void> response = send(uri, "HEAD");
                if (response.statusCode() == 405 || response.statusCode() == 501) {
                    response = send(uri, "GET");
                }
                status = response.statusCode();
                location = response.headers().firstValue("Location");
            } catch (HttpConnectTimeoutException e) {
                return LinkStatus.broken(0, "could not connect within " + seconds(client.connectTimeout().orElseThrow()));
            } catch (HttpTimeoutException e) {
                return LinkStatus.broken(0, "no answer within " + seconds(readTimeout));
            } catch (ConnectException e) {
                return LinkStatus.broken(0, "connection refused");
            } catch (UnknownHostException e) {
                return LinkStatus.broken(0, "unknown host " + uri.getHost());
            } catch (IOException | IllegalArgumentException e) {
                return LinkStatus.broken(0, "request failed: " + describe(e));
            }
            if (status >= 300 && status < 400 && status != 304) {
                if (location.isEmpty()) {
                    return LinkStatus.broken(status, status + " redirect without a Location");
                }
                if (redirects == maxRedirects) {
                    return LinkStatus.broken(status, "more than " + maxRedirects + " redirects");
                }
                try {
                    uri = uri.resolve(new URI(location.get().strip()));
                } catch (URISyntaxException e) {
                    return LinkStatus.broken(status, "redirect to an invalid URL: " + location.get());
                }
                continue;
            }
            if (status >= 200 && status < 300) {
                return LinkStatus.working(status, redirects == 0 ? null : uri.toString());
            }
            return LinkStatus.broken(status, "HTTP " + status + reason(status));
        }
    }

    private HttpResponse<Void> send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(readTimeout)
                .header("User-Agent", "peersite-link-check")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding());
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }
}
