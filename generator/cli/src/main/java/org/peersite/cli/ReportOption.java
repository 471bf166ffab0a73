package org.peersite.cli;

import org.peersite.diag.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format}: {@code text}, {@code github}, {@code json} or {@code sarif}, in any case. */
final class ReportOption implements ITypeConverter<ReportFormat> {

    @Override
    public ReportFormat convert(String value) {
        return ReportFormat.of(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a report format; use one of " + String.join(", ", ReportFormat.ids())));
    }
}
