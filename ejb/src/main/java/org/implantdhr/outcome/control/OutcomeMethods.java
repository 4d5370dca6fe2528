package org.implantdhr.outcome.control;

import java.util.List;

/** How each outcome number is computed, in words: printed on the page and in the signed report. */
public final class OutcomeMethods {

    public static final List<String> TEXTS =
            List.of(
                    "Disease-free survival: time from the day of the operation to the first visit"
                            + " that found a local or distant recurrence or death; without one, censored at the"
                            + " last visit that found no evidence of disease. Months are 365.25/12 days; 24"
                            + " months is day 730.",
                    "Kaplan–Meier product-limit estimate in exact fractions, Greenwood variance, and a"
                            + " 95 % confidence interval on the log(−log S) scale, which stays inside 0–100 %"
                            + " with few patients at risk (the plain Greenwood interval does not). No interval"
                            + " where the estimate is 100 % or 0 %.",
                    "Rounding never favours the device: survival, shares improved and mean gains are"
                            + " rounded down, adverse-event shares and mean stays up, intervals outward.",
                    "Hospital stay: days from the operation to discharge (the study's endpoint, expected"
                            + " 15–30 days); patients not yet discharged are counted as patients but not as"
                            + " within 30 days.",
                    "Adverse events by CTCAE 5.0: patients with at least one event of each grade over the"
                            + " group's implanted patients; related = possible, probable or definite,"
                            + " judged separately for the device and the procedure.",
                    "Improved: a change from baseline to the 24-month visit of at least the lower end of"
                            + " the study's range in the better direction (Karnofsky +10, VAS −3 cm, Watkins"
                            + " −1); gains above the upper end (+30, −5, −2) count as improved and are shown"
                            + " apart. A patient with a baseline score and no 24-month score counts as not"
                            + " improved.",
                    "Under powder lot, an implant counts in every lot its powder batch blends; the design"
                            + " family is the case's device model.");

    private OutcomeMethods() {}
}
