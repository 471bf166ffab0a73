package org.peersite.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

import org.peersite.internal.IgnoredFiles;

/**
 * What one changed file is to a site: a Markdown page, a static file, the site settings, a theme asset, a
 * template (layouts, partials and the other files they read), nothing (editors' scratch files, archetypes),
 * or something it cannot place (a folder), after which every file is looked at.
 */
enum ChangeKind {
    MARKDOWN, STATIC, CONFIG, ASSET, THEME, IGNORED, UNSURE;

    static ChangeKind of(Settings settings, Path path) {
        Path content = settings.content();
        Path templates = settings.templates();
        if (path.startsWith(content)) {
            if (path.equals(content) || Files.isDirectory(path)) {
                return UNSURE;
            }
            if (hasIgnoredPart(content, path)) {
                return IGNORED;
            }
            if (relative(content, path).equals("site.yaml")) {
                return CONFIG;
            }
            return path.getFileName().toString().endsWith(".md") ? MARKDOWN : STATIC;
        }
        if (path.startsWith(templates)) {
            if (path.equals(templates) || Files.isDirectory(path)) {
                return UNSURE;
            }
            if (hasIgnoredPart(templates, path)) {
                return IGNORED;
            }
            String relative = relative(templates, path);
            if (relative.startsWith("assets/")) {
                return ASSET;
            }
            return relative.startsWith("archetypes/") ? IGNORED : THEME;
        }
        return IGNORED;
    }

    private static boolean hasIgnoredPart(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (IgnoredFiles.isIgnored(part.toString())) {
                return true;
            }
        }
        return false;
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
