package org.implantdhr.rules.criteria;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.rules.facts.ReleaseSignature;

/**
 * REC-SIGNATURE: printed name, date and time with zone, the required meaning, password re-entered.
 */
public final class ReleaseSignatureCheck {

    private ReleaseSignatureCheck() {}

    public static Assessment assess(ReleaseSignature s, String requiredMeaning) {
        List<String> absent =
                new Present()
                        .require(s.userId(), "signer")
                        .require(s.printedName(), "printed name")
                        .require(s.signedAt(), "date and time")
                        .require(s.zoneId(), "time zone")
                        .require(s.meaning(), "meaning")
                        .absent();
        List<String> problems = new ArrayList<>();
        if (s.zoneId() != null && !validZone(s.zoneId())) {
            problems.add("unknown time zone " + s.zoneId());
        }
        if (s.meaning() != null && !s.meaning().name().equals(requiredMeaning)) {
            problems.add("meaning is " + s.meaning() + ", not " + requiredMeaning);
        }
        if (!s.passwordReentered()) {
            problems.add("password not re-entered at signing");
        }
        return Assessment.of(
                absent,
                problems,
                s.printedName() + ", " + s.signedAt() + " " + s.zoneId() + ", " + s.meaning());
    }

    private static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
