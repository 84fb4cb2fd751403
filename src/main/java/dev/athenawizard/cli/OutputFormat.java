package dev.athenawizard.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How a command prints rows: an aligned table for people, CSV or JSON for programs. */
enum OutputFormat {
    TABLE, CSV, JSON;

    /** Accepts {@code csv}, {@code CSV}, …, and lists the choices when the value is none of them. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a format; use table, csv or json.");
            }
        }
    }
}
