package org.implantdhr.web.platform;

import java.util.Locale;

/**
 * Writes one inline SVG element as text, for plots rendered on the server: attributes only (no
 * style elements), every text escaped, numbers with at most two decimals so that long traces stay
 * small.
 */
public final class Svg {

    private final StringBuilder out = new StringBuilder(16_384);

    /** Opens the root element with a title (screen readers read it) and a description. */
    public Svg(String id, int width, int height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
                .append(escape(id))
                .append("\" class=\"plot\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(escape(id))
                .append("-title ")
                .append(escape(id))
                .append("-desc\" font-family=\"sans-serif\" font-size=\"12\">");
        out.append("<title id=\"")
                .append(escape(id))
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        out.append("<desc id=\"")
                .append(escape(id))
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
    }

    /**
     * An element without content; attributes as name, value, name, value... (a null value leaves it
     * out).
     */
    public Svg element(String name, Object... attributes) {
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /** An element with a tooltip (an SVG title child). */
    public Svg titled(String name, String title, Object... attributes) {
        start(name, attributes);
        out.append("><title>").append(escape(title)).append("</title></").append(name).append('>');
        return this;
    }

    public Svg text(double x, double y, String text, Object... attributes) {
        Object[] all = new Object[attributes.length + 4];
        all[0] = "x";
        all[1] = x;
        all[2] = "y";
        all[3] = y;
        System.arraycopy(attributes, 0, all, 4, attributes.length);
        start("text", all);
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    public Svg open(String name, Object... attributes) {
        start(name, attributes);
        out.append('>');
        return this;
    }

    public Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** A polyline through the points, in the order given. */
    public Svg polyline(double[] xs, double[] ys, int count, Object... attributes) {
        var points = new StringBuilder(count * 12);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                points.append(' ');
            }
            points.append(number(xs[i])).append(',').append(number(ys[i]));
        }
        Object[] all = new Object[attributes.length + 4];
        all[0] = "points";
        all[1] = points;
        all[2] = "fill";
        all[3] = "none";
        System.arraycopy(attributes, 0, all, 4, attributes.length);
        return element("polyline", all);
    }

    public String end() {
        return out + "</svg>";
    }

    private void start(String name, Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name-value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value != null) {
                out.append(' ')
                        .append(attributes[i])
                        .append("=\"")
                        .append(
                                value instanceof Number n
                                        ? number(n.doubleValue())
                                        : escape(value.toString()))
                        .append('"');
            }
        }
    }

    /** At most two decimals, no exponent, no trailing zeros: 12, 12.5, 0.25. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            return Long.toString((long) rounded);
        }
        String text = String.format(Locale.ROOT, "%.2f", rounded);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }

    /** Six decimals, for transform factors where two would move a stretched line by pixels. */
    public static String number6(double value) {
        return Double.isFinite(value)
                ? java.math.BigDecimal.valueOf(value)
                        .setScale(6, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                : "0";
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default ->
                        escaped.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return escaped.toString();
    }
}
