package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import org.junit.jupiter.api.Test;

class KeptTemplatesTest {

    /** Counts how often the cache goes to the files, which it does once per template it has not loaded yet. */
    private static final class CountingLoader extends StringTemplateLoader {
        final Map<String, Integer> finds = new HashMap<>();

        @Override
        public Object findTemplateSource(String name) {
            finds.merge(name, 1, Integer::sum);
            return super.findTemplateSource(name);
        }
    }

    private final CountingLoader files = new CountingLoader();
    private final KeptTemplates configuration = configuration(files);

    private static KeptTemplates configuration(CountingLoader files) {
        KeptTemplates configuration = new KeptTemplates(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(files);
        configuration.setLocalizedLookup(false);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTemplateUpdateDelayMilliseconds(0);   // the cache would look again at every lookup
        return configuration;
    }

    @Test
    void everyIncludeOfEveryRenderGetsTheTemplateLoadedFirst() throws IOException, TemplateException {
        files.putTemplate("partials/name.ftlh", "<#macro name>Ada</#macro>");
        files.putTemplate("layouts/page.ftlh", "<#include \"../partials/name.ftlh\"><@name/>");

        for (int page = 0; page < 3; page++) {
            StringWriter out = new StringWriter();
            configuration.getTemplate("layouts/page.ftlh").process(Map.of(), out);
            assertThat(out).hasToString("Ada");
        }

        assertThat(files.finds).containsEntry("partials/name.ftlh", 1).containsEntry("layouts/page.ftlh", 1);
        assertThat(configuration.getTemplate("partials/name.ftlh"))
                .isSameAs(configuration.getTemplate("partials/name.ftlh", Locale.ROOT, "UTF-8"));
    }

    @Test
    void aMissingOrBrokenTemplateIsReportedAtEveryLookupNotKept() {
        files.putTemplate("broken.ftlh", "<#if>");

        for (int page = 0; page < 2; page++) {
            assertThatThrownBy(() -> configuration.getTemplate("missing.ftlh"))
                    .isInstanceOf(TemplateNotFoundException.class);
            assertThatThrownBy(() -> configuration.getTemplate("broken.ftlh")).isInstanceOf(ParseException.class);
        }
    }

    @Test
    void aLookupInAnotherLocaleOrNotToParseGoesToTheCache() throws IOException {
        files.putTemplate("a.ftlh", "${x}");
        Template kept = configuration.getTemplate("a.ftlh");

        Template german = configuration.getTemplate("a.ftlh", Locale.GERMAN);
        Template text = configuration.getTemplate("a.ftlh", Locale.ROOT, null, "UTF-8", false, false);

        assertThat(german).isNotSameAs(kept);
        assertThat(german.getLocale()).isEqualTo(Locale.GERMAN);
        assertThat(text).isNotSameAs(kept);
        assertThat(configuration.getTemplate("a.ftlh")).isSameAs(kept);
    }
}
