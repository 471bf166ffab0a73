package org.peersite.serve;

/** An open server-sent event stream to one browser tab. Thread-safe. */
interface EventStream {

    /** Queues a message to send; {@code false} when the stream is closed or too far behind (it is closed then). */
    boolean offer(byte[] message);

    /** Whether the stream is still open, as far as is known (a tab that left is found at the next write). */
    boolean isOpen();

    /** Ends the stream. */
    void close();
}
