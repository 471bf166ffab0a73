package org.peersite.image;

import org.peersite.diag.Diagnostic;
import org.peersite.diag.Position;
import org.peersite.diag.Severity;

/**
 * What is wrong with one image file, thrown inside this package's readers and turned into a {@link Diagnostic}
 * at the file once, where {@link Images} catches it: a bad image is a message, never an exception that leaves.
 */
final class ImageProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String hint;

    ImageProblem(String code, String message, String hint) {
        super(message, null, false, false);
        this.code = code;
        this.hint = hint;
    }

    static ImageProblem truncated(String format) {
        return new ImageProblem("image.truncated", "the " + format + " file ends inside its header",
                "the file is cut short or damaged: export or download it again");
    }

    static ImageProblem corrupt(String format, String what) {
        return new ImageProblem("image.corrupt", "this is not a valid " + format + " file: " + what,
                "open it in an image editor and save it again");
    }

    String code() {
        return code;
    }

    Diagnostic at(String file) {
        return new Diagnostic(Severity.ERROR, code, getMessage(), hint, Position.of(file), null);
    }
}
