package org.implantdhr.outcome.control;

import java.math.BigDecimal;

/**
 * The study's targets for the change from baseline to 24 months (registration text: "improvement on
 * the Karnofsky scale by 10-30 points", "on the Visual Analogue Scale by 3-5 points", "on the
 * Whatkins scale by 1-2 points"), and the SQL that counts them: this class is the one place the
 * rule lives.
 *
 * <p>What "improved" means here: a gain (the change in the better direction) of at least the lower
 * end of the range. The upper end is the size of gain the study expects, not a cap: a patient who
 * gains more has improved too, and is counted apart as "beyond the range"; "within the range"
 * counts gains from the lower to the upper end inclusive. A patient with a baseline score but none
 * at 24 months (died, lost, explanted, not yet due) counts in the denominator as not improved, so
 * that a missing visit never raises the share.
 *
 * @param valueSql the visit's score in SQL, {@code {v}} standing for the visit's alias, in units
 *     that are exact integers or decimals in both databases (the VAS in millimetres)
 * @param unitsPerPoint how many of those units make one point of the range (VAS: 10 mm per cm)
 * @param minGain the lower end of the range, in points
 * @param maxGain the upper end, in points
 * @param higherIsBetter Karnofsky: more is better; pain scales: less is better
 */
public record ImprovementRange(
        String code,
        String scale,
        String valueSql,
        int unitsPerPoint,
        BigDecimal minGain,
        BigDecimal maxGain,
        boolean higherIsBetter) {

    /** Karnofsky performance status: +10 to +30 points (one to three steps of 10). */
    public static final ImprovementRange KARNOFSKY =
            new ImprovementRange(
                    "KARNOFSKY",
                    "Karnofsky (points)",
                    "{v}.karnofsky",
                    1,
                    BigDecimal.TEN,
                    BigDecimal.valueOf(30),
                    true);

    /**
     * Pain VAS in points of the 0–10 cm line: 3 to 5 lower (30 to 50 mm on a 100 mm line); a
     * reading in centimetres is compared in millimetres (×10, exact).
     */
    public static final ImprovementRange VAS =
            new ImprovementRange(
                    "VAS",
                    "Pain VAS (cm)",
                    "CASE WHEN {v}.vas_unit = 'CM' THEN {v}.vas_value * 10 ELSE {v}.vas_value END",
                    10,
                    BigDecimal.valueOf(3),
                    BigDecimal.valueOf(5),
                    false);

    /**
     * The protocol's "Watkins" instrument: 1 to 2 points lower, read as lower = less pain (the
     * registration calls a decrease an improvement, as for the VAS). Only compared within one
     * instrument code.
     */
    public static final ImprovementRange WATKINS =
            new ImprovementRange(
                    "WATKINS",
                    "Watkins (points)",
                    "{v}.instrument_score",
                    1,
                    BigDecimal.ONE,
                    BigDecimal.valueOf(2),
                    false);

    public static final java.util.List<ImprovementRange> STUDY =
            java.util.List.of(KARNOFSKY, VAS, WATKINS);

    String value(String alias) {
        return "(" + valueSql.replace("{v}", alias) + ")";
    }

    /** The gain from visit b to visit f in the scale's units, better direction positive. */
    String gainSql(String b, String f) {
        return higherIsBetter
                ? "(" + value(f) + " - " + value(b) + ")"
                : "(" + value(b) + " - " + value(f) + ")";
    }

    /** 1 when the gain reaches the lower end of the range, else 0 (NULL gain: 0). */
    String improvedSql(String b, String f) {
        return "CASE WHEN " + gainSql(b, f) + " >= " + units(minGain) + " THEN 1 ELSE 0 END";
    }

    String withinRangeSql(String b, String f) {
        return "CASE WHEN "
                + gainSql(b, f)
                + " >= "
                + units(minGain)
                + " AND "
                + gainSql(b, f)
                + " <= "
                + units(maxGain)
                + " THEN 1 ELSE 0 END";
    }

    String beyondRangeSql(String b, String f) {
        return "CASE WHEN " + gainSql(b, f) + " > " + units(maxGain) + " THEN 1 ELSE 0 END";
    }

    /** A condition on the pair that makes the two scores comparable (same instrument). */
    String comparableSql(String b, String f) {
        return code.equals("WATKINS")
                ? " AND " + f + ".instrument_code = " + b + ".instrument_code"
                : "";
    }

    private String units(BigDecimal points) {
        return points.multiply(BigDecimal.valueOf(unitsPerPoint)).toPlainString();
    }
}
