package org.implantdhr.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking at spaces; a word wider than the line (a hash, a URL) is split between
 * characters.
 */
final class LineBreaker {

    private LineBreaker() {}

    static List<String> lines(String text, TextStyle style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : style.printable(printable(text)).split("\n", -1)) {
            breakParagraph(paragraph, style, width, lines);
        }
        return lines;
    }

    private static void breakParagraph(
            String paragraph, TextStyle style, float width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = style.width(" ");
        for (String word : paragraph.split(" +")) {
            float wordWidth = style.width(word);
            if (line.isEmpty() && wordWidth <= width || lineWidth + space + wordWidth <= width) {
                if (!line.isEmpty()) {
                    line.append(' ');
                    lineWidth += space;
                }
                line.append(word);
                lineWidth += wordWidth;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (style.width(rest) > width && rest.length() > 1) {
                int fit = longestFittingPrefix(rest, style, width);
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
            lineWidth = style.width(rest);
        }
        lines.add(line.toString());
    }

    private static int longestFittingPrefix(String word, TextStyle style, float width) {
        int fit = 1;
        while (fit < word.length() && style.width(word.substring(0, fit + 1)) <= width) {
            fit++;
        }
        return fit;
    }

    /** Tabs and control characters have no glyph in an embedded font. */
    static String printable(String text) {
        return text.replace("\r\n", "\n").replace('\t', ' ').replaceAll("[\\p{Cntrl}&&[^\n]]", "");
    }
}
