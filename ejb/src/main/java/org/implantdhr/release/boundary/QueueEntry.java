package org.implantdhr.release.boundary;

import java.time.Instant;

/**
 * One implant in a section of the QA work queue.
 *
 * @param verdict null unless the implant has an evaluation
 * @param since   when it entered the section: registered, evaluated, report opened, released
 * @param detail  what the section is about for this implant (the checks to acknowledge, the open reports...);
 *                may be empty
 */
public record QueueEntry(String serialNumber, String caseNumber, String status, String verdict, Instant since,
                         String detail) {
}
