package org.implantdhr.implant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.implantdhr.implant.entity.ImplantStatus.EVALUATED;
import static org.implantdhr.implant.entity.ImplantStatus.EXPLANTED;
import static org.implantdhr.implant.entity.ImplantStatus.IMPLANTED;
import static org.implantdhr.implant.entity.ImplantStatus.IN_PROCESS;
import static org.implantdhr.implant.entity.ImplantStatus.READY_FOR_REVIEW;
import static org.implantdhr.implant.entity.ImplantStatus.RECALLED;
import static org.implantdhr.implant.entity.ImplantStatus.REJECTED;
import static org.implantdhr.implant.entity.ImplantStatus.RELEASED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The implant's lifecycle: every allowed status change, and that the others are refused as
 * conflicts.
 */
class ImplantStatusTest {

    /**
     * Every allowed change, written out by hand (and who makes it), so that a change to the table
     * shows here.
     */
    private static final Map<ImplantStatus, Set<ImplantStatus>> ALLOWED =
            Map.of(
                    // evaluation, QA rejection or scrap, recall
                    IN_PROCESS, EnumSet.of(EVALUATED, REJECTED, RECALLED),
                    READY_FOR_REVIEW, EnumSet.of(EVALUATED, REJECTED, RECALLED),
                    // evaluation again, release, QA rejection or scrap, recall
                    EVALUATED, EnumSet.of(EVALUATED, RELEASED, REJECTED, RECALLED),
                    // recall, scrap, the operation
                    RELEASED, EnumSet.of(RECALLED, REJECTED, IMPLANTED),
                    // scrap
                    REJECTED, EnumSet.of(REJECTED),
                    RECALLED, EnumSet.of(REJECTED),
                    // explant or revision
                    IMPLANTED, EnumSet.of(EXPLANTED),
                    EXPLANTED, EnumSet.noneOf(ImplantStatus.class));

    @Test
    void theTableAllowsExactlyTheListedChanges() {
        for (ImplantStatus from : ImplantStatus.values()) {
            assertThat(from.next()).as("after %s", from).isEqualTo(ALLOWED.get(from));
            for (ImplantStatus to : ImplantStatus.values()) {
                assertThat(from.mayMoveTo(to))
                        .as("%s -> %s", from, to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void anImplantTakesEveryAllowedChange() {
        List<String> taken = new ArrayList<>();
        for (var allowed : ALLOWED.entrySet()) {
            for (ImplantStatus to : allowed.getValue()) {
                Implant implant = implantIn(allowed.getKey());
                implant.moveTo(to);
                assertThat(implant.status()).isEqualTo(to);
                taken.add(allowed.getKey() + "->" + to);
            }
        }
        assertThat(taken).hasSize(16);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "IN_PROCESS, RELEASED", // a release needs an evaluation
        "IN_PROCESS, IN_PROCESS",
        "IN_PROCESS, READY_FOR_REVIEW", // no step sets it
        "READY_FOR_REVIEW, RELEASED",
        "EVALUATED, IN_PROCESS",
        "RELEASED, EVALUATED", // a decided implant is not evaluated again
        "RELEASED, RELEASED", // nor released twice
        "RELEASED, IN_PROCESS",
        "REJECTED, RELEASED",
        "REJECTED, EVALUATED",
        "REJECTED, RECALLED",
        "RECALLED, RELEASED",
        "RECALLED, EVALUATED",
        "RECALLED, RECALLED",
    })
    void refusesAChangeTheLifecycleDoesNotAllow(ImplantStatus from, ImplantStatus to) {
        Implant implant = implantIn(from);
        assertThatThrownBy(() -> implant.moveTo(to))
                .isInstanceOf(StatusChangeRefusedException.class)
                .isInstanceOf(
                        ConflictingRecordException.class) // answered with 409 like every conflict
                .hasMessage(
                        "Implant CW-UNIT-1 is "
                                + from
                                + ": it cannot become "
                                + to
                                + " (from "
                                + from
                                + " it can only become one of "
                                + ALLOWED.get(from)
                                + ")");
        assertThat(implant.status()).isEqualTo(from);
    }

    /**
     * An implant in the status, reached by allowed changes (READY_FOR_REVIEW, which no step sets,
     * as stored).
     */
    private static Implant implantIn(ImplantStatus status) {
        Implant implant =
                new Implant(
                        "CW-UNIT-1",
                        1L,
                        null,
                        null,
                        "erin.engineer",
                        Instant.parse("2026-11-02T08:00:00Z"));
        switch (status) {
            case IN_PROCESS -> {}
            case READY_FOR_REVIEW -> stored(implant, READY_FOR_REVIEW);
            case EVALUATED, REJECTED, RECALLED -> implant.moveTo(status);
            case RELEASED -> {
                implant.moveTo(EVALUATED);
                implant.moveTo(RELEASED);
            }
            case IMPLANTED, EXPLANTED -> {
                implant.moveTo(EVALUATED);
                implant.moveTo(RELEASED);
                implant.moveTo(IMPLANTED);
                if (status == EXPLANTED) {
                    implant.moveTo(EXPLANTED);
                }
            }
        }
        assertThat(implant.status()).isEqualTo(status);
        return implant;
    }

    private static void stored(Implant implant, ImplantStatus status) {
        try {
            var field = Implant.class.getDeclaredField("status");
            field.setAccessible(true);
            field.set(implant, status);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
