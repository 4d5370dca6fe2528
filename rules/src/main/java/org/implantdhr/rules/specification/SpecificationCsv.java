package org.implantdhr.rules.specification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a specification from CSV (UTF-8, RFC 4180 quoting, one header line): {@code
 * check_id,parameter,lower,lower_strict,upper,upper_strict,comparison,unit,text_value,description}.
 */
public final class SpecificationCsv {

    public static final String HEADER =
            "check_id,parameter,lower,lower_strict,upper,upper_strict,comparison,unit,text_value,description";
    private static final String RESOURCE_FOLDER = "/org/implantdhr/rules/specification/";

    private SpecificationCsv() {}

    /** The seed shipped with the rules, e.g. {@code classpath("TI64-ELI-CW", "1.0")}. */
    public static Specification classpath(String code, String version) {
        String name = RESOURCE_FOLDER + code + "-" + version + ".csv";
        try (InputStream in = SpecificationCsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No specification resource " + name);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), code, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Specification read(Reader reader, String code, String version)
            throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (header == null || !HEADER.equals(stripBom(header).trim())) {
            throw new IllegalArgumentException("Expected header: " + HEADER);
        }
        List<Limit> limits = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                limits.add(limit(CsvLine.split(line, number), number));
            }
        }
        return new Specification(code, version, limits);
    }

    private static Limit limit(List<String> f, int line) {
        if (f.size() != 10) {
            throw new IllegalArgumentException(
                    "Line " + line + ": expected 10 fields, found " + f.size());
        }
        try {
            return new Limit(
                    required(f.get(0), "check_id", line),
                    required(f.get(1), "parameter", line),
                    decimal(f.get(2)),
                    Boolean.parseBoolean(f.get(3).trim()),
                    decimal(f.get(4)),
                    Boolean.parseBoolean(f.get(5).trim()),
                    f.get(6).isBlank() ? Comparison.ABSOLUTE : Comparison.valueOf(f.get(6).trim()),
                    f.get(7).trim(),
                    blankToNull(f.get(8)),
                    f.get(9).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Line " + line + ": " + e.getMessage(), e);
        }
    }

    private static String required(String value, String column, int line) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("Line " + line + ": " + column + " is empty");
        }
        return value.trim();
    }

    private static BigDecimal decimal(String value) {
        return value.isBlank() ? null : new BigDecimal(value.trim());
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
