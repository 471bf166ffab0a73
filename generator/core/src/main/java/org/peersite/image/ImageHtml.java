package org.peersite.image;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The attributes of an {@code <img>} for a planned image, so the page states its size before the bytes arrive
 * (no layout shift) and the browser fetches the narrowest file that fills the space. The values are plain
 * text: the caller's HTML writer escapes them. {@code alt} is the caller's. Stateless and thread-safe.
 *
 * <pre>
 * Map&lt;String, String&gt; attrs = ImageHtml.attributes(plan, v -&gt; "/img/" + v.fileName(), Display.column(760));
 * // src, srcset, sizes, width, height, loading="lazy", decoding="async"
 * </pre>
 */
public final class ImageHtml {

    /**
     * How the page shows the image.
     *
     * @param width  the width the author asked for in CSS pixels ({@code ![[photo.jpg|300]]}), 0 for none
     * @param height the height the author asked for ({@code |300x200}), 0 for none
     * @param column the widest the theme's text column gets, in CSS pixels, 0 if unknown: caps {@code sizes}
     * @param eager  the page's first image, fetched at once: no {@code loading="lazy"} (it would delay the
     *               largest paint) and no {@code decoding="async"}
     */
    public record Display(int width, int height, int column, boolean eager) {

        public Display {
            if (width < 0 || height < 0 || column < 0) {
                throw new IllegalArgumentException("negative display size");
            }
        }

        /** Shown at its own size, at most as wide as the column, loaded lazily. */
        public static Display column(int column) {
            return new Display(0, 0, column, false);
        }

        public Display withSize(int newWidth, int newHeight) {
            return new Display(newWidth, newHeight, column, eager);
        }

        public Display withEager(boolean newEager) {
            return new Display(width, height, column, newEager);
        }
    }

    private ImageHtml() {
    }

    /**
     * {@code src} (the narrowest file at least as wide as shown), {@code srcset} and {@code sizes} (when there
     * are several widths), {@code width} and {@code height} (what the author asked for, the other side kept in
     * proportion, else the image's own; none for an SVG without a size), then {@code loading} and
     * {@code decoding} unless eager. In that order, for stable output.
     */
    public static Map<String, String> attributes(ImagePlan plan, Function<Variant, String> url, Display display) {
        Variant full = plan.largest();
        int[] size = shownSize(full, display);
        int cssWidth = size[0] > 0 ? size[0] : full.width();
        if (display.width() == 0 && display.column() > 0 && cssWidth > display.column()) {
            cssWidth = display.column();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("src", url.apply(fallback(plan, cssWidth)));
        if (plan.resized()) {
            StringBuilder srcset = new StringBuilder();
            for (Variant variant : plan.variants()) {
                srcset.append(srcset.length() == 0 ? "" : ", ").append(url.apply(variant)).append(' ')
                        .append(variant.width()).append('w');
            }
            attributes.put("srcset", srcset.toString());
            attributes.put("sizes", "(max-width: " + cssWidth + "px) 100vw, " + cssWidth + "px");
        }
        if (size[0] > 0 && size[1] > 0) {
            attributes.put("width", Integer.toString(size[0]));
            attributes.put("height", Integer.toString(size[1]));
        }
        if (!display.eager()) {
            attributes.put("loading", "lazy");
            attributes.put("decoding", "async");
        }
        return attributes;
    }

    /** The size asked for, with a missing side in the image's proportion; else the image's own; {0, 0} if unknown. */
    private static int[] shownSize(Variant full, Display display) {
        int w = display.width();
        int h = display.height();
        boolean known = full.width() > 0 && full.height() > 0;
        if (w > 0 && h == 0 && known) {
            h = (int) Math.max(1, Math.round((double) full.height() * w / full.width()));
        } else if (h > 0 && w == 0 && known) {
            w = (int) Math.max(1, Math.round((double) full.width() * h / full.height()));
        } else if (w == 0 && h == 0) {
            w = full.width();
            h = full.height();
        }
        return new int[] {w, h};
    }

    private static Variant fallback(ImagePlan plan, int cssWidth) {
        for (Variant variant : plan.variants()) {
            if (variant.width() >= cssWidth) {
                return variant;
            }
        }
        return plan.largest();
    }
}
