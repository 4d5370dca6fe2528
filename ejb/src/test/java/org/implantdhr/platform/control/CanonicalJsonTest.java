package org.implantdhr.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedSoThatInsertionOrderDoesNotChangeTheBytes() {
        var a = new LinkedHashMap<String, Object>();
        a.put("b", 1);
        a.put("a", "x");
        var b = new LinkedHashMap<String, Object>();
        b.put("a", "x");
        b.put("b", 1);
        assertThat(CanonicalJson.of(a))
                .isEqualTo(CanonicalJson.of(b))
                .isEqualTo("{\"a\":\"x\",\"b\":1}");
    }

    @Test
    void numbersKeepTheirReportedDecimalsInPlainNotation() {
        assertThat(
                        CanonicalJson.of(
                                List.of(new BigDecimal("0.130"), new BigDecimal("1E-5"), 2.5, 7L)))
                .isEqualTo("[0.130,0.00001,2.5,7]");
    }

    @Test
    void stringsAreEscapedAndDatesAreIso() {
        assertThat(
                        CanonicalJson.of(
                                Map.of("s", "a\"b\\c\nd\u0001", "d", LocalDate.of(2026, 11, 26))))
                .isEqualTo("{\"d\":\"2026-11-26\",\"s\":\"a\\\"b\\\\c\\nd\\u0001\"}");
    }

    @Test
    void nullsAndNestedStructures() {
        var nested = new LinkedHashMap<String, Object>();
        nested.put("z", null);
        nested.put("list", Arrays.asList(true, null, Map.of("k", false)));
        assertThat(CanonicalJson.of(nested))
                .isEqualTo("{\"list\":[true,null,{\"k\":false}],\"z\":null}");
    }
}
