package org.implantdhr.web.casefile;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.implantdhr.casefile.boundary.Cases;
import org.implantdhr.casefile.boundary.Designs;
import org.implantdhr.casefile.entity.ApproverRole;
import org.implantdhr.casefile.entity.Design;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.certificate.boundary.Certificates;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.platform.control.RecordingClock;

/**
 * A surgeon's cases (the boundary answers only the cases that name the signed-in surgeon), each
 * with where it stands: a design waiting for the surgeon's approval, in production, released with
 * the certificate's live status, and the planned date of surgery. A page of {@value #PAGE} cases at
 * a time.
 */
@Named
@RequestScoped
public class MyCasesPage {

    static final int PAGE = 25;

    /**
     * How far the implants of the surgeon's cases are read for one page (the surgeon's own,
     * filtered in the database).
     */
    private static final int IMPLANTS_READ = 2000;

    /** A design version and who has approved it so far. */
    public record DesignRow(
            String version, boolean approvedByEngineer, boolean approvedBySurgeon) {}

    /**
     * An implant of the case, its status and, once it has one, the live status of its certificate.
     */
    public record ImplantRow(String serialNumber, String status, String certificate) {}

    /** One case with its designs and implants and a summary of where it stands. */
    public record CaseRow(
            String caseNumber,
            String hospital,
            String patientPseudonym,
            String deviceName,
            LocalDate plannedSurgeryDate,
            long daysToSurgery,
            List<DesignRow> designs,
            List<ImplantRow> implants,
            String stage,
            String stageClass) {

        public String when() {
            return daysToSurgery < 0
                    ? "past"
                    : daysToSurgery == 0
                            ? "today"
                            : daysToSurgery == 1 ? "tomorrow" : "in " + daysToSurgery + " days";
        }
    }

    @EJB Cases cases;

    @EJB Designs designs;

    @EJB Implants implants;

    @EJB Certificates certificates;

    private int from;
    private List<CaseRow> rows;
    private boolean more;

    public void load() {
        from = Math.max(0, from);
        List<ImplantCase> page = cases.all(from, PAGE + 1);
        more = page.size() > PAGE;
        page = page.subList(0, Math.min(PAGE, page.size()));
        Set<Long> ids = page.stream().map(ImplantCase::id).collect(Collectors.toSet());
        Map<Long, List<Implant>> implantsOfCase =
                implants.visible(0, IMPLANTS_READ).stream()
                        .filter(i -> ids.contains(i.caseId()))
                        .collect(Collectors.groupingBy(Implant::caseId));
        LocalDate today = RecordingClock.today();
        rows =
                page.stream()
                        .map(c -> row(c, implantsOfCase.getOrDefault(c.id(), List.of()), today))
                        .toList();
    }

    private CaseRow row(ImplantCase c, List<Implant> ofCase, LocalDate today) {
        List<DesignRow> designRows =
                designs.ofCase(c.caseNumber()).stream().map(MyCasesPage::designRow).toList();
        List<ImplantRow> implantRows = ofCase.stream().map(this::implantRow).toList();
        String[] stage = stage(designRows, ofCase);
        return new CaseRow(
                c.caseNumber(),
                c.hospital(),
                c.patientPseudonym(),
                c.deviceName(),
                c.plannedSurgeryDate(),
                ChronoUnit.DAYS.between(today, c.plannedSurgeryDate()),
                designRows,
                implantRows,
                stage[0],
                stage[1]);
    }

    private static DesignRow designRow(Design d) {
        return new DesignRow(
                d.designVersion(),
                d.approvalBy(ApproverRole.ENGINEER).isPresent(),
                d.approvalBy(ApproverRole.SURGEON).isPresent());
    }

    private ImplantRow implantRow(Implant implant) {
        boolean certified = implant.status().certified();
        return new ImplantRow(
                implant.serialNumber(),
                implant.status().name(),
                certified ? certificates.verify(implant.serialNumber()).status().name() : null);
    }

    /** Where the case stands, in the surgeon's words, and the style class of that badge. */
    static String[] stage(List<DesignRow> designs, List<Implant> implants) {
        Set<ImplantStatus> statuses =
                implants.stream().map(Implant::status).collect(Collectors.toSet());
        if (statuses.contains(ImplantStatus.IMPLANTED)) {
            return new String[] {"Implanted", "RELEASED"};
        }
        if (statuses.contains(ImplantStatus.RELEASED)) {
            return new String[] {"Released", "RELEASED"};
        }
        if (statuses.contains(ImplantStatus.RECALLED)) {
            return new String[] {"Recalled", "REVOKED"};
        }
        if (!statuses.isEmpty() && statuses.equals(Set.of(ImplantStatus.REJECTED))) {
            return new String[] {"Rejected", "REJECTED"};
        }
        if (designs.stream().anyMatch(d -> !d.approvedBySurgeon())) {
            return new String[] {"Design awaiting your approval", "WARN"};
        }
        if (!statuses.isEmpty()) {
            return new String[] {"In production", "IN_PRODUCTION"};
        }
        if (designs.isEmpty()) {
            return new String[] {"Awaiting design", "MISSING"};
        }
        return new String[] {"Design approved, awaiting production", "IN_PRODUCTION"};
    }

    public int getFrom() {
        return from;
    }

    public void setFrom(int from) {
        this.from = from;
    }

    public List<CaseRow> getRows() {
        return rows;
    }

    public boolean isMore() {
        return more;
    }

    public int getNext() {
        return from + PAGE;
    }

    public int getPrevious() {
        return Math.max(0, from - PAGE);
    }
}
