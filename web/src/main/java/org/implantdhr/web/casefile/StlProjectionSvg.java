package org.implantdhr.web.casefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A picture of a design mesh for the browser, drawn on the server as inline SVG (no WebGL, no
 * script): one large isometric view and three small orthographic views (front, side, top), each
 * flat-shaded and drawn back to front (painter's algorithm: the triangles sorted by the depth of
 * their centroid, faces turned away culled).
 *
 * <p>Reads binary and ASCII STL the way the casefile's parser tells them apart (binary exactly when
 * the size is 84 + 50 × the announced count). The file was checked when it was uploaded; here a
 * file that cannot be read gives a short notice in place of the picture, never an exception on the
 * page. Coordinates are drawn as stored: the picture has no scale (the measures are shown beside
 * it).
 */
public final class StlProjectionSvg {

    /** Beyond this many triangles the picture would be megabytes of SVG: it is not drawn. */
    static final int MAX_TRIANGLES = 150_000;

    private static final double[] BASE_COLOUR = {150, 166, 188};

    /** A direction of view: towards the viewer, and the screen's right and up, all unit vectors. */
    record View(String name, double[] towardsViewer, double[] right, double[] up) {}

    static final View ISOMETRIC =
            new View("isometric", unit(1, -1, 1), unit(1, 1, 0), unit(-1, 1, 2));
    static final View FRONT =
            new View(
                    "front (X–Z)",
                    new double[] {0, -1, 0},
                    new double[] {1, 0, 0},
                    new double[] {0, 0, 1});
    static final View SIDE =
            new View(
                    "side (Y–Z)",
                    new double[] {1, 0, 0},
                    new double[] {0, 1, 0},
                    new double[] {0, 0, 1});
    static final View TOP =
            new View(
                    "top (X–Y)",
                    new double[] {0, 0, 1},
                    new double[] {1, 0, 0},
                    new double[] {0, 1, 0});

    private StlProjectionSvg() {}

    /** The whole picture: the isometric view above, the three orthographic views in a row below. */
    public static String render(byte[] stl, String title) {
        double[] triangles;
        try {
            triangles = triangles(stl);
        } catch (IllegalArgumentException e) {
            return notice(title, "The shape cannot be drawn: " + e.getMessage());
        }
        int count = triangles.length / 9;
        if (count == 0) {
            return notice(title, "The shape cannot be drawn: the file holds no triangles.");
        }
        if (count > MAX_TRIANGLES) {
            return notice(
                    title,
                    "The shape is not drawn here: "
                            + count
                            + " triangles are more than a page can show"
                            + " (at most "
                            + MAX_TRIANGLES
                            + "). Its measures are listed beside.");
        }
        boolean outward = signedVolume(triangles) >= 0;
        var svg = new StringBuilder(count * 120 + 2048);
        svg.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"shape\" viewBox=\"0 0 600 620\" role=\"img\"")
                .append(" aria-label=\"")
                .append(escape(title))
                .append("\"><title>")
                .append(escape(title))
                .append("</title><g stroke-linejoin=\"round\" stroke-width=\"0.6\">");
        svg.append("<rect x=\"0\" y=\"0\" width=\"600\" height=\"620\" fill=\"#ffffff\"/>");
        view(svg, triangles, outward, ISOMETRIC, 10, 10, 580, 410);
        view(svg, triangles, outward, FRONT, 10, 440, 186, 150);
        view(svg, triangles, outward, SIDE, 207, 440, 186, 150);
        view(svg, triangles, outward, TOP, 404, 440, 186, 150);
        svg.append("</g><g font-family=\"sans-serif\" font-size=\"12\" fill=\"#5b6675\">")
                .append("<text x=\"14\" y=\"26\">isometric</text>")
                .append("<text x=\"14\" y=\"612\">front (X–Z)</text>")
                .append("<text x=\"211\" y=\"612\">side (Y–Z)</text>")
                .append("<text x=\"408\" y=\"612\">top (X–Y)</text></g>");
        axes(svg, 560, 70);
        svg.append("</svg>");
        return svg.toString();
    }

    /** Draws one view of the mesh into the box (x, y, width, height), scaled to fit and centred. */
    static void view(
            StringBuilder svg,
            double[] t,
            boolean outward,
            View view,
            double x,
            double y,
            double width,
            double height) {
        int count = t.length / 9;
        double[] sx = new double[count * 3];
        double[] sy = new double[count * 3];
        double minX = Double.MAX_VALUE,
                maxX = -Double.MAX_VALUE,
                minY = Double.MAX_VALUE,
                maxY = -Double.MAX_VALUE;
        for (int v = 0; v < count * 3; v++) {
            sx[v] = dot(t, v * 3, view.right());
            sy[v] = dot(t, v * 3, view.up());
            minX = Math.min(minX, sx[v]);
            maxX = Math.max(maxX, sx[v]);
            minY = Math.min(minY, sy[v]);
            maxY = Math.max(maxY, sy[v]);
        }
        double spanX = Math.max(maxX - minX, 1e-12), spanY = Math.max(maxY - minY, 1e-12);
        double scale = Math.min((width - 16) / spanX, (height - 16) / spanY);
        double offsetX = x + (width - spanX * scale) / 2,
                offsetY = y + (height - spanY * scale) / 2;
        double[] light =
                unit(
                        view.towardsViewer()[0] + 0.35 * view.up()[0] - 0.25 * view.right()[0],
                        view.towardsViewer()[1] + 0.35 * view.up()[1] - 0.25 * view.right()[1],
                        view.towardsViewer()[2] + 0.35 * view.up()[2] - 0.25 * view.right()[2]);

        List<double[]> faces = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double[] n = normal(t, i);
            double length = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
            if (length == 0) {
                continue;
            }
            double sign = outward ? 1 : -1;
            double facing =
                    sign
                            * (n[0] * view.towardsViewer()[0]
                                    + n[1] * view.towardsViewer()[1]
                                    + n[2] * view.towardsViewer()[2])
                            / length;
            if (facing <= 0) {
                continue; // turned away: hidden behind the faces that look at the viewer (a closed
                // mesh)
            }
            double[] p = new double[6];
            for (int k = 0; k < 3; k++) {
                p[2 * k] = round(offsetX + (sx[i * 3 + k] - minX) * scale);
                p[2 * k + 1] = round(offsetY + (maxY - sy[i * 3 + k]) * scale);
            }
            double area =
                    Math.abs((p[2] - p[0]) * (p[5] - p[1]) - (p[4] - p[0]) * (p[3] - p[1])) / 2;
            if (area < 0.005) {
                continue; // a sliver thinner than a hundredth of a pixel: nothing to see
            }
            double brightness =
                    sign * (n[0] * light[0] + n[1] * light[1] + n[2] * light[2]) / length;
            double shade = 0.35 + 0.65 * Math.max(0, brightness);
            double depth =
                    (dot(t, i * 9, view.towardsViewer())
                                    + dot(t, i * 9 + 3, view.towardsViewer())
                                    + dot(t, i * 9 + 6, view.towardsViewer()))
                            / 3;
            faces.add(new double[] {depth, shade, p[0], p[1], p[2], p[3], p[4], p[5]});
        }
        faces.sort(
                (a, b) ->
                        Double.compare(
                                a[0], b[0])); // farthest first, the nearest painted over them
        for (double[] f : faces) {
            String colour = colour(f[1]);
            svg.append("<path d=\"M")
                    .append(number(f[2]))
                    .append(' ')
                    .append(number(f[3]))
                    .append('L')
                    .append(number(f[4]))
                    .append(' ')
                    .append(number(f[5]))
                    .append('L')
                    .append(number(f[6]))
                    .append(' ')
                    .append(number(f[7]))
                    .append("Z\" fill=\"")
                    .append(colour)
                    .append("\" stroke=\"")
                    .append(colour)
                    .append("\"/>");
        }
    }

    /** A small axis cross for the isometric view: which way X, Y and Z point. */
    private static void axes(StringBuilder svg, double x, double y) {
        String[] names = {"X", "Y", "Z"};
        String[] colours = {"#b42318", "#1f7a3a", "#0b5cad"};
        svg.append("<g font-family=\"sans-serif\" font-size=\"11\" stroke-width=\"2\">");
        for (int a = 0; a < 3; a++) {
            double[] axis = new double[3];
            axis[a] = 1;
            double dx =
                    24
                            * (axis[0] * ISOMETRIC.right()[0]
                                    + axis[1] * ISOMETRIC.right()[1]
                                    + axis[2] * ISOMETRIC.right()[2]);
            double dy =
                    -24
                            * (axis[0] * ISOMETRIC.up()[0]
                                    + axis[1] * ISOMETRIC.up()[1]
                                    + axis[2] * ISOMETRIC.up()[2]);
            svg.append("<line x1=\"")
                    .append(number(x))
                    .append("\" y1=\"")
                    .append(number(y))
                    .append("\" x2=\"")
                    .append(number(round(x + dx)))
                    .append("\" y2=\"")
                    .append(number(round(y + dy)))
                    .append("\" stroke=\"")
                    .append(colours[a])
                    .append("\"/><text x=\"")
                    .append(number(round(x + dx * 1.3 - 3)))
                    .append("\" y=\"")
                    .append(number(round(y + dy * 1.3 + 4)))
                    .append("\" fill=\"")
                    .append(colours[a])
                    .append("\" stroke=\"none\">")
                    .append(names[a])
                    .append("</text>");
        }
        svg.append("</g>");
    }

    /** The triangles of an STL file, nine coordinates each. */
    static double[] triangles(byte[] stl) {
        if (stl == null || stl.length == 0) {
            throw new IllegalArgumentException("the file is empty");
        }
        if (stl.length >= 84) {
            long announced =
                    Integer.toUnsignedLong(
                            ByteBuffer.wrap(stl, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
            if (84 + 50 * announced == stl.length) {
                return binary(stl, (int) Math.min(announced, MAX_TRIANGLES + 1L));
            }
        }
        return ascii(new String(stl, StandardCharsets.ISO_8859_1));
    }

    private static double[] binary(byte[] stl, int count) {
        ByteBuffer in = ByteBuffer.wrap(stl).order(ByteOrder.LITTLE_ENDIAN);
        double[] t = new double[count * 9];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < 9; k++) {
                t[i * 9 + k] = in.getFloat(84 + 50 * i + 12 + 4 * k);
            }
        }
        return finite(t);
    }

    /**
     * The vertices of an ASCII STL, three to a facet; everything else (normals, loops, names) is
     * skipped.
     */
    private static double[] ascii(String text) {
        if (!text.stripLeading().startsWith("solid")) {
            throw new IllegalArgumentException(
                    "it is neither a binary STL nor an ASCII one (no 'solid')");
        }
        String[] tokens = text.trim().split("\\s+");
        var values = new double[Math.min(tokens.length, (MAX_TRIANGLES + 1) * 9)];
        int n = 0;
        for (int i = 0; i + 3 < tokens.length && n + 3 <= values.length; i++) {
            if (tokens[i].equals("vertex")) {
                try {
                    for (int k = 1; k <= 3; k++) {
                        values[n++] = Double.parseDouble(tokens[i + k]);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "a vertex coordinate is not a number: " + e.getMessage());
                }
                i += 3;
            }
        }
        if (n % 9 != 0) {
            throw new IllegalArgumentException("the number of vertices is not a multiple of three");
        }
        return finite(Arrays.copyOf(values, n));
    }

    private static double[] finite(double[] t) {
        for (double v : t) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a vertex coordinate is not a finite number");
            }
        }
        return t;
    }

    /** Positive when the faces are wound counter-clockwise seen from outside, as STL prescribes. */
    static double signedVolume(double[] t) {
        double volume = 0;
        for (int i = 0; i < t.length; i += 9) {
            volume +=
                    t[i] * (t[i + 4] * t[i + 8] - t[i + 5] * t[i + 7])
                            - t[i + 1] * (t[i + 3] * t[i + 8] - t[i + 5] * t[i + 6])
                            + t[i + 2] * (t[i + 3] * t[i + 7] - t[i + 4] * t[i + 6]);
        }
        return volume / 6;
    }

    private static double[] normal(double[] t, int i) {
        int a = i * 9;
        double ux = t[a + 3] - t[a], uy = t[a + 4] - t[a + 1], uz = t[a + 5] - t[a + 2];
        double vx = t[a + 6] - t[a], vy = t[a + 7] - t[a + 1], vz = t[a + 8] - t[a + 2];
        return new double[] {uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
    }

    private static double dot(double[] t, int at, double[] direction) {
        return t[at] * direction[0] + t[at + 1] * direction[1] + t[at + 2] * direction[2];
    }

    private static double[] unit(double x, double y, double z) {
        double length = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / length, y / length, z / length};
    }

    /** Shades in 64 steps, so that neighbouring faces of a curved surface share a colour string. */
    private static String colour(double shade) {
        double step = Math.round(shade * 64) / 64.0;
        return String.format(
                Locale.ROOT,
                "#%02x%02x%02x",
                channel(BASE_COLOUR[0] * step * 1.35),
                channel(BASE_COLOUR[1] * step * 1.35),
                channel(BASE_COLOUR[2] * step * 1.35));
    }

    private static int channel(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String number(double value) {
        long whole = Math.round(value * 10);
        return whole % 10 == 0
                ? Long.toString(whole / 10)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String notice(String title, String text) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"shape\" viewBox=\"0 0 600 60\" role=\"img\" aria-label=\""
                + escape(title)
                + "\"><title>"
                + escape(title)
                + "</title><text x=\"10\" y=\"34\" font-family=\"sans-serif\""
                + " font-size=\"14\" fill=\"#b42318\">"
                + escape(text)
                + "</text></svg>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
