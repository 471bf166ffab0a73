package org.peersite.maven;

import java.io.IOException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.peersite.Generator;
import org.peersite.LiveSite;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.DiagnosticFormatter;
import org.peersite.serve.Preview;

/**
 * {@code mvn peersite:serve}: the live preview of {@code peersite serve}, run from Maven until Ctrl-C. It builds
 * the site into memory, serves it, and rebuilds and reloads open browser tabs as files change; it never writes
 * the output folder. Problems are logged as they come and shown in the browser; they never stop the server.
 * Drafts are shown, each with a Draft badge, unless {@code -Dpeersite.drafts=false}.
 * Not bound to a phase: it runs only when asked for.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public final class ServeMojo extends SiteMojo {

    /** The port to listen on; 0 takes any free one. */
    @Parameter(property = "peersite.port", defaultValue = "8080")
    int port;

    /** The address to listen on. Anything but the loopback lets other machines read the site. */
    @Parameter(property = "peersite.host", defaultValue = "127.0.0.1")
    String host;

    private volatile Preview preview;

    @Override
    String goal() {
        return "serve";
    }

    /** The preview shows drafts, so that a page started with {@code peersite new} can be seen at once. */
    @Override
    boolean draftsByDefault() {
        return true;
    }

    @Override
    void perform(Generator generator) throws MojoExecutionException {
        try {
            preview = Preview.builder(generator).host(host).port(port).listener(this::log).start();
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException("cannot serve on " + host + ":" + port + ": " + e.getMessage()
                    + " (check the parameters port and host, or peersite.port and peersite.host)", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "peersite-serve-shutdown"));
        if (!preview.isLoopback()) {
            getLog().warn("listening on " + preview.address() + ": other machines can read this site");
        }
        preview.snapshot().diagnostics().forEach(d -> getLog().warn(DiagnosticFormatter.format(d)));
        getLog().info("Serving " + preview.url() + " (Ctrl-C to stop)");
        try {
            preview.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
    }

    /** Stops serving: what Ctrl-C does, for tests. */
    void stop() {
        Preview running = preview;
        if (running != null) {
            running.close();
        }
    }

    /** The preview, once serving: for tests. */
    Preview running() {
        return preview;
    }

    private void log(Preview.Rebuilt rebuilt) {
        rebuilt.notes().forEach(note -> getLog().info(note));
        LiveSite.Update update = rebuilt.update();
        if (update == null) {
            rebuilt.problems().forEach(d -> getLog().error(DiagnosticFormatter.format(d)));
            return;
        }
        getLog().info("rebuilt " + update.pagesRendered() + " pages in " + update.took().toMillis() + " ms"
                + (rebuilt.hasErrors() ? " with errors" : ""));
        if (rebuilt.hasErrors()) {
            update.diagnostics().stream().filter(Diagnostic::isError)
                    .forEach(d -> getLog().error(DiagnosticFormatter.format(d)));
        }
    }
}
