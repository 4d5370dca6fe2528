package org.implantdhr.followup.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file shipped with the followup component: '#' lines are comments, the first other
 * line names the columns, fields may be quoted (RFC 4180). A file that cannot be read is a broken
 * build, not a user's error.
 */
public final class ShippedCsv {

    private ShippedCsv() {}

    /** The data lines, without the header, each split into its fields. */
    public static List<List<String>> rows(String resource) {
        try (InputStream in = ShippedCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing shipped file " + resource);
            }
            var rows = new ArrayList<List<String>>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(split(line));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
