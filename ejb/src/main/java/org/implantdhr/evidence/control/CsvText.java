package org.implantdhr.evidence.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a comma-separated evidence file, as text, with their line numbers.
 *
 * <p>Rules shared by every CSV evidence format: UTF-8 with or without a byte-order mark (any other
 * encoding is refused at the first invalid byte, since a silently mis-decoded "°C" is worse than a
 * refusal); LF or CRLF line ends; the last line may or may not end with one (blank lines at the
 * very end are ignored); the first line is the header; fields are separated by commas and trimmed
 * of surrounding spaces and tabs; a field may be enclosed in double quotes (a doubled quote inside
 * stands for one quote, line breaks inside are not accepted); empty lines are not accepted. A row
 * whose field count differs from the header is reported and left out of {@link #rows()}.
 */
public final class CsvText {

    /** One data row: its line number in the file (the header is line 1) and its fields. */
    public record Row(int line, String[] fields) {}

    private final String[] header;
    private final List<Row> rows;

    private CsvText(String[] header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /**
     * Splits {@code bytes} into header and rows. Problems that make the rest meaningless (not
     * UTF-8, empty, no data rows) are thrown at once under {@code title}; row problems are added to
     * {@code problems}.
     */
    public static CsvText read(byte[] bytes, String title, ProblemList problems) {
        String text = decodeUtf8(bytes, problems);
        problems.throwIfAny(title);
        if (text.isBlank()) {
            problems.add("file", "the file is empty");
            problems.throwIfAny(title);
        }
        List<String> lines = splitLines(text);
        String[] header = splitFields(lines.get(0), 1, problems);
        problems.throwIfAny(title);
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size() && !problems.isFull(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i);
            if (line.isBlank()) {
                problems.add("line " + lineNumber, "empty line");
                continue;
            }
            String[] fields = splitFields(line, lineNumber, problems);
            if (fields == null) {
                continue;
            }
            if (fields.length != header.length) {
                problems.add(
                        "line " + lineNumber,
                        fields.length + " fields, but the header has " + header.length);
                continue;
            }
            rows.add(new Row(lineNumber, fields));
        }
        if (lines.size() == 1) {
            problems.add("file", "no data rows after the header");
            problems.throwIfAny(title);
        }
        return new CsvText(header, rows);
    }

    public String[] header() {
        return header.clone();
    }

    public List<Row> rows() {
        return rows;
    }

    private static String decodeUtf8(byte[] bytes, ProblemList problems) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.add("byte " + in.position(), "not valid UTF-8; save the file as UTF-8");
            return "";
        }
        decoder.flush(out);
        out.flip();
        int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
        return out.subSequence(start, out.length()).toString();
    }

    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start < length) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? length : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(start, contentEnd));
            start = end + 1;
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String[] splitFields(String line, int lineNumber, ProblemList problems) {
        if (line.indexOf('"') < 0) {
            return splitPlain(line);
        }
        return splitQuoted(line, lineNumber, problems);
    }

    private static String[] splitPlain(String line) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                count++;
            }
        }
        String[] fields = new String[count];
        int start = 0;
        for (int f = 0; f < count; f++) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? line.length() : comma;
            fields[f] = trim(line, start, end);
            start = end + 1;
        }
        return fields;
    }

    private static String trim(String line, int start, int end) {
        while (start < end && isBlank(line.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static String[] splitQuoted(String line, int lineNumber, ProblemList problems) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int length = line.length();
        while (true) {
            while (i < length && isBlank(line.charAt(i))) {
                i++;
            }
            if (i < length && line.charAt(i) == '"') {
                StringBuilder value = new StringBuilder();
                int column = i + 1;
                i++;
                while (true) {
                    if (i >= length) {
                        problems.add(
                                "line " + lineNumber,
                                "quote opened at character " + column + " is not closed");
                        return null;
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < length && line.charAt(i) == '"') {
                            value.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        value.append(c);
                    }
                }
                while (i < length && isBlank(line.charAt(i))) {
                    i++;
                }
                if (i < length && line.charAt(i) != ',') {
                    problems.add(
                            "line " + lineNumber,
                            "unexpected text after the closing quote at character " + (i + 1));
                    return null;
                }
                fields.add(value.toString());
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? length : comma;
                String field = trim(line, i, end);
                if (field.indexOf('"') >= 0) {
                    problems.add(
                            "line " + lineNumber,
                            "a quote may only enclose a whole field: " + field);
                    return null;
                }
                fields.add(field);
                i = end;
            }
            if (i >= length) {
                return fields.toArray(String[]::new);
            }
            i++; // the comma
        }
    }
}
