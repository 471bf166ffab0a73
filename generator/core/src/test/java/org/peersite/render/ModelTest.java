package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModelException;
import org.junit.jupiter.api.Test;

class ModelTest {

    /** Writes out every value of a model the ways a layout can read a hash, a list and a scalar. */
    private static final String LAYOUT = """
            <#macro show v><#if v?is_hash_ex>{<#list v as key, value>${key}=<@show value/>;</#list>\
            keys ${v?keys?join(",")} size ${v?size} values ${v?values?size} ${v?has_content?c}\
            <#if v.title??> title ${v.title} ${v.title}</#if><#if v.missing??> missing</#if>}\
            <#elseif v?is_sequence>[<#list v as item><@show item/>,</#list>]\
            <#elseif v?is_boolean>${v?c}<#elseif v?is_number>${v?c}<#else>${v}</#if></#macro>\
            <@show page/> ${page.title!"-"} <#list page?values as value>${value?is_hash?c}</#list>""";

    @Test
    void aLayoutReadsAModelAsItReadsTheMapItStandsFor() throws IOException, TemplateException {
        StringTemplateLoader files = new StringTemplateLoader();
        files.putTemplate("page.ftlh", LAYOUT);
        Configuration theme = Theme.configuration(files);
        Configuration plain = Theme.configuration(files);
        DefaultObjectWrapperBuilder defaults = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        defaults.setExposeFields(false);
        plain.setObjectWrapper(defaults.build());

        Random random = new Random(17);
        for (int run = 0; run < 300; run++) {
            Map<String, Object> page = model(random, 3);
            String expected = render(plain, plainCopy(page));
            assertThat(render(theme, page)).isEqualTo(expected);
            assertThat(render(theme, page)).as("read again, from what it kept").isEqualTo(expected);
        }
    }

    @Test
    void eachValueIsWrappedOnceWhateverTimesALayoutReadsIt() throws TemplateModelException {
        Map<String, Object> item = Model.of("title", "A guide", "href", "../a/");
        Map<String, Object> page = Model.of("title", "Chairing", "items", List.of(item, item), "count", 3);
        ObjectWrapper wrapper = Theme.configuration(null).getObjectWrapper();

        TemplateHashModelEx2 hash = (TemplateHashModelEx2) wrapper.wrap(page);

        assertThat(wrapper.wrap(page)).isSameAs(hash);
        assertThat(hash.get("title")).isSameAs(hash.get("title"));
        assertThat(hash.get("items")).isSameAs(hash.get("items"));
        assertThat(wrapper.wrap(item)).isSameAs(wrapper.wrap(item));
        assertThat(hash.get("missing")).isNull();
    }

    @Test
    void javaCodeReadsAModelAsTheMapOfItsEntriesInOrder() {
        Random random = new Random(7);
        for (int run = 0; run < 1_000; run++) {
            Object[] entries = entries(random);
            Map<String, Object> expected = new LinkedHashMap<>();
            for (int i = 0; i < entries.length; i += 2) {
                if (entries[i + 1] != null) {
                    expected.put((String) entries[i], entries[i + 1]);
                }
            }
            Map<String, Object> model = Model.of(entries);
            assertThat(model).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
            assertThat(List.copyOf(model.keySet())).isEqualTo(List.copyOf(expected.keySet()));
            assertThat(model.get("k9")).isEqualTo(expected.get("k9"));
            assertThat(model.containsKey("k3")).isEqualTo(expected.containsKey("k3"));
            assertThat(Model.copyOf(expected)).isEqualTo(expected);

            Object[] more = entries(random);
            Map<String, Object> grown = new LinkedHashMap<>(expected);
            for (int i = 0; i < more.length; i += 2) {
                if (more[i + 1] != null) {
                    grown.put((String) more[i], more[i + 1]);
                }
            }
            Map<String, Object> with = Model.with(model, more);
            assertThat(with).isEqualTo(grown);
            assertThat(List.copyOf(with.keySet())).isEqualTo(List.copyOf(grown.keySet()));
        }
        Map<String, Object> model = Model.of("a", 1);
        assertThatThrownBy(() -> model.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> model.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    /** Up to 12 keys out of 10 names, so some repeat (the later value takes the first place) and some are null. */
    private static Object[] entries(Random random) {
        Object[] entries = new Object[2 * random.nextInt(12)];
        for (int i = 0; i < entries.length; i += 2) {
            entries[i] = "k" + random.nextInt(10);
            entries[i + 1] = random.nextInt(5) == 0 ? null : random.nextInt(100);
        }
        return entries;
    }

    private static Map<String, Object> model(Random random, int depth) {
        Object[] entries = new Object[2 * random.nextInt(7)];
        for (int i = 0; i < entries.length; i += 2) {
            boolean title = random.nextInt(4) == 0;   // a string, as the layout writes it out
            entries[i] = title ? "title" : "f" + random.nextInt(6);
            entries[i + 1] = title ? "T" + random.nextInt(9) + " & <i>" : value(random, depth);
        }
        return Model.of(entries);
    }

    private static Object value(Random random, int depth) {
        switch (random.nextInt(depth > 0 ? 7 : 4)) {
            case 0:
                return null;
            case 1:
                return random.nextBoolean();
            case 2:
                return random.nextInt(2000) - 1000;
            case 3:
                return List.of("A <b> & \"c\"", "plain", "", "caf\u00e9 \u2014 \ud83d\ude00").get(random.nextInt(4));
            case 4:
                return model(random, depth - 1);
            default:
                List<Object> items = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(random.nextBoolean() ? model(random, depth - 1) : "item " + i);
                }
                return List.copyOf(items);
        }
    }

    /** The model as the maps and lists the models were before this class: unmodifiable linked hash maps. */
    private static Object plainCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, v) -> copy.put((String) key, plainCopy(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ModelTest::plainCopy).toList();
        }
        return value;
    }

    private static String render(Configuration configuration, Object page) throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        configuration.getTemplate("page.ftlh").process(Map.of("page", page), out);
        return out.toString();
    }
}
