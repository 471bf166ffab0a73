package org.peersite.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.peersite.model.Kind;
import org.peersite.model.Page;
import org.peersite.model.Routes;

/**
 * The folders of plain pages (a vault's folders): each is shown by its index page ({@code index.md},
 * {@code README.md} or its folder note) when it has one, else by a generated listing of its pages and
 * subfolders. Only folders with a published page somewhere inside count, so no folder is ever an empty section.
 * The typed folders (interviews, ...) are sections, not folders. Immutable.
 *
 * <pre>
 * Folders folders = Folders.of(pages);
 * folders.listings();   // the folders that need a generated page
 * </pre>
 *
 * @param all every folder with a published plain page inside, by URL
 */
public record Folders(List<Folder> all) {

    /**
     * One folder.
     *
     * @param url        its site path ({@code /chairing/members/})
     * @param name       its name as written ({@code Réunions})
     * @param index      the content path of the page that stands for it, or {@code null} when a listing does
     * @param pages      the content paths of its own pages (not its index), sorted
     * @param subfolders the URLs of its folders, sorted
     */
    public record Folder(String url, String name, String index, List<String> pages, List<String> subfolders) {
        public Folder {
            pages = List.copyOf(pages);
            subfolders = List.copyOf(subfolders);
        }

        /** Whether peersite generates this folder's page. */
        public boolean listed() {
            return index == null;
        }

        /** Whether it is a folder of the content root (shown in the navigation). */
        public boolean topLevel() {
            return url.indexOf('/', 1) == url.length() - 1;
        }
    }

    public Folders {
        all = List.copyOf(all);
    }

    /** The folders of these pages (sorted by path); pages of the typed kinds are in sections, not folders. */
    public static Folders of(List<Page> pages) {
        Map<String, Builder> byUrl = new TreeMap<>();
        Map<String, String> urlOfPage = new java.util.HashMap<>();
        for (Page page : pages) {
            if (page.kind() != Kind.PAGE || !page.complete() || page.isHome()) {
                continue;
            }
            urlOfPage.put(page.url(), page.path());
            String path = page.path();
            String child = null;
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                String folder = path.substring(0, slash);
                Builder b = byUrl.computeIfAbsent(Routes.url(folder + "/index.md", null),
                        url -> new Builder(url, folder.substring(folder.lastIndexOf('/') + 1)));
                if (child == null) {
                    b.pages.add(page.path());
                } else if (!b.subfolders.contains(child)) {
                    b.subfolders.add(child);
                }
                child = b.url;
            }
        }
        List<Folder> all = new ArrayList<>();
        byUrl.values().forEach(b -> {
            String index = urlOfPage.get(b.url);
            List<String> own = b.pages.stream().filter(p -> !p.equals(index)).sorted().toList();
            all.add(new Folder(b.url, b.name, index, own, b.subfolders.stream().sorted().toList()));
        });
        return new Folders(all);
    }

    /** The folders that need a generated listing page, by URL. */
    public List<Folder> listings() {
        return all.stream().filter(Folder::listed).toList();
    }

    /** The folder at a site path, or {@code null}. */
    public Folder at(String url) {
        return all.stream().filter(f -> f.url().equals(url)).findFirst().orElse(null);
    }

    /** The folders of the content root, by URL: what the navigation shows of them. */
    public List<Folder> topLevel() {
        return all.stream().filter(Folder::topLevel).sorted(Comparator.comparing(Folder::url)).toList();
    }

    private static final class Builder {
        final String url;
        final String name;
        final List<String> pages = new ArrayList<>();
        final List<String> subfolders = new ArrayList<>();

        Builder(String url, String name) {
            this.url = url;
            this.name = name;
        }
    }
}
