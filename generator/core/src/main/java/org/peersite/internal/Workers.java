package org.peersite.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The build's worker threads, and the error boundary around the work they do: the per-page work of a stage
 * runs here in parallel, and whatever one page's work throws (an exception, a stack overflow in a deeply
 * nested template or document) becomes that page's result through a callback, never an escape that ends the
 * build.
 *
 * <pre>
 * try (Workers workers = new Workers(threads)) {
 *     List&lt;Result&gt; results = workers.map(pages, this::render, (page, failure) -&gt; Result.failed(page, failure));
 * }
 * </pre>
 * Thread-safe; {@code parallelStream()} inside {@link #run} uses these threads, not the JVM's common pool.
 */
public final class Workers implements AutoCloseable {

    /**
     * What escaped a worker thread itself rather than its task: an {@link Error} thrown while the pool recorded a
     * task's failure (out of memory, typically). Kept to be thrown by the next {@link #run}, so it reaches the
     * caller's boundary once, instead of being printed by the thread as it dies.
     */
    private final AtomicReference<Throwable> escaped = new AtomicReference<>();
    /**
     * The outcomes {@link #run} callers wait for, each with the pool its work runs on. A worker that dies takes
     * the task it ran with it, and a task joining that one (a parallel stream's root) would then never complete:
     * the dying worker fails every outcome waiting on its pool instead, so the caller gets the error rather than
     * a build that never ends. Only on its pool: the caller that got the error may have gone on to a run on the
     * pool that replaced it before the dying thread finished its loop over these.
     */
    private final Map<CompletableFuture<?>, ForkJoinPool> waiting = new ConcurrentHashMap<>();
    private final int threads;
    /** The threads; replaced once one of them died, as the pool may then hold a thread that waits forever. */
    private ForkJoinPool pool;
    private boolean broken;

    public Workers(int threads) {
        this.threads = threads;
        this.pool = newPool();
    }

    private ForkJoinPool newPool() {
        return new ForkJoinPool(threads, ForkJoinPool.defaultForkJoinWorkerThreadFactory, this::workerDied, false);
    }

    private void workerDied(Thread thread, Throwable failure) {
        ForkJoinPool itsPool;
        synchronized (this) {
            if (thread instanceof ForkJoinWorkerThread worker && worker.getPool() != pool) {
                return;   // a thread of a pool already replaced: nobody waits on it any more
            }
            // Kept with the mark, under the same lock the waiting caller reads both with: a caller that found the
            // pool broken and left without this error would otherwise get it from its next run.
            escaped.compareAndSet(null, failure);
            broken = true;
            itsPool = pool;
        }
        waiting.forEach((outcome, on) -> {
            if (on == itsPool) {
                outcome.completeExceptionally(failure);
            }
        });
    }

    /**
     * Applies {@code work} to every item in parallel and returns the results in the items' order. An item whose
     * work throws gets {@code failed.apply(item, throwable)} instead; the other items are not disturbed.
     *
     * <p>Each thread takes the next item not yet taken, one at a time, until none is left. A parallel stream
     * splits the list into a few fixed parts instead (four on two cores), and items cost very different amounts
     * (a tag page listing a thousand pages, a concept with its map): one thread was left finishing its part
     * alone for up to a couple of seconds of a 10,000-page build's render stage.
     */
    public <T, R> List<R> map(List<T> items, Function<T, R> work, BiFunction<T, Throwable, R> failed) {
        return run(() -> {
            Object[] results = new Object[items.size()];
            AtomicInteger next = new AtomicInteger();
            Runnable takeInTurn = () -> {
                for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                    results[i] = guarded(items.get(i), work, failed);
                }
            };
            List<ForkJoinTask<?>> helpers = new ArrayList<>();
            for (int t = 1; t < threads && t < results.length; t++) {
                helpers.add(ForkJoinTask.adapt(takeInTurn).fork());
            }
            takeInTurn.run();
            helpers.forEach(ForkJoinTask::join);   // and what the helpers wrote is seen from here on
            @SuppressWarnings("unchecked")
            List<R> inOrder = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
            return inOrder;
        });
    }

    /** One item's work inside the boundary, for callers that run their own loop. */
    public static <T, R> R guarded(T item, Function<T, R> work, BiFunction<T, Throwable, R> failed) {
        try {
            return work.apply(item);
        } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
            return failed.apply(item, e);
        }
    }

    /**
     * Runs whole-site work on these threads and returns its result. What it throws leaves as it was thrown
     * (unchecked), for the caller's own boundary.
     */
    public <T> T run(Callable<T> work) {
        return start(work).join();
    }

    /**
     * Starts whole-site work on these threads and returns at once, so that the caller can do other work beside it;
     * {@link Started#join} then gives its result as {@link #run} would have.
     */
    public <T> Started<T> start(Callable<T> work) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        ForkJoinPool on = pool();
        waiting.put(outcome, on);
        outcome.whenComplete((result, failure) -> waiting.remove(outcome));
        on.execute(() -> {
            try {
                outcome.complete(work.call());
            } catch (Throwable failure) {   // handed to whoever joins, as it was thrown
                outcome.completeExceptionally(failure);
            }
        });
        return new Started<>(outcome, on);
    }

    /** Work {@link #start started} on these threads, whose result is still to be fetched. */
    public final class Started<T> {
        private final CompletableFuture<T> outcome;
        private final ForkJoinPool on;

        private Started(CompletableFuture<T> outcome, ForkJoinPool on) {
            this.outcome = outcome;
            this.on = on;
        }

        /** Whether the work has ended (its result, or what it threw, is ready for {@link #join}). */
        public boolean isDone() {
            return outcome.isDone();
        }

        /**
         * Waits for the work and returns its result. What it threw leaves as it was thrown (unchecked), for the
         * caller's own boundary.
         */
        public T join() {
            try {
                T result = await(outcome, on);
                Throwable lost = escaped.getAndSet(null);
                if (lost != null) {
                    throw new ExecutionException(lost);
                }
                return result;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                escaped.set(null);   // the same failure, or one after it: the first is the one reported
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    /**
     * Waits for a run's outcome, looking up now and then whether a worker died meanwhile. The dying worker fails
     * the waiting outcomes itself ({@link #workerDied}), but out of memory it can fail to: failing an outcome takes
     * memory too, and the JVM drops an error thrown by a thread's last handler ("OutOfMemoryError thrown from the
     * UncaughtExceptionHandler", and PeersiteJarIT's build with a 24 MB heap waited forever). Marking the pool
     * broken and keeping the error, which it does first, take none; the waiting caller does the rest.
     */
    private <T> T await(CompletableFuture<T> outcome, ForkJoinPool on) throws InterruptedException,
            ExecutionException {
        while (true) {
            try {
                return outcome.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException stillRunning) {
                synchronized (this) {
                    // Its pool broken, or broken and replaced since (and shut down, its queued work dropped).
                    if ((broken || on != pool) && !outcome.isDone()) {
                        Throwable lost = escaped.get();
                        throw new ExecutionException(lost != null ? lost
                                : new IllegalStateException("a worker thread died"));
                    }
                }
            }
        }
    }

    /**
     * The threads, for code that submits its own tasks (deleting a folder tree in parallel). After a worker died,
     * new ones: what runs next (the build's clean-up, the preview's next rebuild) must not queue behind a task
     * that will never finish.
     */
    public synchronized ForkJoinPool pool() {
        if (broken) {
            pool.shutdownNow();
            pool = newPool();
            broken = false;
        }
        return pool;
    }

    @Override
    public synchronized void close() {
        pool.shutdownNow();
    }
}
