package org.peersite.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** Validates JSON documents against the schemas the reports promise: SARIF 2.1.0 and peersite's own. */
public final class JsonSchemas {

    /** The documented schema of {@code --format json}, in the repository's docs/ (tests run in generator/core). */
    public static final Path PEERSITE_SCHEMA = Path.of("../../docs/diagnostics-json.schema.json");

    private JsonSchemas() {
    }

    /** Every way the document breaks the SARIF 2.1.0 schema; empty when it is a valid SARIF log. */
    public static List<String> sarifProblems(String document) {
        try (InputStream schema = JsonSchemas.class.getResourceAsStream("/schemas/sarif-2.1.0.json")) {
            Schema sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(schema, InputFormat.JSON);
            return messages(sarif.validate(document, InputFormat.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way the document breaks peersite's diagnostics schema (docs/diagnostics-json.schema.json). */
    public static List<String> peersiteProblems(String document) {
        try {
            Schema own = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(PEERSITE_SCHEMA), InputFormat.JSON);
            return messages(own.validate(document, InputFormat.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }
}
