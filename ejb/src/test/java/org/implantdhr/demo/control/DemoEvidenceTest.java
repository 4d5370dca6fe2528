package org.implantdhr.demo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.implantdhr.build.control.BuildLogParser;
import org.implantdhr.casefile.control.DesignUnit;
import org.implantdhr.casefile.control.StlParser;
import org.implantdhr.heattreatment.control.FurnaceChartParser;
import org.implantdhr.inspection.control.CharacteristicStatus;
import org.implantdhr.inspection.control.CmmResultsCsvParser;
import org.implantdhr.inspection.control.QifResultsParser;
import org.junit.jupiter.api.Test;

/**
 * The demo files are real files: they pass the same parsers as any upload and say what the demo
 * needs.
 */
class DemoEvidenceTest {

    private static final Instant START = Instant.parse("2026-11-02T06:00:00Z");

    @Test
    void thePlateIsAClosedShellWithTheVolumeOfItsGeometry() {
        var mesh =
                new StlParser()
                        .parse(
                                DemoEvidence.chestWallPlateStl(150, 3, 60, 120),
                                DesignUnit.MILLIMETRE);
        double exact = (Math.pow(153, 2) - Math.pow(150, 2)) / 2 * Math.toRadians(60) * 120;
        assertThat(mesh.closed()).isTrue();
        assertThat(mesh.volumeMm3().doubleValue()).isCloseTo(exact, within(exact * 0.01));
        assertThat(mesh.maxOuterDimensionMm()).isLessThan(300);
    }

    @Test
    void theLayerLogParsesWithEveryLayerAndTheExcursionIsAbove1000ppm() {
        var log = new DemoEvidence(1).buildLog(START, 3200, 1800, 6, 900);
        var parsed = new BuildLogParser().parse(DemoEvidence.csv(log));
        assertThat(parsed.rowCount()).isEqualTo(3200);
        assertThat(parsed.o2Ppm(1799)).isGreaterThan(1000);
        assertThat(parsed.o2Ppm(1805)).isLessThan(1000);
        assertThat(parsed.events()).hasSize(2);
    }

    @Test
    void theFurnaceChartHasSixLoadThermocouplesEveryTenSecondsAndTheDipLeavesTheBand() {
        var chart = new DemoEvidence(2).furnaceChart(START, 150, true);
        var parsed = new FurnaceChartParser().parse(DemoEvidence.csv(chart));
        assertThat(parsed.thermocoupleCount()).isEqualTo(7);
        assertThat(parsed.epochMilli(1) - parsed.epochMilli(0)).isEqualTo(10_000);
        double min = Double.MAX_VALUE;
        for (double t : parsed.temperaturesC(3)) {
            if (t > 700 && t < min) {
                min = t;
            }
        }
        assertThat(min).isLessThan(790);
        assertThat(parsed.atmosphere()).isPresent();
    }

    @Test
    void theInspectionReportReadsTheSameAsCsvAndAsQif() {
        var results = new DemoEvidence(3).inspection(true);
        var fromCsv = new CmmResultsCsvParser().parse(DemoEvidence.csv(results));
        var fromQif = new QifResultsParser().parse(DemoEvidence.qif(results));
        assertThat(fromCsv.characteristics()).hasSize(11);
        assertThat(fromQif.characteristics()).hasSize(11);
        assertThat(fromCsv.find("HOLE-2-DIA").orElseThrow().status())
                .isEqualTo(CharacteristicStatus.FAIL);
        assertThat(fromQif.find("HOLE-2-DIA").orElseThrow().status())
                .isEqualTo(CharacteristicStatus.FAIL);
    }
}
