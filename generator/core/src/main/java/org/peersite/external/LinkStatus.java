package org.peersite.external;

/**
 * What fetching one URL showed.
 *
 * @param ok     whether the link works: a 2xx answer, after redirects
 * @param status the last HTTP status, or 0 when there was no answer
 * @param detail for a broken link, why, in a few words ({@code 404 Not Found}, {@code timed out after 5 s});
 *               for a working one the final URL when it was redirected, else empty
 */
record LinkStatus(boolean ok, int status, String detail) {

    static LinkStatus working(int status, String finalUrl) {
        return new LinkStatus(true, status, finalUrl == null ? "" : finalUrl);
    }

    static LinkStatus broken(int status, String why) {
        return new LinkStatus(false, status, why);
    }
}
