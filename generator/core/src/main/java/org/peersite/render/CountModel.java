package org.peersite.render;

import java.util.function.IntSupplier;

import freemarker.template.TemplateNumberModel;

/**
 * A number of pages that a layout may show or not, as FreeMarker sees it: the number is asked for, and what it
 * depends on read ({@link org.peersite.graph.SiteView#count}), only when the layout uses it. The navigation's
 * section counts are in every page's model and the default theme shows them on two pages: a page added to a
 * section renders those again, not every page. The layout sees the same {@link Integer} it would otherwise.
 */
final class CountModel implements TemplateNumberModel {

    private final IntSupplier count;

    CountModel(IntSupplier count) {
        this.count = count;
    }

    @Override
    public Number getAsNumber() {
        return count.getAsInt();
    }

    @Override
    public String toString() {
        return String.valueOf(count.getAsInt());
    }
}
