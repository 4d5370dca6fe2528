package org.implantdhr.rules.specification;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line with RFC 4180 double-quote quoting (descriptions may contain commas). */
final class CsvLine {

    private CsvLine() {}

    static List<String> split(String line, int lineNumber) {
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
        if (quoted) {
            throw new IllegalArgumentException("Line " + lineNumber + ": unterminated quote");
        }
        fields.add(field.toString());
        return fields;
    }
}
