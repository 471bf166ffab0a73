package org.peersite.render;

import java.util.List;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultMapAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * FreeMarker's default object wrapper, with the kinds of value a page model is made of — strings, booleans,
 * numbers, lists and maps — wrapped first, into the same models the default wrapper makes for them.
 *
 * <p>A layout wraps a value at every {@code ${page.title}}, {@code item.href} and {@code #list} item it reads (some
 * million times in a build of 10,000 pages). The default wrapper asks first whether the value is already a
 * template model, then a string, a number, a date, then {@code getClass().isArray()} before it reaches lists and
 * maps. Under the quick compiler the builds run with (C1), {@code Class.isArray} is a call into the JVM, and the
 * question about an interface a string does not implement is a search of the string's interfaces: a map cost
 * about 62 ns to wrap and a string 32 ns, against 32 and 6 ns asked in this order (a harness, 2,000,000 wraps).
 * A boolean is asked for early too: behind three questions it missed, it cost more than the default's way.
 * Anything else goes to the default wrapper as before.
 *
 * <p>The order keeps the default wrapper's answers: a string or a boolean is never a template model, a template
 * model is returned as it is before anything else is asked, a number before a list as the default does, and a
 * map is never a collection (their {@code remove}s differ). Lists and maps become the adapters the default makes
 * with {@code useAdaptersForContainers}, which the 2.3.34 settings turn on (the constructor checks it).
 */
final class ModelWrapper extends DefaultObjectWrapper {

    /** One for every theme: it is read-only, and FreeMarker's introspection caches are kept per wrapper. */
    static final ModelWrapper INSTANCE = new ModelWrapper();

    private ModelWrapper() {
        super(settings(), true);
        if (!getUseAdaptersForContainers()) {
            throw new IllegalStateException("the wrapper's settings must wrap lists and maps in adapters");
        }
    }

    private static DefaultObjectWrapperBuilder settings() {
        DefaultObjectWrapperBuilder settings = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        settings.setExposeFields(false);
        return settings;
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value instanceof String text) {
            return new SimpleScalar(text);
        }
        if (value instanceof Boolean truth) {
            return truth ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        }
        if (value instanceof TemplateModel model) {
            return model;
        }
        if (value instanceof Number number) {
            return new SimpleNumber(number);
        }
        if (value instanceof List<?> list) {
            return DefaultListAdapter.adapt(list, this);
        }
        if (value instanceof Map<?, ?> map) {
            return DefaultMapAdapter.adapt(map, this);
        }
        return super.wrap(value);
    }
}
