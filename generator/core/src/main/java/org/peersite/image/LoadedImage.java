package org.peersite.image;

import java.util.List;
import java.util.Optional;

import org.peersite.diag.Diagnostic;

/**
 * What {@link Images#load} made of one file: the image, unless an error stopped it, and the problems found (at
 * most one error; warnings, such as a wrong extension, come with a usable image).
 */
public record LoadedImage(SourceImage image, List<Diagnostic> diagnostics) {

    public LoadedImage {
        diagnostics = List.copyOf(diagnostics);
        if (image == null && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            throw new IllegalArgumentException("an image that failed to load needs an error");
        }
    }

    /** The image, when the file can be published. */
    public Optional<SourceImage> usable() {
        return Optional.ofNullable(image);
    }
}
