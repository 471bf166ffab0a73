package org.peersite.render;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.peersite.graph.Fact;

/**
 * One file as the render stage made it: its bytes (none when its layout failed: the error was reported), and the
 * facts it read (so a rebuild knows when it must be made again).
 *
 * @param path    where it goes in the site ({@code guides/x/index.html})
 * @param bytes   the content, or {@code null} when its layout failed
 * @param reads   what it depends on
 * @param extras  files made with it that share its reads (a page's social card)
 */
public record RenderedFile(String path, byte[] bytes, Set<Fact> reads, List<Extra> extras) {

    /** A file made with another one: its bytes, or {@code null} when a file of that name is already made. */
    public record Extra(String path, byte[] bytes) {
    }

    public RenderedFile {
        Objects.requireNonNull(path, "path");
        reads = Set.copyOf(reads);
        extras = List.copyOf(extras);
    }

    public static RenderedFile of(String path, byte[] bytes, Set<Fact> reads, List<Extra> extras) {
        return new RenderedFile(path, bytes, reads, extras);
    }

    /** A file whose layout failed (the error went to the render's problems). */
    public static RenderedFile failed(String path, Set<Fact> reads) {
        return new RenderedFile(path, null, reads, List.of());
    }
}
