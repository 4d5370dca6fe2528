package org.implantdhr.web.followup;

import java.time.LocalDate;
import java.util.List;
import org.implantdhr.followup.entity.FollowUp;
import org.implantdhr.followup.entity.ScheduledVisit;

/** A patient's follow-up: the protocol it runs under, its status, and its schedule as of today. */
public record FollowUpJson(
        String serialNumber,
        String protocolCode,
        String protocolVersion,
        String status,
        LocalDate statusDate,
        String statusReason,
        List<ScheduledVisitJson> schedule) {

    /** A scheduled visit and where it stands on the day asked. */
    public record ScheduledVisitJson(
            String visitCode,
            LocalDate target,
            LocalDate windowStart,
            LocalDate windowEnd,
            String state) {}

    static FollowUpJson of(
            String serial, FollowUp f, List<ScheduledVisit> schedule, LocalDate today) {
        return new FollowUpJson(
                serial,
                f.protocolCode(),
                f.protocolVersion(),
                f.status().name(),
                f.statusDate(),
                f.statusReason(),
                schedule.stream()
                        .map(
                                s ->
                                        new ScheduledVisitJson(
                                                s.visitCode(),
                                                s.targetDate(),
                                                s.windowStart(),
                                                s.windowEnd(),
                                                s.stateOn(today).name()))
                        .toList());
    }
}
