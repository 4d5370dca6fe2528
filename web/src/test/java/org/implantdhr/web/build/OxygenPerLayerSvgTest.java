package org.implantdhr.web.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.implantdhr.web.platform.SvgDocument;
import org.junit.jupiter.api.Test;

class OxygenPerLayerSvgTest {

    /**
     * 3,000 layers, ten readings each, 6 s apart, about 300 ppm; an excursion of 120 s at layer
     * 1200.
     */
    private static OxygenPerLayerSvg log(boolean excursion) {
        int n = 30_000;
        int[] layers = new int[n];
        long[] t = new long[n];
        double[] o2 = new double[n];
        for (int i = 0; i < n; i++) {
            layers[i] = 1 + i / 10;
            t[i] = 1_700_000_000L + 6L * i;
            o2[i] = 300 + 50 * Math.sin(i / 100.0);
        }
        if (excursion) {
            for (int i = 11_995; i < 12_015; i++) {
                o2[i] = 1_450;
            }
        }
        return new OxygenPerLayerSvg(layers, t, o2, 1_000, 2_000.0, 60L);
    }

    @Test
    void drawsTheLimitLinesAndATraceOfAFewThousandPointsAtMost() {
        var svg = SvgDocument.parse(log(false).render());

        assertThat(svg.byId("oxygen-threshold")).isNotNull();
        assertThat(svg.byId("oxygen-limit")).isNotNull();
        assertThat(svg.withClass("polyline", "trace")).hasSize(1);
        assertThat(SvgDocument.points(svg.withClass("polyline", "trace").get(0)))
                .isBetween(100, 1_000);
        assertThat(svg.withClass("rect", "excursion")).isEmpty();
    }

    @Test
    void anExcursionIsMarkedOverItsLayersWithItsDuration() {
        var plot = log(true);
        var svg = SvgDocument.parse(plot.render());

        assertThat(plot.excursions())
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.firstLayer()).isEqualTo(1200);
                            assertThat(e.lastLayer()).isEqualTo(1202);
                            assertThat(e.seconds()).isEqualTo(120);
                        });
        assertThat(svg.withClass("rect", "excursion"))
                .singleElement()
                .satisfies(
                        rect -> {
                            assertThat(rect.getAttribute("class")).contains("too-long");
                            assertThat(rect.getTextContent())
                                    .contains("120 s", "1200–1202", "1450 ppm");
                        });
    }

    @Test
    void anEmptyLogSaysSo() {
        var svg =
                SvgDocument.parse(
                        new OxygenPerLayerSvg(
                                        new int[0], new long[0], new double[0], 1_000, null, null)
                                .render());

        assertThat(svg.byId("oxygen-empty")).isNotNull();
    }
}
