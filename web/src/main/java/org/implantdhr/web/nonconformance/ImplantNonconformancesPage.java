package org.implantdhr.web.nonconformance;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.nonconformance.boundary.NonconformanceRecord;
import org.implantdhr.nonconformance.boundary.Nonconformances;
import org.implantdhr.nonconformance.entity.Disposition;
import org.implantdhr.nonconformance.entity.NonconformanceStatus;
import org.implantdhr.web.identity.SignatureInput;
import org.implantdhr.web.platform.KeptMessages;
import org.implantdhr.web.platform.PageErrors;

/**
 * The nonconformance reports of one implant on its review page (most are opened by FAIL findings of
 * the release evaluation), and their dispositions: REWORK and SCRAP by QA, USE_AS_IS as a
 * concession a QA manager signs with the password. Each open report has its own form, so only its
 * fields are sent.
 */
@Named
@ViewScoped
public class ImplantNonconformancesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB Nonconformances nonconformances;

    @Inject SignatureInput signature;

    private String serial;
    private List<NonconformanceRecord> reports = List.of();
    private final Map<String, String> justifications = new HashMap<>();
    private Pending pending;

    public void load() {
        if (serial == null || serial.isBlank()) {
            return;
        }
        try {
            reports = nonconformances.ofImplant(serial.strip());
        } catch (RuntimeException unknownImplant) {
            reports = List.of(); // the review page says the implant is unknown
        }
    }

    public String rework(NonconformanceRecord report, int row) {
        return ask(report, Disposition.REWORK, row);
    }

    public String scrap(NonconformanceRecord report, int row) {
        return ask(report, Disposition.SCRAP, row);
    }

    /**
     * The first step: the disposition and its justification are checked by the boundary, then the
     * page shows what will be recorded and asks for confirmation (a second form post, so it works
     * without JavaScript), because a disposition closes the report for good.
     */
    private String ask(NonconformanceRecord report, Disposition disposition, int row) {
        try {
            String justification =
                    nonconformances.checkedDisposition(
                            report.number(), disposition, justifications.get(report.number()));
            pending = new Pending(report.number(), disposition, justification);
        } catch (RuntimeException e) {
            pending = null;
            PageErrors.of(fieldsOf(row)).show(e);
        }
        return null;
    }

    /**
     * The second step: closes the report with exactly the disposition and justification that were
     * shown.
     */
    public String confirm(NonconformanceRecord report, int row) {
        Pending confirmed = pending;
        pending = null;
        if (confirmed == null || !confirmed.number().equals(report.number())) {
            return null;
        }
        try {
            nonconformances.dispose(
                    confirmed.number(), confirmed.disposition(), confirmed.justification());
            KeptMessages.keep(
                    report.number()
                            + " closed: "
                            + confirmed.disposition()
                            + (confirmed.disposition() == Disposition.SCRAP
                                    ? "; the implant is rejected."
                                    : ". Record the new evidence, then evaluate the implant again."));
            return back();
        } catch (RuntimeException e) {
            PageErrors.of(fieldsOf(row)).show(e);
            return null;
        }
    }

    public String cancel() {
        pending = null;
        return null;
    }

    /** The disposition waiting for confirmation on this report, if any. */
    public boolean isConfirming(NonconformanceRecord report) {
        return pending != null && pending.number().equals(report.number());
    }

    public Pending getPending() {
        return pending;
    }

    /** A disposition asked for and not yet confirmed. */
    public record Pending(String number, Disposition disposition, String justification)
            implements Serializable {}

    /**
     * USE_AS_IS: the QA manager's e-signature, meaning CONCESSION, over the report and the
     * justification.
     */
    public String concede(NonconformanceRecord report, int row) {
        char[] secret = signature.takePassword();
        try {
            var conceded =
                    nonconformances.concede(
                            report.number(),
                            justifications.get(report.number()),
                            secret,
                            signature.getZone());
            KeptMessages.keep(
                    report.number()
                            + " accepted USE_AS_IS as a concession. Signed: "
                            + conceded.approval().manifestation()
                            + ". Evaluate the implant again; the concession is a "
                            + "warning to acknowledge and is printed on the certificate.");
            return back();
        } catch (RuntimeException e) {
            PageErrors.of(fieldsOf(row)).show(e);
            return null;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static Map<String, String> fieldsOf(int row) {
        String form = "ncrs:" + row + ":ncr:";
        return Map.of(
                "justification",
                form + "justification",
                "password",
                form + "password",
                "zone",
                form + "zone",
                "disposition",
                form + "justification");
    }

    private String back() {
        return "/qa/review?faces-redirect=true&serial=" + serial.strip();
    }

    public boolean isOpen(NonconformanceRecord report) {
        return report.status() == NonconformanceStatus.OPEN;
    }

    public boolean isQaManager() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("QA_MANAGER");
    }

    public long getOpenCount() {
        return reports.stream().filter(this::isOpen).count();
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public List<NonconformanceRecord> getReports() {
        return reports;
    }

    public Map<String, String> getJustifications() {
        return justifications;
    }

    /** The password and time zone of a concession's signature. */
    public SignatureInput getSignature() {
        return signature;
    }
}
