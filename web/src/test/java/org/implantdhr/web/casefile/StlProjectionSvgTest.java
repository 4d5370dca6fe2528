package org.implantdhr.web.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.implantdhr.casefile.control.StlWriter;
import org.junit.jupiter.api.Test;

class StlProjectionSvgTest {

    /**
     * A closed cube of the given edge, faces counter-clockwise seen from outside (as the casefile
     * ITs use).
     */
    static double[] cube(double s) {
        return new double[] {
            0, 0, 0, 0, s, 0, s, s, 0, 0, 0, 0, s, s, 0, s, 0, 0, 0, 0, s, s, 0, s, s, s, s, 0, 0,
            s, s, s, s, 0, s, s, 0, 0, 0, s, 0, 0, s, 0, s, 0, 0, 0, s, 0, s, 0, 0, s, 0, s, 0, 0,
            s, s, s, s, s, 0, s, 0, s, s, s, s, s, 0, 0, 0, 0, 0, 0, s, 0, s, s, 0, 0, 0, 0, s, s,
            0, s, 0, s, 0, 0, s, s, 0, s, s, s, s, 0, 0, s, s, s, s, 0, s
        };
    }

    @Test
    void binaryAndAsciiFilesOfOneMeshGiveTheSamePicture() {
        String binary = StlProjectionSvg.render(StlWriter.binary("cube", cube(10)), "Design V1");
        String ascii = StlProjectionSvg.render(StlWriter.ascii("cube", cube(10)), "Design V1");

        assertThat(binary).isEqualTo(ascii).startsWith("<svg").endsWith("</svg>");
    }

    @Test
    void aCubeShowsThreeFacesIsometricallyAndOneFacePerOrthographicView() {
        String svg = StlProjectionSvg.render(StlWriter.binary("cube", cube(10)), "cube");

        // isometric: 3 faces × 2 triangles; front, side and top: 1 face × 2 triangles each
        assertThat(paths(svg)).isEqualTo(6 + 2 + 2 + 2);
        assertThat(svg)
                .contains(
                        "<title>cube</title>",
                        ">isometric<",
                        ">front (X–Z)<",
                        ">side (Y–Z)<",
                        ">top (X–Y)<");
    }

    @Test
    void thePictureIsWellFormedXmlThatAPageCanEmbed() throws Exception {
        String svg =
                StlProjectionSvg.render(StlWriter.binary("cube", cube(10)), "Case <A&B> \"V1\"");

        var document =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Case <A&B> \"V1\"");
    }

    @Test
    void facesAreDrawnBackToFrontSoThatTheNearestIsPaintedLast() {
        // two cubes, the second 46 mm farther from the viewer at (1, −1, 1) and a little to the
        // left and below
        double[] near = cube(10);
        double[] far = cube(10);
        for (int i = 0; i < far.length; i += 3) {
            far[i] -= 30;
            far[i + 1] += 20;
            far[i + 2] -= 30;
        }
        double[] nearFirst = concat(near, far);
        double[] farFirst = concat(far, near);

        var picture = new StringBuilder();
        StlProjectionSvg.view(picture, nearFirst, true, StlProjectionSvg.ISOMETRIC, 0, 0, 400, 400);
        var other = new StringBuilder();
        StlProjectionSvg.view(other, farFirst, true, StlProjectionSvg.ISOMETRIC, 0, 0, 400, 400);

        assertThat(picture.toString())
                .as("the order in the file does not matter")
                .isEqualTo(other.toString());
        // three faces of each cube face the viewer: the six triangles painted first are the far
        // cube's (left)
        double[] meanX = new double[2];
        var paths =
                Pattern.compile("<path d=\"M([0-9.]+) [0-9.]+L([0-9.]+) [0-9.]+L([0-9.]+) ")
                        .matcher(picture);
        int n = 0;
        while (paths.find()) {
            meanX[n / 6] +=
                    (Double.parseDouble(paths.group(1))
                                    + Double.parseDouble(paths.group(2))
                                    + Double.parseDouble(paths.group(3)))
                            / 18;
            n++;
        }
        assertThat(n).isEqualTo(12);
        assertThat(meanX[0]).as("far cube first").isLessThan(meanX[1]);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] both = new double[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void aMeshWoundTheOtherWayIsStillSeenFromOutside() {
        double[] inside = cube(10);
        for (int i = 0;
                i < inside.length;
                i += 9) { // swap the second and third vertex of each triangle
            for (int k = 0; k < 3; k++) {
                double v = inside[i + 3 + k];
                inside[i + 3 + k] = inside[i + 6 + k];
                inside[i + 6 + k] = v;
            }
        }
        assertThat(StlProjectionSvg.signedVolume(inside)).isNegative();

        assertThat(paths(StlProjectionSvg.render(StlWriter.binary("cube", inside), "cube")))
                .isEqualTo(12);
    }

    @Test
    void aFileThatCannotBeReadGivesANoticeInsteadOfAPicture() {
        assertThat(StlProjectionSvg.render(new byte[0], "V1"))
                .contains("cannot be drawn")
                .contains("empty");
        assertThat(StlProjectionSvg.render("not an stl".getBytes(StandardCharsets.US_ASCII), "V1"))
                .contains("cannot be drawn");
        assertThat(
                        StlProjectionSvg.render(
                                "solid x\nendsolid x\n".getBytes(StandardCharsets.US_ASCII), "V1"))
                .contains("no triangles");
        assertThat(
                        StlProjectionSvg.render(
                                "solid x facet normal 0 0 0 outer loop vertex 1 2 x"
                                        .getBytes(StandardCharsets.US_ASCII),
                                "V1"))
                .contains("not a number");
    }

    @Test
    void aMeshTooLargeForAPageIsNotDrawn() {
        int count = StlProjectionSvg.MAX_TRIANGLES + 1;
        double[] many = new double[count * 9];
        for (int i = 0; i < count; i++) {
            many[i * 9 + 3] = 1;
            many[i * 9 + 7] = 1;
            many[i * 9 + 2] = i;
        }
        assertThat(StlProjectionSvg.render(StlWriter.binary("many", many), "V1"))
                .contains("not drawn here")
                .doesNotContain("<path");
    }

    private static int paths(String svg) {
        return svg.split("<path ", -1).length - 1;
    }
}
