package org.implantdhr.evidence.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each expected column of a fixed-layout CSV format is, found by name so that the columns may
 * come in any order. Reports, at location {@code header}, every expected column that is missing,
 * every column that is not expected, and every column that appears twice.
 */
public final class NamedColumns {

    private final Map<String, Integer> indexByName;
    private final List<ColumnHeading> headings;

    private NamedColumns(Map<String, Integer> indexByName, List<ColumnHeading> headings) {
        this.indexByName = indexByName;
        this.headings = headings;
    }

    /**
     * @param headings the header cells, in file order
     * @param expected the normalised names of the expected columns
     * @param expectedListing how the expected header is written, quoted in problems
     */
    public static NamedColumns locate(
            List<ColumnHeading> headings,
            List<String> expected,
            String expectedListing,
            ProblemList problems) {
        Map<String, Integer> indexByName = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            ColumnHeading heading = headings.get(i);
            if (!expected.contains(heading.name())) {
                problems.add(
                        "header",
                        "unknown column '"
                                + heading.text().strip()
                                + "'; the header must be: "
                                + expectedListing);
            } else if (indexByName.putIfAbsent(heading.name(), i) != null) {
                problems.add("header", "column '" + heading.name() + "' appears more than once");
            }
        }
        for (String name : expected) {
            if (!indexByName.containsKey(name)) {
                problems.add(
                        "header",
                        "column '" + name + "' is missing; the header must be: " + expectedListing);
            }
        }
        return new NamedColumns(indexByName, headings);
    }

    /** The index of column {@code name}; call only when {@code locate} reported no problem. */
    public int index(String name) {
        return indexByName.get(name);
    }

    public ColumnHeading heading(String name) {
        return headings.get(index(name));
    }

    /** Whether the column was found (once); lets a parser check units of the columns that exist. */
    public boolean has(String name) {
        return indexByName.containsKey(name);
    }
}
