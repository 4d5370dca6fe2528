package org.implantdhr.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    enum Material {
        POLYESTER,
        PTFE
    }

    record Measured(BigDecimal value, String unit) {}

    record Lot(
            String supplier,
            Boolean sterile,
            boolean sealed,
            Material material,
            LocalDate expiryDate,
            Integer count,
            Measured mass,
            List<Measured> more,
            Map<String, Measured> chemistry) {}

    @Test
    void aWellTypedBodyPasses() {
        JsonShape.check(
                json(
                        """
                {"supplier":"S","sterile":true,"sealed":false,"material":"PTFE","expiryDate":"2027-01-31","count":3,
                 "mass":{"value":41.25,"unit":"g"},"more":[{"value":1e2,"unit":"g"}],"chemistry":{"O":{"value":0.13}},
                 "unknown":"ignored"}"""),
                Lot.class);
        JsonShape.check(json("{\"sterile\":null}"), Lot.class);
    }

    @Test
    void booleansAreTrueOrFalseOnly() {
        for (String sent : List.of("\"yes\"", "\"1\"", "1", "\"true\"")) {
            assertThatThrownBy(() -> JsonShape.check(json("{\"sterile\":" + sent + "}"), Lot.class))
                    .isInstanceOfSatisfying(
                            InvalidJsonException.class,
                            e ->
                                    assertThat(e.errors())
                                            .singleElement()
                                            .satisfies(
                                                    error -> {
                                                        assertThat(error.location())
                                                                .isEqualTo("sterile");
                                                        assertThat(error.message())
                                                                .contains("true or false");
                                                    }));
        }
    }

    @Test
    void anUnknownEnumNamesTheAllowedValues() {
        assertThatThrownBy(() -> JsonShape.check(json("{\"material\":\"NYLON\"}"), Lot.class))
                .isInstanceOfSatisfying(
                        InvalidJsonException.class,
                        e ->
                                assertThat(e.errors().get(0))
                                        .isEqualTo(
                                                new Problem.Error(
                                                        "material",
                                                        "\"NYLON\" must be one of [POLYESTER, PTFE]")));
    }

    @Test
    void hugeNumbersAreRefusedWithABoundedEcho() {
        String forty = "1234567890".repeat(4);
        for (String sent : List.of("1e999999999", "1e400", forty, "1e-400", "0." + forty)) {
            assertThatThrownBy(
                            () ->
                                    JsonShape.check(
                                            json("{\"more\":[{},{\"value\":" + sent + "}]}"),
                                            Lot.class))
                    .isInstanceOfSatisfying(
                            InvalidJsonException.class,
                            e -> {
                                assertThat(e.errors())
                                        .singleElement()
                                        .satisfies(
                                                error -> {
                                                    assertThat(error.location())
                                                            .isEqualTo("more[1].value");
                                                    assertThat(error.message())
                                                            .hasSizeLessThan(200);
                                                });
                            });
        }
        assertThatThrownBy(() -> JsonShape.check(json("{\"count\":1.5}"), Lot.class))
                .isInstanceOfSatisfying(
                        InvalidJsonException.class,
                        e -> assertThat(e.errors().get(0).message()).contains("whole number"));
    }

    @Test
    void datesAndNestedShapesAreChecked() {
        assertThatThrownBy(
                        () ->
                                JsonShape.check(
                                        json(
                                                """
                {"expiryDate":"31.01.2027","mass":"41 g","chemistry":{"O":{"value":"0.13"}},"supplier":{}}"""),
                                        Lot.class))
                .isInstanceOfSatisfying(
                        InvalidJsonException.class,
                        e ->
                                assertThat(e.errors())
                                        .extracting(Problem.Error::location)
                                        .containsExactly(
                                                "supplier",
                                                "expiryDate",
                                                "mass",
                                                "chemistry.O.value"));
    }

    @Test
    void theEchoIsBounded() {
        assertThat(JsonShape.echo("x".repeat(100_000))).hasSize(41).endsWith("…");
    }

    private static jakarta.json.JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
