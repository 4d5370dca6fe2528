package org.implantdhr.rules.criteria;

import java.util.regex.Pattern;

/** HT-CHART: the raw chart is stored, every sample, under a SHA-256. */
public final class ChartStorage {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-fA-F]{64}");

    private ChartStorage() {}

    public static Assessment assess(String sha256, int sampleCount) {
        if (sha256 == null || sha256.isBlank()) {
            return Assessment.undecidable("the chart's SHA-256 is not recorded");
        }
        return Assessment.is(
                SHA_256.matcher(sha256).matches() && sampleCount > 0,
                sampleCount + " samples, SHA-256 " + sha256,
                "the chart hash is not a SHA-256 or the chart has no samples",
                "");
    }
}
