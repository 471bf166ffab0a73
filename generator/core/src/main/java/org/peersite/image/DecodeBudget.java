package org.peersite.image;

import java.util.concurrent.Semaphore;

/**
 * How much memory the decoded pixels of images being processed at once may take, whatever the thread count: a
 * decode first takes its estimated bytes from the budget (all of it, when it alone needs more) and gives them
 * back when its variants are written. So eight threads on eight large photos wait for each other instead of
 * running the heap out. Thread-safe.
 */
final class DecodeBudget {

    private static final long UNIT = 1 << 20; // counted in MiB, so an int of permits covers any heap
    private final int total;
    private final Semaphore permits;

    DecodeBudget(long bytes) {
        this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / UNIT));
        this.permits = new Semaphore(total, true);
    }

    /** Takes room for {@code bytes}, waiting for it; the result gives it back when closed. */
    Lease take(long bytes) {
        int wanted = (int) Math.min(total, Math.max(1, (bytes + UNIT - 1) / UNIT));
        permits.acquireUninterruptibly(wanted);
        return new Lease(wanted);
    }

    /** Room taken from the budget; closing it gives the room back (once). */
    final class Lease implements AutoCloseable {
        private int held;

        private Lease(int held) {
            this.held = held;
        }

        @Override
        public void close() {
            if (held > 0) {
                permits.release(held);
                held = 0;
            }
        }
    }
}
