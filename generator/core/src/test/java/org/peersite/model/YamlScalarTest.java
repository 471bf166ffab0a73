package org.peersite.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class YamlScalarTest {

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "1:30", "0777", "2024-02-30", "null", "~", "Yes: \"no\" # not a comment",
            "back\\slash and 'single'", "- a list?", "? a key", "{a: 1}", "*alias", "&anchor", "!!binary x", "%TAG",
            "@at `tick`", "|", ">", "  padded  ", "line one\nline two", "tab\there", "bell\u0007 nel\u0085 ls\u2028",
            "Café — “quoted” 東京 🙂", "\uFEFFbom", "e\u0301 combining", "lone \uD800 surrogate", "---", "...",
            "#hash", "a: b: c", "[[wiki]]", "\uFFFE\uFFFF"})
    void aDoubleQuotedScalarReadsBackAsExactlyItselfAndAsAString(String value) {
        Map<String, Object> read = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load("title: " + YamlScalar.doubleQuoted(value) + "\n");
        assertThat(read.get("title")).isEqualTo(value);
    }
}
