package org.peersite.serve;

import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.peersite.LiveSite;

/**
 * What one rebuild changed, as open browser tabs are told it: the data of a live-reload {@code change} event.
 *
 * <pre>
 * {"version":8,"changed":["/assets/site.css","/guides/x/"],"removed":[],"styles":true,"errors":false,"all":false}
 * </pre>
 *
 * @param version the build the site is at now
 * @param changed URL paths of new or changed files ({@code /guides/x/} for {@code guides/x/index.html})
 * @param removed URL paths of files that are gone
 * @param styles  only stylesheets changed: a tab refreshes them in place instead of reloading
 * @param errors  the site has errors now, so every page is the error overlay
 * @param all     the tab cannot know what changed (it missed events, or the server restarted): reload
 *
 * <p>Immutable and thread-safe.
 */
record Change(long version, SortedSet<String> changed, SortedSet<String> removed, boolean styles, boolean errors,
              boolean all) {

    Change {
        changed = sorted(changed);
        removed = sorted(removed);
    }

    /** The change a rebuild made, in URL paths. */
    static Change of(LiveSite.Update update, boolean errors) {
        return new Change(update.version(), urlPaths(update.changed()), urlPaths(update.removed()),
                update.stylesOnly() && !errors, errors, false);
    }

    /** Tells every tab to reload: nothing more precise is known. */
    static Change everything(long version, boolean errors) {
        return new Change(version, new TreeSet<>(), new TreeSet<>(), false, errors, true);
    }

    /** This change and a later one, as one: what a tab that missed both must do. */
    Change then(Change later) {
        SortedSet<String> bothChanged = new TreeSet<>(changed);
        bothChanged.addAll(later.changed);
        bothChanged.removeAll(later.removed);
        SortedSet<String> bothRemoved = new TreeSet<>(removed);
        bothRemoved.removeAll(later.changed);
        bothRemoved.addAll(later.removed);
        return new Change(later.version, bothChanged, bothRemoved, styles && later.styles, later.errors,
                all || later.all);
    }

    /** The event's data: one line of JSON, safe to put on an SSE {@code data:} line. */
    String json() {
        return "{\"version\":" + version + ",\"changed\":" + array(changed) + ",\"removed\":" + array(removed)
                + ",\"styles\":" + styles + ",\"errors\":" + errors + ",\"all\":" + all + "}";
    }

    private static SortedSet<String> urlPaths(Collection<String> files) {
        SortedSet<String> paths = new TreeSet<>();
        files.forEach(file -> paths.add(SitePaths.urlPath(file)));
        return paths;
    }

    private static SortedSet<String> sorted(Set<String> paths) {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(paths));
    }

    private static String array(Set<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (Iterator<String> it = values.iterator(); it.hasNext(); ) {
            out.append(string(it.next()));
            if (it.hasNext()) {
                out.append(',');
            }
        }
        return out.append(']').toString();
    }

    /** A JSON string; besides what JSON requires, escapes {@code < > &} and the line separators for safety. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
