package org.implantdhr.outcome.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.certificate.control.CertificateKeys;
import org.implantdhr.certificate.control.ManufacturerInformation;
import org.implantdhr.certificate.control.SignatureDetails;
import org.implantdhr.documents.OutcomeReportModel;
import org.implantdhr.documents.OutcomeReportRenderer;
import org.implantdhr.documents.RenderedDocument;
import org.implantdhr.evidence.control.Sha256;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.outcome.control.Grouping;
import org.implantdhr.platform.control.RecordingClock;

/**
 * The outcome report: every breakdown (all patients, design family, powder lot, build) in one
 * PDF/A-3b, signed (PAdES) with the server's signing key like the release certificate, so that a
 * copy handed to a notified body can be checked for changes. It is made on request from the data of
 * that moment, not stored; each generation is audited on the requesting account with the SHA-256 of
 * the bytes handed out, so any copy in circulation can be matched to its generation.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
public class OutcomeReports {

    private static final OutcomeReportRenderer RENDERER = new OutcomeReportRenderer();

    @EJB Outcomes outcomes;

    @Inject CertificateKeys keys;
    @Inject ManufacturerInformation manufacturer;
    @Inject CurrentUser currentUser;
    @Inject AuditTrail audit;

    public OutcomeReport report(ZoneId zone) {
        List<OutcomeSummary> summaries = new ArrayList<>();
        for (Grouping grouping : Grouping.values()) {
            summaries.add(outcomes.summary(grouping));
        }
        var account = currentUser.account();
        OutcomeReportModel model =
                OutcomeReportModels.of(
                        summaries,
                        manufacturer.manufacturer(),
                        RecordingClock.now(),
                        account.fullName(),
                        zone);
        RenderedDocument rendered = RENDERER.render(model);
        byte[] signed =
                keys.signer()
                        .sign(
                                rendered.pdf(),
                                new SignatureDetails(
                                        model.manufacturer().name(),
                                        "Outcome report of the study, " + model.scope(),
                                        "Implant DHR"));
        String sha256 = Sha256.hex(signed);
        audit.event(
                "GENERATE",
                account,
                "outcome report "
                        + rendered.templateVersion()
                        + " ("
                        + model.scope()
                        + "), sha256 "
                        + sha256,
                null);
        return new OutcomeReport("outcome-report.pdf", rendered.templateVersion(), sha256, signed);
    }
}
