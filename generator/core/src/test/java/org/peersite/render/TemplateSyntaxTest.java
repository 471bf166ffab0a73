package org.peersite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peersite.BuildResult;
import org.peersite.TestSite;
import org.peersite.diag.Diagnostic;
import org.peersite.diag.DiagnosticFormatter;

/**
 * The usual mistakes in a layout, each a fixture template in {@code src/test/resources/template-syntax/}, used as
 * the layout of two pages: each is reported once, at the place to fix (the {@code <#if>} never closed, not the end
 * of the file or the tag where FreeMarker noticed), in plain words, with a hint that says what to write.
 */
class TemplateSyntaxTest {

    private static final Path FIXTURES = Path.of("src/test/resources/template-syntax");

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unclosed-if             | 4:3 | this <#if> is never closed                          | add </#if> before the end of the file                         |
            unclosed-if-inside-list | 5:7 | this <#if> is never closed                          | add </#if> before the </#list> on line 6                      | 6:1: </#list> closes the <#list> around it first
            unclosed-list           | 4:3 | this <#list> is never closed                        | add </#list> before the end of the file                       |
            unclosed-macro          | 1:1 | this <#macro> is never closed                       | add </#macro> before line 4: a macro or function cannot be defined inside another | 4:1: another <#macro> starts here, inside it
            unclosed-items          | 4:7 | this <#items> is never closed                       | add </#items> before the </#list> on line 6                   | 6:1: </#list> closes the <#list> around it first
            stray-close             | 5:3 | this </#if> closes nothing: no <#if> is open here  | remove it, or add the <#if> it belongs to before it           |
            unclosed-interpolation  | 3:5 | this ${ is never closed                             | end the expression with }, as in ${page.title}                |
            unknown-directive       | 4:3 | <#lsit> is not a FreeMarker directive               | did you mean <#list>?                                         |
            unknown-built-in        | 3:17 | ?uper_case is not a FreeMarker built-in            | did you mean ?upper_case?                                     |
            else-outside            | 4:1 | this <#else> belongs to no <#if>, <#list> or <#attempt> | move it inside the block it belongs to, or remove it      |
            """)
    void eachMistakeIsReportedOnceWhereItIsToBeFixed(String fixture, String at, String message, String hint,
                                                     String note) throws IOException {
        TestSite.write(root, TestSite.SITE_YAML + """
                === content/index.md
                ---
                title: Home
                ---
                See [[about]] and [[contact]].
                === content/about.md
                ---
                title: About
                ---
                About.
                === content/contact.md
                ---
                title: Contact
                ---
                Contact.
                """);
        Files.copy(FIXTURES.resolve(fixture + ".ftlh"), root.resolve("templates/layouts/page.ftlh"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        BuildResult result = TestSite.generator(root).build().generate();

        String file = "templates/layouts/page.ftlh";
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(DiagnosticFormatter.headline(d)).isEqualTo(file + ":" + at + ": error[theme.syntax]: " + message);
            assertThat(d.hint()).isEqualTo(hint);
            assertThat(d.sourceLine()).isEqualTo(Files.readAllLines(root.resolve(file)).get(d.position().line() - 1));
            if (note == null) {
                assertThat(d.notes()).isEmpty();
            } else {
                assertThat(d.notes()).singleElement().hasToString(file + ":" + note);
            }
        });
        assertThat(result.wroteOutput()).isFalse();
    }
}
