package org.implantdhr.casefile.control;

import java.math.BigDecimal;
import org.implantdhr.evidence.control.DecimalText;
import org.implantdhr.evidence.control.ProblemList;

/**
 * Reads the triangles of an ASCII STL (grammar in {@link StlParser}) into a {@link MeshMeasure};
 * keywords in any case. A syntax error ends reading, since what follows cannot be attributed
 * reliably; non-finite coordinates are collected.
 */
final class AsciiStlReader {

    private final String text;
    private final ProblemList problems;
    private int position;
    private int line = 1;
    private int tokenLine;
    private boolean broken;
    private String lastToken = "";

    AsciiStlReader(String text, ProblemList problems) {
        this.text = text;
        this.problems = problems;
    }

    MeshMeasure read() {
        MeshMeasure measure = new MeshMeasure(Math.max(16, text.length() / 250), false);
        expect("solid");
        skipRestOfLine();
        double[] t = new double[9];
        BigDecimal[] exact = new BigDecimal[9];
        int triangle = 0;
        while (!broken && !problems.isFull()) {
            String keyword = next();
            if (keyword.equalsIgnoreCase("endsolid")) {
                skipRestOfLine();
                String rest = next();
                if (!rest.isEmpty()) {
                    syntax("nothing after 'endsolid'", rest);
                }
                break;
            }
            if (!keyword.equalsIgnoreCase("facet")) {
                syntax("'facet' or 'endsolid'", keyword);
                break;
            }
            triangle++;
            expect("normal");
            number();
            number();
            number();
            expect("outer");
            expect("loop");
            int nonFiniteLine = 0;
            for (int v = 0; v < 3; v++) {
                expect("vertex");
                for (int k = 0; k < 3; k++) {
                    t[v * 3 + k] = number();
                    exact[v * 3 + k] = exact(t[v * 3 + k]);
                    if (!Double.isFinite(t[v * 3 + k]) && nonFiniteLine == 0) {
                        nonFiniteLine = tokenLine;
                    }
                }
            }
            expect("endloop");
            expect("endfacet");
            if (!broken) {
                if (nonFiniteLine == 0) {
                    measure.add(t, exact);
                } else {
                    problems.add(
                            "triangle " + triangle + " (line " + nonFiniteLine + ")",
                            "a vertex coordinate is not a finite number");
                }
            }
        }
        return measure;
    }

    private void expect(String keyword) {
        if (broken) {
            return;
        }
        String token = next();
        if (!token.equalsIgnoreCase(keyword)) {
            syntax("'" + keyword + "'", token);
        }
    }

    private double number() {
        if (broken) {
            return 0;
        }
        String token = next();
        lastToken = token;
        double value = DecimalText.parse(token);
        if (!Double.isNaN(value)) {
            return value;
        }
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf")) {
            return Double.NaN;
        }
        syntax("a number", token);
        return 0;
    }

    /**
     * The last number read as the decimal the file writes (DecimalText's grammar is a subset of
     * BigDecimal's).
     */
    private BigDecimal exact(double value) {
        if (broken || !Double.isFinite(value)) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(lastToken);
        } catch (NumberFormatException e) {
            return new BigDecimal(value);
        }
    }

    private void syntax(String expected, String found) {
        problems.add(
                "line " + tokenLine,
                "expected "
                        + expected
                        + ", found "
                        + (found.isEmpty() ? "the end of the file" : "'" + found + "'"));
        broken = true;
    }

    private String next() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            if (text.charAt(position) == '\n') {
                line++;
            }
            position++;
        }
        tokenLine = line;
        int start = position;
        while (position < text.length() && !Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    private void skipRestOfLine() {
        while (position < text.length() && text.charAt(position) != '\n') {
            position++;
        }
    }
}
