package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.WrappingTemplateModel;

/**
 * {@link ModelWrapper} wraps every kind of value as FreeMarker's default wrapper with the theme's former settings
 * did: the same model classes around the same objects, and the same text from a template that reads them.
 */
class ModelWrapperTest {

    private static final ObjectWrapper DEFAULT = defaultWrapper();

    private static ObjectWrapper defaultWrapper() {
        DefaultObjectWrapperBuilder settings = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        settings.setExposeFields(false);
        return settings.build();
    }

    private static List<Object> values() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("title", "A <b>title</b> & more");
        nested.put("tags", List.of(Map.of("name", "x", "href", "../x/")));
        return Arrays.asList(
                "text", "", "ünïcode \uD83D\uDE00",
                Collections.unmodifiableMap(nested), new TreeMap<>(Map.of("b", 2, "a", 1)), Map.of(),
                List.of("a", "b"), new ArrayList<>(List.of(1, 2)), List.of(), Collections.unmodifiableList(List.of(true)),
                new LinkedHashSet<>(List.of("set", "of", "three")), new String[] {"an", "array"}, new int[] {1, 2},
                Boolean.TRUE, Boolean.FALSE, 3, 2.5, new BigDecimal("12345678901234567890.5"), new Date(0),
                new SimpleScalar("already a model"), Theme.markup("<em>markup</em>"), new StringBuilder("some other object"));
    }

    @Test
    void everyKindOfValueIsWrappedIntoTheModelTheDefaultWrapperMakes() throws Exception {
        for (Object value : values()) {
            TemplateModel expected = DEFAULT.wrap(value);
            TemplateModel actual = ModelWrapper.INSTANCE.wrap(value);
            assertThat(actual.getClass()).as("the model of %s", value).isEqualTo(expected.getClass());
            if (expected instanceof AdapterTemplateModel adapter) {
                assertThat(((AdapterTemplateModel) actual).getAdaptedObject(Object.class))
                        .as("the object inside the model of %s", value)
                        .isSameAs(adapter.getAdaptedObject(Object.class));
            }
            if (expected instanceof TemplateScalarModel text) {
                assertThat(((TemplateScalarModel) actual).getAsString()).isEqualTo(text.getAsString());
            }
            if (expected instanceof TemplateBooleanModel truth) {
                assertThat(((TemplateBooleanModel) actual).getAsBoolean()).isEqualTo(truth.getAsBoolean());
            }
            if (value instanceof TemplateModel) {
                assertThat(actual).isSameAs(value);
            }
            if (expected instanceof WrappingTemplateModel wrapping) {
                assertThat(((WrappingTemplateModel) actual).getObjectWrapper()).isSameAs(ModelWrapper.INSTANCE);
            }
        }
        assertThat(ModelWrapper.INSTANCE.wrap(null)).isSameAs(DEFAULT.wrap(null));
    }

    @Test
    void aTemplateReadsTheSameTextThroughEither() throws Exception {
        String source = """
                <#list values as v><#if v?is_string>s:${v}<#elseif v?is_hash_ex>h:<#list v as k, x>${k}=${x?is_string?then(x, '?')};</#list>\
                <#elseif v?is_sequence>q:${v?size}<#if v?has_content>,${v[0]?is_string?then(v[0], '?')}</#if>\
                <#elseif v?is_enumerable>e:<#list v as x>${x};</#list><#elseif v?is_boolean>b:${v?c}\
                <#elseif v?is_number>n:${v?c}<#elseif v?is_date_like>d:${v?long?c}<#elseif v?is_markup_output>m:${v}\
                <#else>o</#if>|</#list>""";
        assertThat(render(source, ModelWrapper.INSTANCE)).isEqualTo(render(source, DEFAULT))
                .contains("s:A", "h:title=A &lt;b&gt;title&lt;/b&gt; &amp; more;", "q:2,a", "q:3,set",
                        "b:true", "n:2.5", "m:<em>markup</em>");
    }

    private static String render(String source, ObjectWrapper wrapper) throws Exception {
        Configuration cfg = Theme.configuration(null);
        cfg.setObjectWrapper(wrapper);
        List<Object> values = new ArrayList<>(values());
        values.add(0, Map.of("title", "A"));
        values.add(1, "A");
        Template template = new Template("t.ftlh", source, cfg);
        StringWriter out = new StringWriter();
        template.process(Map.of("values", values), out);
        return out.toString();
    }
}
