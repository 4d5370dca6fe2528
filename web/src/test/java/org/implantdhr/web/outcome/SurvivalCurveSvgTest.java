package org.implantdhr.web.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.implantdhr.outcome.control.KaplanMeier;
import org.implantdhr.outcome.control.SurvivalTime;
import org.implantdhr.web.platform.SvgDocument;
import org.junit.jupiter.api.Test;

class SurvivalCurveSvgTest {

    /** The research file's table in months, as days (1 month = 30 days here, for whole numbers). */
    private static final List<SurvivalTime> WORKED =
            List.of(
                    SurvivalTime.event(90),
                    SurvivalTime.censored(150),
                    SurvivalTime.event(210),
                    SurvivalTime.event(210),
                    SurvivalTime.censored(300),
                    SurvivalTime.event(360),
                    SurvivalTime.censored(450),
                    SurvivalTime.event(600));

    @Test
    void drawsTheStepsTheIntervalTheCensoredAndTheNumbersAtRiskInWellFormedSvg() {
        var svg =
                SvgDocument.parse(
                        new SurvivalCurveSvg("km-0", "DFS", KaplanMeier.estimate(WORKED)).render());

        assertThat(svg.byId("km-0-estimate").getAttribute("class")).isEqualTo("km-estimate");
        // one corner per event time (3, 7, 12, 20 months) after the start: 5 corners, 10 points
        assertThat(SvgDocument.points(svg.byId("km-0-estimate"))).isEqualTo(10);
        assertThat(svg.withClass("circle", "km-event")).hasSize(4);
        assertThat(svg.withClass("line", "km-censored")).hasSize(3);
        assertThat(svg.withClass("line", "km-censored").get(0).getTextContent())
                .isEqualTo("day 150: 1 censored");
        // intervals where the estimate is neither 1 nor 0: after the first three event times
        assertThat(svg.withClass("line", "ci-lower")).hasSize(3);
        assertThat(svg.withClass("line", "ci-upper")).hasSize(3);
        // at risk at 0, 6, 12, 18, 24 months (days 0, 182, 365, 547, 730)
        assertThat(svg.withClass("text", "km-at-risk"))
                .extracting(e -> e.getTextContent())
                .containsExactly("8", "6", "2", "1", "0");
        assertThat(svg.root().getTextContent()).contains("disease-free at 24 months 0.0 %");
    }

    @Test
    void saysSoWhenThereAreNoPatients() {
        var svg =
                SvgDocument.parse(
                        new SurvivalCurveSvg("km-1", "DFS", KaplanMeier.estimate(List.of()))
                                .render());
        assertThat(svg.byId("km-1-empty").getTextContent()).isEqualTo("No implanted patients yet.");
        assertThat(svg.withClass("polyline", "km-estimate")).isEmpty();
    }
}
