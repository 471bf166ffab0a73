package org.peersite.source;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs a stage's per-page work in the build's worker pool ({@code parallelStream()} inside the task uses that
 * pool, not the JVM's common one) and hands back its result, rethrowing what the work threw as it was thrown.
 */
public final class Parallel {

    private Parallel() {
    }

    public static <T> T in(ForkJoinPool pool, Callable<T> work) {
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
