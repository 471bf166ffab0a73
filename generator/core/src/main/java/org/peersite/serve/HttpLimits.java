package org.peersite.serve;

import java.time.Duration;

/**
 * How much the dev server gives one client before it stops waiting, so that a few slow or broken clients can
 * never stop it answering the others.
 *
 * @param headerTime     from a request's first byte to the end of its headers; slower is {@code 408}
 * @param bodyTime       to receive a request's body; slower is {@code 408}
 * @param idleTime       how long a kept-alive connection may wait for its next request; then it is closed
 * @param writeTime      how long one response write may block on a client that does not read; then the
 *                       connection is closed
 * @param maxRequestLine the longest request line; longer is {@code 414}
 * @param maxHeaderBytes the most header bytes of one request; more is {@code 431}
 * @param maxHeaders     the most header fields of one request; more is {@code 431}
 * @param maxBody        the largest request body read (GET and HEAD need none); larger is {@code 413}
 * @param maxConnections connections served at once, live-reload streams included; more are answered {@code 503}
 */
record HttpLimits(Duration headerTime, Duration bodyTime, Duration idleTime, Duration writeTime, int maxRequestLine,
                  int maxHeaderBytes, int maxHeaders, int maxBody, int maxConnections) {

    /** The defaults: generous for a browser on the same machine, short for anything that merely holds on. */
    static final HttpLimits DEFAULTS = new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(30), 8 * 1024, 32 * 1024, 100, 64 * 1024, 256);

    HttpLimits {
        if (maxConnections < 1 || maxRequestLine < 16 || maxHeaderBytes < 64 || maxHeaders < 1 || maxBody < 0) {
            throw new IllegalArgumentException("limits too small: " + this);
        }
    }

    HttpLimits withTimes(Duration header, Duration body, Duration idle, Duration write) {
        return new HttpLimits(header, body, idle, write, maxRequestLine, maxHeaderBytes, maxHeaders, maxBody,
                maxConnections);
    }

    HttpLimits withMaxConnections(int max) {
        return new HttpLimits(headerTime, bodyTime, idleTime, writeTime, maxRequestLine, maxHeaderBytes, maxHeaders,
                maxBody, max);
    }
}
