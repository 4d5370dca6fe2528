package org.implantdhr.rules.exact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.implantdhr.rules.specification.Comparison;
import org.implantdhr.rules.specification.Limit;

/**
 * A derived measure held exactly as numerator / denominator (denominator positive), e.g.
 * milliseconds / 60,000 for minutes, so that a quotient that does not terminate is compared with a
 * limit by cross-multiplying and is only rounded for the report, and then toward the side on which
 * it fails.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

    /**
     * The most decimal places a report is given; far beyond any limit's, never reached in practice.
     */
    private static final int MAX_SCALE = 40;

    public Ratio {
        Objects.requireNonNull(numerator, "numerator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException(
                    "A ratio needs a positive denominator, not " + denominator);
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** The sign of (this − value). */
    public int compareTo(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator));
    }

    /**
     * The value rounded to {@code scale} places; exact (BigDecimal division rounds the true
     * quotient).
     */
    public BigDecimal rounded(int scale, RoundingMode mode) {
        return numerator.divide(denominator, scale, mode);
    }

    /**
     * Whether the exact value meets the limit, compared as the limit says (ROUNDED: half-even to
     * each bound's scale).
     */
    public boolean admittedBy(Limit limit) {
        if (!limit.isNumeric()) {
            throw new IllegalStateException(
                    limit.checkId() + "/" + limit.parameter() + " has no numeric bound");
        }
        boolean rounded = limit.comparison() == Comparison.ROUNDED;
        if (limit.lower() != null) {
            int c =
                    rounded
                            ? rounded(limit.lower().scale(), RoundingMode.HALF_EVEN)
                                    .compareTo(limit.lower())
                            : compareTo(limit.lower());
            if (limit.lowerStrict() ? c <= 0 : c < 0) {
                return false;
            }
        }
        if (limit.upper() != null) {
            int c =
                    rounded
                            ? rounded(limit.upper().scale(), RoundingMode.HALF_EVEN)
                                    .compareTo(limit.upper())
                            : compareTo(limit.upper());
            return limit.upperStrict() ? c < 0 : c <= 0;
        }
        return true;
    }

    /**
     * The value as a finding reports it: at {@code minScale} places or more, rounded toward the
     * side on which it fails the limit (up against an upper bound, down against a lower one; in a
     * band toward the nearer bound), and with as many more places as it takes for the limit to
     * judge the reported value as it judges the exact one. A quotient that terminates within those
     * places is reported exactly.
     */
    public BigDecimal reportedAgainst(Limit limit, int minScale) {
        boolean exact = admittedBy(limit);
        RoundingMode toward = failingSide(limit);
        int scale = Math.max(minScale, Math.max(scaleOf(limit.lower()), scaleOf(limit.upper())));
        for (; scale < MAX_SCALE; scale++) {
            BigDecimal reported = rounded(scale, toward);
            if (limit.admits(reported) == exact) {
                return plain(reported);
            }
        }
        return plain(rounded(MAX_SCALE, toward));
    }

    /**
     * Without a limit: {@code scale} places, rounded as told (used where the analysis was given no
     * limit).
     */
    public BigDecimal reported(int scale, RoundingMode mode) {
        return plain(rounded(scale, mode));
    }

    private RoundingMode failingSide(Limit limit) {
        if (limit.lower() == null) {
            return RoundingMode.CEILING;
        }
        if (limit.upper() == null) {
            return RoundingMode.FLOOR;
        }
        BigDecimal twiceMid = limit.lower().add(limit.upper());
        return numerator.multiply(BigDecimal.valueOf(2)).compareTo(twiceMid.multiply(denominator))
                        >= 0
                ? RoundingMode.CEILING
                : RoundingMode.FLOOR;
    }

    private static int scaleOf(BigDecimal bound) {
        return bound == null ? 0 : Math.max(0, bound.stripTrailingZeros().scale());
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
