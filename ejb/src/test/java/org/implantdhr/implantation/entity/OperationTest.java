package org.implantdhr.implantation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.implantdhr.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The operation's own values, and the length of the hospital stay. */
class OperationTest {

    private static final Instant AT = Instant.parse("2026-03-10T08:30:00Z");

    private static Operation operation(
            int minutes, int ribs, SternumResection sternum, String length) {
        return new Operation(
                AT,
                minutes,
                1L,
                ribs,
                null,
                sternum,
                new BigDecimal(length),
                new BigDecimal("90"),
                LocalDate.parse("2026-03-09"));
    }

    @ParameterizedTest
    @CsvSource({
        "0,3,NONE,120,durationMinutes",
        "1441,3,NONE,120,durationMinutes",
        "180,-1,NONE,120,ribsResected",
        "180,25,NONE,120,ribsResected",
        "180,0,NONE,120,ribsResected",
        "180,3,NONE,0,defectLengthMm",
        "180,3,NONE,500.1,defectLengthMm",
        "180,3,NONE,120.25,defectLengthMm"
    })
    void valuesOffTheirRangeAreRefusedNamingTheField(
            int minutes, int ribs, SternumResection sternum, String length, String field) {
        assertThatThrownBy(() -> operation(minutes, ribs, sternum, length))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aSternalResectionWithoutRibsIsAChestWallResection() {
        assertThat(operation(180, 0, SternumResection.PARTIAL, "80.5").ribsResected()).isZero();
    }

    @Test
    void theStayIsCountedInDaysFromAdmissionToDischarge() {
        var implantation =
                new Implantation(
                        1L,
                        "CW-1",
                        2L,
                        "PT-0001",
                        "Hospital",
                        3L,
                        operation(180, 3, SternumResection.NONE, "120"),
                        "sam.surgeon",
                        AT);
        assertThat(implantation.lengthOfStayDays()).isNull();
        implantation.discharge(LocalDate.parse("2026-03-30"), implantation.operationDay());
        assertThat(implantation.lengthOfStayDays()).isEqualTo(21);
        assertThatThrownBy(
                        () ->
                                implantation.discharge(
                                        LocalDate.parse("2026-03-09"), implantation.operationDay()))
                .isInstanceOf(InvalidRequestException.class);
    }
}
