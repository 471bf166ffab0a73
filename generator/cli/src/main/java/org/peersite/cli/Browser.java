package org.peersite.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;

/**
 * Opens a URL in the default browser for {@code serve --open}, when this machine has a desktop; otherwise
 * says what to open. Never fails: not being able to open a browser is no reason to stop serving.
 */
final class Browser {

    private Browser() {
    }

    static void open(URI url, PrintWriter err) {
        String why;
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
                return;
            }
            why = "this machine has no desktop browser peersite can start";
        } catch (IOException | RuntimeException e) {
            // HeadlessException, UnsupportedOperationException, SecurityException and the browser failing to
            // start all end the same way: the author opens the address by hand.
            why = "could not start a browser (" + e.getMessage() + ")";
        }
        err.println("peersite serve: " + why + "; open " + url + " yourself");
        err.flush();
    }
}
