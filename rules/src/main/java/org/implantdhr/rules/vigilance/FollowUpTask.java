package org.implantdhr.rules.vigilance;

import java.time.LocalDate;
import java.util.Comparator;

/** Work for the study staff: a visit whose window has closed without a record. */
public record FollowUpTask(
        String ruleId, String implantSerial, String visit, LocalDate windowEnd, String reason) {

    public static final Comparator<FollowUpTask> BY_IMPLANT_THEN_WINDOW =
            Comparator.comparing(FollowUpTask::implantSerial)
                    .thenComparing(FollowUpTask::windowEnd)
                    .thenComparing(FollowUpTask::visit);
}
