package org.peersite.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * The theme's object wrapper: FreeMarker's default one (fields not exposed), except that a {@link Model} is given
 * to a layout as its own {@link Model#hash hash}, made once and kept with the values it wrapped, instead of a new
 * adapter at every read. One instance for every theme, as the default wrapper's builder keeps one for every
 * configuration with the same settings. Thread-safe.
 */
final class ModelWrapper extends DefaultObjectWrapper {

    static final ModelWrapper INSTANCE = new ModelWrapper();

    private ModelWrapper() {
        super(settings(), true);
    }

    private static DefaultObjectWrapperBuilder settings() {
        DefaultObjectWrapperBuilder settings = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        settings.setExposeFields(false);
        return settings;
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        return value instanceof Model model ? model.hash(this) : super.wrap(value);
    }
}
