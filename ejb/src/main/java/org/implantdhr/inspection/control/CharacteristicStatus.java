package org.implantdhr.inspection.control;

/**
 * The inspection verdict on one characteristic: the QIF 3 {@code CharacteristicStatusEnumType}
 * values that are results. QIF's {@code BASIC} (a nominal without tolerance) and {@code UNDEFINED}
 * are not verdicts and are refused on import.
 */
public enum CharacteristicStatus {
    PASS,
    FAIL,
    REWORK,
    SYSERROR,
    INDETERMINATE,
    NOT_ANALYZED
}
