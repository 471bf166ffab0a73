package org.peersite.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The one list of files a site never contains: hidden files, version-control folders, operating-system droppings
 * and editors' scratch files. The load stage does not read them, the render stage does not copy them and the
 * preview's watcher does not rebuild for them.
 *
 * <pre>
 * IgnoredFiles.isIgnored("Thumbs.db");   // true
 * </pre>
 *
 * <p>Names are compared without case where the system that makes them does ({@code thumbs.db} on Windows).
 * Stateless and thread-safe.
 */
public final class IgnoredFiles {

    /** Whole names: Windows' and macOS's folder droppings, and vim's probe file that checks a folder is writable. */
    private static final Set<String> NAMES = Set.of("thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r", "4913",
            "$recycle.bin", "__macosx");

    /** Endings of editors' swap, backup and temporary files. */
    private static final String[] ENDINGS = {"~", ".swp", ".swo", ".swx", ".tmp", ".bak", ".orig",
            "___jb_tmp___", "___jb_old___"};

    private IgnoredFiles() {
    }

    /**
     * Whether a file or folder of this name is left out of the site: hidden ({@code .DS_Store}, {@code .git},
     * {@code .hg}, {@code .svn}, {@code .#x} Emacs locks), Emacs autosaves ({@code #x#}), backups ({@code x~},
     * {@code x.bak}, {@code x.orig}), swap files ({@code .x.swp}, {@code x.swo}), {@code Thumbs.db},
     * {@code desktop.ini}, {@code 4913}, IntelliJ's {@code x___jb_tmp___}.
     */
    public static boolean isIgnored(String name) {
        if (name.isEmpty() || name.startsWith(".") || name.startsWith("#")) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (NAMES.contains(lower)) {
            return true;
        }
        for (String ending : ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
