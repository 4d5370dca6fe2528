package org.implantdhr.build.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.build.entity.PlatePosition;
import org.implantdhr.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlateLayoutTest {

    private static final BigDecimal PLATE = new BigDecimal("250");

    private static PlatePosition at(String x, String y, String label) {
        return new PlatePosition(
                x == null ? null : new BigDecimal(x), y == null ? null : new BigDecimal(y), label);
    }

    private static InvalidRequestException refused(
            List<String> placed, Map<String, PlatePosition> positions) {
        return catchThrowableOfType(
                InvalidRequestException.class,
                () -> PlateLayout.check(placed, positions, PLATE, PLATE));
    }

    @Test
    void partsInsideThePlateAtDifferentPointsAreAccepted() {
        assertThatCode(
                        () ->
                                PlateLayout.check(
                                        List.of("CW-1", "CW-2"),
                                        Map.of(
                                                "CW-1", at("45.0", "82.5", "P1"),
                                                "CW-2", at("125.125", "82.5", null)),
                                        PLATE,
                                        PLATE))
                .doesNotThrowAnyException();
    }

    @Test
    void theEdgesOfThePlateAreOnIt() {
        assertThatCode(
                        () ->
                                PlateLayout.check(
                                        List.of("CW-1", "CW-2"),
                                        Map.of(
                                                "CW-1",
                                                at("0", "0", null),
                                                "CW-2",
                                                at("250.000", "250", null)),
                                        PLATE,
                                        PLATE))
                .doesNotThrowAnyException();
    }

    @Test
    void aBuildWithoutImplantsNeedsNoPosition() {
        assertThatCode(() -> PlateLayout.check(List.of(), Map.of(), PLATE, PLATE))
                .doesNotThrowAnyException();
    }

    @Test
    void aPlacedImplantWithoutPositionIsNamed() {
        var e = refused(List.of("CW-1", "CW-2"), Map.of("CW-1", at("10", "10", null)));
        assertThat(e.field()).isEqualTo("platePositions.CW-2");
        assertThat(e.getMessage()).contains("CW-2");
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "null, 10, platePositions.CW-1.x",
                "10, null, platePositions.CW-1.y",
                "-0.001, 10, platePositions.CW-1.x",
                "10, -5, platePositions.CW-1.y",
                "250.001, 10, platePositions.CW-1.x",
                "10, 260, platePositions.CW-1.y",
                "45.0001, 10, platePositions.CW-1.x",
                "10, 82.12345, platePositions.CW-1.y",
                "10000, 10, platePositions.CW-1.x"
            })
    void aMissingNegativeOffPlateOrOverPreciseCoordinateIsNamed(String x, String y, String field) {
        var e = refused(List.of("CW-1"), Map.of("CW-1", at(x, y, null)));
        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo(field);
    }

    @Test
    void tooManyDecimalsAreRefusedNotRounded() {
        var e = refused(List.of("CW-1"), Map.of("CW-1", at("45.0005", "10", null)));
        assertThat(e.getMessage()).contains("45.0005").contains("decimal places");
    }

    @Test
    void trailingZerosAreNotDecimalsOfPrecision() {
        assertThatCode(
                        () ->
                                PlateLayout.check(
                                        List.of("CW-1"),
                                        Map.of("CW-1", at("45.000000", "82.50000", null)),
                                        PLATE,
                                        PLATE))
                .doesNotThrowAnyException();
    }

    @Test
    void twoPartsAtTheSamePointAreRefusedWhateverTheirZeros() {
        var positions = new LinkedHashMap<String, PlatePosition>();
        positions.put("CW-1", at("45.0", "82.5", "P1"));
        positions.put("CW-2", at("45", "82.500", "P2"));
        var e = refused(List.of("CW-1", "CW-2"), positions);
        assertThat(e.field()).isEqualTo("platePositions.CW-2");
        assertThat(e.getMessage()).contains("CW-1").contains("same position");
    }

    @Test
    void twoPartsWithTheSameLabelAreRefused() {
        var e =
                refused(
                        List.of("CW-1", "CW-2"),
                        Map.of("CW-1", at("10", "10", "P1"), "CW-2", at("60", "10", "P1")));
        assertThat(e.field()).endsWith(".label");
        assertThat(e.getMessage()).contains("P1");
    }

    @Test
    void aBlankOrLongLabelIsRefused() {
        assertThat(refused(List.of("CW-1"), Map.of("CW-1", at("1", "1", " "))).field())
                .isEqualTo("platePositions.CW-1.label");
        assertThat(refused(List.of("CW-1"), Map.of("CW-1", at("1", "1", "L".repeat(41)))).field())
                .isEqualTo("platePositions.CW-1.label");
    }

    @Test
    void aPositionForAnImplantNotPlacedIsRefused() {
        var e =
                refused(
                        List.of("CW-1"),
                        Map.of("CW-1", at("10", "10", null), "CW-9", at("60", "10", null)));
        assertThat(e.field()).isEqualTo("platePositions.CW-9");
    }

    @Test
    void withoutARecordedPlateSizeOnlyTheOriginAndTheColumnBound() {
        assertThatCode(
                        () ->
                                PlateLayout.check(
                                        List.of("CW-1"),
                                        Map.of("CW-1", at("400", "300", null)),
                                        null,
                                        null))
                .doesNotThrowAnyException();
        var e =
                catchThrowableOfType(
                        InvalidRequestException.class,
                        () ->
                                PlateLayout.check(
                                        List.of("CW-1"),
                                        Map.of("CW-1", at("-1", "300", null)),
                                        null,
                                        null));
        assertThat(e.field()).isEqualTo("platePositions.CW-1.x");
    }

    @Test
    void thePositionReadsExactlyAsRecorded() {
        assertThat(at("45.000", "82.500", "P3").text()).isEqualTo("x 45.0 mm, y 82.5 mm (P3)");
        assertThat(at("125.125", "7", null).text()).isEqualTo("x 125.125 mm, y 7.0 mm");
        assertThat(PlatePosition.text(null, null, null)).isEqualTo("not recorded");
    }
}
