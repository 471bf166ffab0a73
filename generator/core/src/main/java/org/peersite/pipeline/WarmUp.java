package org.peersite.pipeline;

import org.peersite.diag.Diagnostics;
import org.peersite.markdown.MarkdownParser;
import org.peersite.model.SiteConfigParser;
import org.peersite.render.Renderer;

/**
 * What a build does first whatever its site, started on a thread of its own by a process that is about to build
 * and still has work of its own to do first (the command line, while picocli reads its arguments): loading and
 * initialising FreeMarker and commonmark-java and, for a build from nothing, the site settings' reader and
 * peersite's own English words, a few hundred classes the build's first steps would otherwise load one after another
 * on the main thread. (Settings of the plain shape no longer run SnakeYAML's parser, so neither does this.)
 * Nothing it makes is kept but what those libraries keep for every later use (FreeMarker's object wrapper); a
 * build that comes first simply finds less done.
 */
public final class WarmUp {

    /** Site settings as small as they come, to run the settings' reader once. */
    private static final String SETTINGS = "title: Warm-up\nbaseUrl: https://example.org/\n";

    private WarmUp() {
    }

    /**
     * Starts warming up on a daemon thread, which never keeps the process alive.
     *
     * @param fromNothing whether the build starts from nothing (no cache): it then reads the settings and the
     *                    words, which a cached build of unchanged settings and pages never does
     */
    public static void start(boolean fromNothing) {
        Thread thread = new Thread(() -> run(fromNothing), "peersite-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * In the order the build first needs them: the main thread makes the Markdown parser as soon as the command
     * line is read, and reads the settings next, while FreeMarker is first needed when the theme opens on a worker
     * later in the load stage (and the words when the render stage begins). Warmed FreeMarker first, the main
     * thread started commonmark-java itself, while this thread was still busy with FreeMarker.
     */
    private static void run(boolean fromNothing) {
        try {
            MarkdownParser.create();
            if (fromNothing) {
                SiteConfigParser.parse(SETTINGS, "site.yaml", new Diagnostics());
            }
            Renderer.warmUp(fromNothing);
        } catch (RuntimeException | LinkageError e) {
            // The build does the same work next and reports what fails there, where it belongs.
        }
    }
}
