package org.implantdhr.vigilance.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.trace.boundary.TraceLink;

/**
 * A vigilance case's trace: backward from its implant to everything it was made from and by, and
 * forward from each shared record (design, build, powder batch and lots, heat-treatment run,
 * cleaning run, separation-plate lot, inspection instrument) to every other implant made with it,
 * with where that implant is now: the candidate list for a field safety corrective action.
 */
public record CaseTrace(String serialNumber, List<TraceLink> backward, List<Shared> shared) {

    /**
     * One record the case's implant shares with others, and those others (never the implant
     * itself).
     *
     * @param kind as the trace names it ("powder lot")
     * @param origin the trace's forward origin (a {@code Traces.Origin} name)
     * @param recallable the recall kind when a recall of this record can be made from the case
     */
    public record Shared(
            String kind, String key, String origin, String recallable, List<Sibling> siblings) {}

    /**
     * An implant that shares a record with the case's implant, and its state: in production,
     * released (in stock), implanted (hospital, surgeon, day, follow-up) or explanted.
     *
     * @param implantedAt null when it was never implanted
     * @param followUpStatus the study follow-up's status (ACTIVE, COMPLETED, LOST_TO_FOLLOW_UP…)
     * @param lastVisitOn the day of its latest follow-up visit, null when none
     * @param platePosition where it stood on its build's plate, "not recorded" for builds before
     *     positions were kept, null when it is in no build
     */
    public record Sibling(
            String serialNumber,
            String status,
            String caseNumber,
            String hospital,
            String surgeon,
            Instant implantedAt,
            String implantationStatus,
            String followUpStatus,
            LocalDate lastVisitOn,
            String via,
            String platePosition) {

        /** How a person reads where it is. */
        public String state() {
            return switch (status) {
                case "RELEASED" -> "released, in stock";
                case "IMPLANTED" -> "implanted";
                case "EXPLANTED" -> "explanted";
                case "RECALLED" -> "recalled, out of use";
                case "REJECTED" -> "rejected";
                default -> "in production";
            };
        }
    }

    /**
     * "Build B-12, plate position x 45.0 mm, y 82.5 mm (P3)" (or "… plate position not recorded"
     * for a build recorded before positions were kept); null when the implant is in no build.
     */
    public String buildAndPlatePosition() {
        return backward.stream()
                .filter(link -> link.kind().equals("build"))
                .findFirst()
                .map(
                        link ->
                                "Build "
                                        + link.key()
                                        + ", plate position "
                                        + link.details().get("platePosition"))
                .orElse(null);
    }

    /**
     * Every sibling once, whichever records it shares (the first shared record that reached it).
     */
    public int distinctSiblings() {
        return (int)
                shared.stream()
                        .flatMap(s -> s.siblings().stream())
                        .map(Sibling::serialNumber)
                        .distinct()
                        .count();
    }
}
