package org.implantdhr.followup.control;

import java.math.BigDecimal;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * A scale the protocol defines (the trial's "Watkins" pain scale): its definition is the
 * protocol's, so it is configuration, never code. A score must lie in [minimum, maximum] on the
 * step; the minimal important difference is the change the study counts as an improvement, in the
 * direction the scale improves.
 */
public record Instrument(
        String code,
        String version,
        BigDecimal minimum,
        BigDecimal maximum,
        BigDecimal step,
        boolean higherIsWorse,
        BigDecimal minimalImportantDifference) {

    /** Refuses a score off the scale or off its step, naming {@code field}; never rounds. */
    public void check(String field, BigDecimal score) {
        if (score.compareTo(minimum) < 0 || score.compareTo(maximum) > 0) {
            throw new InvalidRequestException(
                    field,
                    code
                            + " ("
                            + version
                            + ") is scored from "
                            + minimum.toPlainString()
                            + " to "
                            + maximum.toPlainString()
                            + ": "
                            + score.toPlainString()
                            + " is outside");
        }
        if (score.subtract(minimum).remainder(step).signum() != 0) {
            throw new InvalidRequestException(
                    field,
                    code
                            + " ("
                            + version
                            + ") is scored in steps of "
                            + step.toPlainString()
                            + ": "
                            + score.toPlainString()
                            + " is not on a step");
        }
    }
}
