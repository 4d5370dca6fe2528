package org.implantdhr.certificate.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.release.entity.ReleaseEvaluation;
import org.implantdhr.release.entity.WarningAcknowledgement;
import org.implantdhr.rules.facts.ReleaseFacts;

/**
 * What the documents of a released implant are made from: the facts the evaluation judged (its
 * stored snapshot, not the record as it is now), its findings and acknowledgements, the release
 * signature, the case, and the few values the snapshot does not hold.
 *
 * @param surgeonName printed name of the case's surgeon (the prescriber); null if the account is
 *     gone
 * @param cleaningCompletedAt when the cleaning run of the snapshot was performed; null when unknown
 */
public record ReleasedRecord(
        Implant implant,
        ImplantCase implantCase,
        String surgeonName,
        ReleaseEvaluation evaluation,
        ReleaseFacts facts,
        List<WarningAcknowledgement> acknowledgements,
        ElectronicSignature signature,
        Instant cleaningCompletedAt) {
    public ReleasedRecord {
        Objects.requireNonNull(implant, "implant");
        Objects.requireNonNull(implantCase, "implantCase");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(signature, "signature");
        acknowledgements = List.copyOf(acknowledgements);
    }

    /** Documents print times in the zone the release was signed in. */
    public ZoneId zone() {
        return ZoneId.of(signature.zoneId());
    }
}
