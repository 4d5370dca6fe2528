package org.implantdhr.web.heattreatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.implantdhr.web.platform.SvgDocument;
import org.junit.jupiter.api.Test;

class FurnaceCurveSvgTest {

    /**
     * 30,000 samples a second apart: ramp to 800 °C, soak, cool; one thermocouple optionally
     * overshooting.
     */
    private static FurnaceCurveSvg chart(double overshootTo) {
        int n = 30_000;
        long[] t = new long[n];
        double[][] load = new double[3][n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_700_000_000L + i;
            double base =
                    i < 8_000
                            ? 20 + 780.0 * i / 8_000
                            : i < 24_000 ? 800 : 800 - 700.0 * (i - 24_000) / 6_000;
            for (int tc = 0; tc < 3; tc++) {
                load[tc][i] = base + tc - 1 + Math.sin(i / 50.0);
            }
        }
        if (overshootTo > 0) {
            for (int i = 9_000; i < 9_100; i++) {
                load[1][i] = overshootTo;
            }
        }
        return new FurnaceCurveSvg(
                List.of("TC1", "TC2", "TC3"), t, load, 790, 810, 810, t[8_100], t[23_900]);
    }

    @Test
    void drawsEveryThermocoupleTheBandAndTheSoakWindowInWellFormedSvg() {
        var svg = SvgDocument.parse(chart(0).render());

        assertThat(svg.root().getLocalName()).isEqualTo("svg");
        assertThat(svg.withClass("polyline", "trace"))
                .extracting(e -> e.getAttribute("data-thermocouple"))
                .containsExactly("TC1", "TC2", "TC3");
        assertThat(svg.byId("furnace-band")).isNotNull();
        assertThat(svg.byId("furnace-zoom-band")).as("the panel close to the band").isNotNull();
        assertThat(svg.withClass("use", "traces-zoomed"))
                .singleElement()
                .satisfies(
                        use -> assertThat(use.getAttribute("href")).isEqualTo("#furnace-traces"));
        assertThat(svg.byId("furnace-soak")).isNotNull();
        assertThat(svg.byId("furnace-soak").getTextContent()).contains("263 min");
        assertThat(svg.byId("furnace-peak").getAttribute("class")).isEqualTo("peak");
        assertThat(svg.withClass("rect", "overshoot-span")).isEmpty();
    }

    @Test
    void longTracesAreDownsampledToAFewThousandPoints() {
        String rendered = chart(0).render();
        var svg = SvgDocument.parse(rendered);

        int points =
                svg.withClass("polyline", "trace").stream().mapToInt(SvgDocument::points).sum();
        assertThat(points).isBetween(1_000, 3_000);
        assertThat(rendered.length())
                .as("characters of SVG for 90,000 readings")
                .isLessThan(60_000);
    }

    @Test
    void anOvershootIsMarkedWithItsStretchAboveTheLimit() {
        var svg = SvgDocument.parse(chart(835).render());

        assertThat(svg.byId("furnace-peak").getAttribute("class")).isEqualTo("peak overshoot");
        assertThat(svg.byId("furnace-peak").getTextContent()).contains("835", "TC2");
        assertThat(svg.withClass("rect", "overshoot-span")).hasSize(1);
    }

    @Test
    void aChartWithoutSoakHasNoSoakWindowAndNamesAreEscaped() {
        long[] t = {0, 60, 120};
        double[][] load = {{20, 500, 700}};
        var svg =
                SvgDocument.parse(
                        new FurnaceCurveSvg(List.of("TC<1>&"), t, load, 790, 810, 810, null, null)
                                .render());

        assertThat(svg.byId("furnace-soak")).isNull();
        assertThat(svg.withClass("polyline", "trace").get(0).getAttribute("data-thermocouple"))
                .isEqualTo("TC<1>&");
    }
}
