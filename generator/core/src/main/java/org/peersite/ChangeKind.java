package org.peersite;

import java.nio.file.Files;
import java.nio.file.Path;

import org.peersite.source.ContentLoader;

/**
 * What one changed file is to a site, for {@link LiveSite}: a Markdown page, a static file, a theme asset, a
 * layout or partial, nothing (editors' scratch files, archetypes), or something it cannot place (a folder,
 * {@code site.yaml}), after which everything is rebuilt.
 */
enum ChangeKind {
    MARKDOWN, STATIC, ASSET, THEME, IGNORED, UNSURE;

    static ChangeKind of(BuildSettings settings, Path path) {
        Path content = settings.content();
        Path templates = settings.templates();
        if (path.startsWith(content)) {
            String name = path.getFileName().toString();
            if (path.equals(content) || Files.isDirectory(path)) {
                return UNSURE;
            }
            if (relative(content, path).equals("site.yaml")) {
                return UNSURE;
            }
            if (hasIgnoredPart(content, path)) {
                return IGNORED;
            }
            return name.endsWith(".md") ? MARKDOWN : STATIC;
        }
        if (path.startsWith(templates)) {
            if (hasIgnoredPart(templates, path)) {
                return IGNORED;
            }
            String relative = relative(templates, path);
            if (relative.startsWith("assets/")) {
                return Files.isDirectory(path) ? UNSURE : ASSET;
            }
            if (relative.startsWith("layouts/") || relative.startsWith("partials/")) {
                return THEME;
            }
            if (relative.startsWith("archetypes/")) {
                return IGNORED;
            }
            return UNSURE;
        }
        return IGNORED;
    }

    private static boolean hasIgnoredPart(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (ContentLoader.isIgnored(part.toString())) {
                return true;
            }
        }
        return false;
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
