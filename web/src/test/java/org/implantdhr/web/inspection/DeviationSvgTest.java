package org.implantdhr.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.implantdhr.web.platform.SvgDocument;
import org.junit.jupiter.api.Test;

class DeviationSvgTest {

    private static final List<DeviationSvg.Row> ROWS =
            List.of(
                    new DeviationSvg.Row(
                            "FIT-SURFACE-ANTERIOR",
                            "FIT_SURFACE",
                            0,
                            -0.5,
                            0.5,
                            0.18,
                            "PASS",
                            false),
                    new DeviationSvg.Row(
                            "HOLE-1-DIA", "HOLE_DIAMETER", 3.5, -0.1, 0.1, 3.52, "PASS", true),
                    new DeviationSvg.Row(
                            "HOLE-2-DIA", "HOLE_DIAMETER", 3.5, -0.1, 0.1, 3.75, "FAIL", true),
                    new DeviationSvg.Row(
                            "MIN-WALL", "WALL_THICKNESS", 3.0, -0.3, null, 2.9, "PASS", false));

    @Test
    void oneRowPerCharacteristicWithItsBandAndMeasuredDeviation() {
        var svg = SvgDocument.parse(new DeviationSvg(ROWS).render());

        assertThat(svg.withClass("g", "characteristic"))
                .extracting(g -> g.getAttribute("data-name"))
                .containsExactly("FIT-SURFACE-ANTERIOR", "HOLE-1-DIA", "HOLE-2-DIA", "MIN-WALL");
        assertThat(svg.withClass("rect", "tolerance")).hasSize(4);
        assertThat(svg.withClass("circle", "measured")).hasSize(4);
    }

    @Test
    void theFailingCharacteristicIsRedAndTheCriticalOnesAreHighlighted() {
        var svg = SvgDocument.parse(new DeviationSvg(ROWS).render());

        assertThat(svg.withClass("g", "fail"))
                .extracting(g -> g.getAttribute("data-name"))
                .containsExactly("HOLE-2-DIA");
        assertThat(svg.withClass("g", "critical"))
                .extracting(g -> g.getAttribute("data-name"))
                .containsExactly("HOLE-1-DIA", "HOLE-2-DIA");
        assertThat(svg.withClass("g", "fail").get(0).getTextContent())
                .contains("deviation 0.25 mm", "FAIL", "critical");
    }

    @Test
    void noCharacteristicsSaysSo() {
        assertThat(SvgDocument.parse(new DeviationSvg(List.of()).render()).byId("deviations-empty"))
                .isNotNull();
    }
}
