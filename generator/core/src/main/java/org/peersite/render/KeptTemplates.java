package org.peersite.render;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.Version;

/**
 * A FreeMarker configuration that hands out a template it has loaded by the name it was asked for, without
 * asking its template cache again. A theme stands for one version of its files (its cache never checks them for
 * changes), yet every {@code #import} and {@code #include} of every page went through that cache: the name
 * normalised, a lookup key made and hashed, the update delay checked; 15 times a page for {@code base.ftlh}
 * and its partials. Only lookups in the configuration's own locale and encoding, for a template to parse, are
 * kept; any other lookup, and any template that is missing or fails to load, goes to the cache as before (so
 * its error is reported as before). Thread-safe.
 */
final class KeptTemplates extends Configuration {

    private final Map<String, Template> loaded = new ConcurrentHashMap<>();

    KeptTemplates(Version incompatibleImprovements) {
        super(incompatibleImprovements);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        boolean usual = customLookupCondition == null && parseAsFTL
                && (locale == null || locale.equals(getLocale()))
                && (encoding == null || encoding.equals(getDefaultEncoding()));
        if (!usual) {
            return super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
        }
        Template known = loaded.get(name);
        if (known != null) {
            return known;
        }
        Template template = super.getTemplate(name, locale, null, encoding, true, ignoreMissing);
        if (template != null) {
            loaded.put(name, template);
        }
        return template;
    }
}
