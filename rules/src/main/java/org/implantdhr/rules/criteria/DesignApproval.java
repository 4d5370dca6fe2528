package org.implantdhr.rules.criteria;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.implantdhr.rules.facts.Build;
import org.implantdhr.rules.facts.CaseFile;
import org.implantdhr.rules.facts.Design;
import org.implantdhr.rules.facts.ESignature;
import org.implantdhr.rules.facts.SignatureMeaning;
import org.implantdhr.rules.facts.SignerRole;

/**
 * DES-APPROVAL: a design engineer's and the prescribing surgeon's APPROVAL signatures before the
 * build started.
 */
public final class DesignApproval {

    private DesignApproval() {}

    public static Assessment assess(Design design, CaseFile caseFile, Build build) {
        Instant buildStart = build == null ? null : build.startedAt();
        String surgeon = caseFile == null ? null : caseFile.prescribingSurgeonId();
        List<String> absent =
                new Present()
                        .require(buildStart, "build start")
                        .require(surgeon, "prescribing surgeon")
                        .absent();
        if (!absent.isEmpty()) {
            return Assessment.undecidable(String.join("; ", absent));
        }
        boolean engineer = signedBefore(design, SignerRole.DESIGN_ENGINEER, null, buildStart);
        boolean surgeonAccepted =
                signedBefore(design, SignerRole.PRESCRIBING_SURGEON, surgeon, buildStart);
        String measured = design.signatures().size() + " signature(s)";
        if (engineer && surgeonAccepted) {
            return Assessment.met(measured);
        }
        return Assessment.notMet(
                measured,
                (engineer ? "" : "no design engineer APPROVAL before the build start ")
                        + (surgeonAccepted
                                ? ""
                                : "no APPROVAL by prescribing surgeon "
                                        + surgeon
                                        + " before the build start"));
    }

    private static boolean signedBefore(
            Design design, SignerRole role, String userId, Instant buildStart) {
        return design.signatures().stream()
                .anyMatch(
                        s ->
                                s.role() == role
                                        && s.meaning() == SignatureMeaning.APPROVAL
                                        && (userId == null || Objects.equals(userId, s.userId()))
                                        && s.signedAt() != null
                                        && s.signedAt().isBefore(buildStart)
                                        && notBlank(s));
    }

    private static boolean notBlank(ESignature s) {
        return s.userId() != null
                && !s.userId().isBlank()
                && s.printedName() != null
                && !s.printedName().isBlank();
    }
}
