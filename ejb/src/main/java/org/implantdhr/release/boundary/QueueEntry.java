package org.implantdhr.release.boundary;

import java.time.Instant;

/**
 * One implant in a group of the QA work queue.
 *
 * @param buildNumber null while the implant is in no build
 * @param since when it entered the group's way: registered, evaluated, released
 * @param detail what the group is about for this implant (the evidence missing, the blocking checks
 *     and open reports, the warnings to acknowledge...); may be empty
 * @param openReport the number of its oldest open nonconformance report, the next action of a
 *     blocked implant; null when there is none
 */
public record QueueEntry(
        String serialNumber,
        String caseNumber,
        String buildNumber,
        QueueGroup group,
        String status,
        Instant since,
        String detail,
        String openReport) {}
