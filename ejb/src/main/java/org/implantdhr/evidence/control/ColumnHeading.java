package org.implantdhr.evidence.control;

import java.util.Locale;
import java.util.Optional;

/**
 * A CSV header cell of the form {@code name} or {@code name [unit]}, for example {@code o2 [ppm]}
 * or {@code TC1 load [°C]}. The name is compared without regard to case or repeated spaces; the
 * unit is kept as written (trimmed), since {@code K} and {@code k} differ.
 *
 * @param text the cell as written, used in problem locations
 * @param name the part before the bracket, lower case, single-spaced
 * @param unit the text inside the brackets, if any
 */
public record ColumnHeading(String text, String name, Optional<String> unit) {

    public static ColumnHeading parse(String text) {
        String trimmed = text.strip();
        int open = trimmed.lastIndexOf('[');
        if (open >= 0 && trimmed.endsWith("]")) {
            String unit = trimmed.substring(open + 1, trimmed.length() - 1).strip();
            return new ColumnHeading(
                    text, normalise(trimmed.substring(0, open)), Optional.of(unit));
        }
        return new ColumnHeading(text, normalise(trimmed), Optional.empty());
    }

    /** The location of a value in this column on {@code line}, as problems name it. */
    public String at(int line) {
        return "line " + line + ", column " + text;
    }

    private static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
