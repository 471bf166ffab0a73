package org.peersite.render;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * The read-only maps layouts see, built by the factories below. A {@code null} value is left out, so a template
 * finds it missing (and can test it with {@code ??}) instead of finding an empty string. Java code reads one as a
 * {@link Map}, in the order its entries were given.
 *
 * <p>A layout reads one through {@link #hash}, which the theme's {@link ModelWrapper} gives FreeMarker instead of
 * a new {@code DefaultMapAdapter} at every read of the map (every item of a list, every {@code page.concept}) and
 * a new wrapped value at every read of a field ({@code page.title} is read in several places of a layout): that
 * wrapping was 2.5–4.5 % of a cold build's profile (docs/performance.md, round 17). Immutable apart from what the
 * hash keeps; thread-safe: a model read by layouts on several threads at once may have a value wrapped twice,
 * alike, and either is published whole.
 */
final class Model extends AbstractMap<String, Object> {

    /**
     * The hash's kept values, read and written with acquire and release. Its array is an {@code Object[]}: for a
     * {@code TemplateModel[]} each write checks the value's class against the array's, which under C1 is a
     * reflective call (0.3 % of a cold build's samples).
     */
    private static final VarHandle WRAPPED = MethodHandles.arrayElementVarHandle(Object[].class);

    private final String[] keys;
    /** The keys' hashes, compared before the keys: strings keep their hash, so a lookup mostly compares ints. */
    private final int[] hashes;
    private final Object[] values;
    /** How many entries there are: set by the factories, which hand a model out only when it is made. */
    private int size;
    /** The hash of the last wrapper that asked (a build has one); its fields are final, so a racy read is safe. */
    private Hash hash;

    /** An unmodifiable map of the given keys and values, in order, without the {@code null} values. */
    static Map<String, Object> of(Object... keysAndValues) {
        return new Model(keysAndValues.length / 2).addAll(keysAndValues);
    }

    /** An unmodifiable copy of a map built up step by step, without its {@code null} values. */
    static Map<String, Object> copyOf(Map<String, Object> fields) {
        Model model = new Model(fields.size());
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            model.add(field.getKey(), field.getValue());
        }
        return model;
    }

    /**
     * The map with more entries added (nulls left out): a key it has already keeps its place and takes the new
     * value, as {@link java.util.LinkedHashMap#putAll} does.
     */
    static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
        Model model = new Model(base.size() + keysAndValues.length / 2);
        for (Map.Entry<String, Object> entry : base.entrySet()) {
            model.add(entry.getKey(), entry.getValue());
        }
        return model.addAll(keysAndValues);
    }

    /** Room for {@code capacity} entries, which only the factories above add, before it is handed out. */
    private Model(int capacity) {
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
    }

    private Model addAll(Object... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            add((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return this;
    }

    /**
     * Adds an entry while the model is being made, or gives a key already there the new value in its place; a
     * {@code null} is left out.
     */
    private void add(String key, Object value) {
        if (value == null) {
            return;
        }
        int i = indexOf(key);
        if (i >= 0) {
            values[i] = value;
        } else {
            keys[size] = key;
            hashes[size] = key.hashCode();
            values[size] = value;
            size++;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The map Java code reads

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, Object> entry = new SimpleImmutableEntry<>(keys[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Where the key is, or -1: a model has a few dozen keys at most, whose hashes the strings keep. */
    private int indexOf(Object key) {
        if (key == null) {
            return -1;
        }
        int hash = key.hashCode();
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash && (keys[i] == key || keys[i].equals(key))) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The hash a layout reads

    /**
     * The model as a layout reads it, made by {@code wrapper} (the theme's {@link ModelWrapper}) at its first read
     * and kept with the values it has wrapped.
     */
    TemplateHashModelEx2 hash(ObjectWrapper wrapper) {
        Hash kept = hash;
        if (kept == null || kept.wrapper != wrapper) {
            kept = new Hash(wrapper);
            hash = kept;
        }
        return kept;
    }

    /**
     * What FreeMarker's {@code DefaultMapAdapter} is to a map, with each value wrapped once, at its first read:
     * the values a layout sees are the ones the wrapper makes.
     */
    private final class Hash implements TemplateHashModelEx2, AdapterTemplateModel, WrapperTemplateModel {

        private final ObjectWrapper wrapper;
        /** Each value as a layout reads it, {@code null} until it is first read. */
        private final Object[] wrapped = new Object[size];

        Hash(ObjectWrapper wrapper) {
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            int i = indexOf(key);
            return i < 0 ? null : wrapped(i);
        }

        private TemplateModel wrapped(int i) throws TemplateModelException {
            TemplateModel model = (TemplateModel) WRAPPED.getAcquire(wrapped, i);
            if (model == null) {
                model = wrapper.wrap(values[i]);
                WRAPPED.setRelease(wrapped, i, model);
            }
            return model;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean isEmpty() {
            return size == 0;
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(keySet(), wrapper);
        }

        @Override
        public TemplateCollectionModel values() {
            return new SimpleCollection(Model.this.values(), wrapper);
        }

        @Override
        public KeyValuePairIterator keyValuePairIterator() {
            return new KeyValuePairIterator() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public KeyValuePair next() throws TemplateModelException {
                    if (next >= size) {
                        throw new TemplateModelException("no more entries in the model");
                    }
                    TemplateModel key = wrapper.wrap(keys[next]);
                    TemplateModel value = wrapped(next);
                    next++;
                    return new KeyValuePair() {
                        @Override
                        public TemplateModel getKey() {
                            return key;
                        }

                        @Override
                        public TemplateModel getValue() {
                            return value;
                        }
                    };
                }
            };
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return Model.this;
        }

        @Override
        public Object getWrappedObject() {
            return Model.this;
        }
    }
}
