package org.peersite.image;

import java.util.List;
import java.util.Objects;

import org.peersite.diag.Diagnostic;

/**
 * What {@link Images#render} made of one image: a file for every variant of the plan, or none and an error (a
 * file that cannot be decoded), with any warnings (an SVG that lost a script).
 */
public record ImageFiles(ImagePlan plan, List<VariantFile> files, List<Diagnostic> diagnostics) {

    public ImageFiles {
        Objects.requireNonNull(plan, "plan");
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
