package org.implantdhr.followup.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One version of the follow-up protocol: its visits in order and its instruments. */
public record FollowUpProtocol(
        String code,
        String version,
        LocalDate effectiveFrom,
        List<ProtocolVisit> visits,
        List<Instrument> instruments) {

    public FollowUpProtocol {
        visits = List.copyOf(visits);
        instruments = List.copyOf(instruments);
    }

    public Optional<ProtocolVisit> visit(String visitCode) {
        return visits.stream().filter(v -> v.code().equals(visitCode)).findFirst();
    }

    public Optional<Instrument> instrument(String instrumentCode) {
        return instruments.stream().filter(i -> i.code().equals(instrumentCode)).findFirst();
    }

    /** The visits an operation on {@code operationDay} is followed up with, in protocol order. */
    public List<VisitWindow> schedule(LocalDate operationDay) {
        var windows = new java.util.ArrayList<VisitWindow>();
        for (int i = 0; i < visits.size(); i++) {
            ProtocolVisit v = visits.get(i);
            windows.add(
                    new VisitWindow(
                            v.code(),
                            i + 1,
                            v.target(operationDay),
                            v.windowStart(operationDay),
                            v.windowEnd(operationDay)));
        }
        return windows;
    }

    /** A visit's window: where the schedule puts it. */
    public record VisitWindow(
            String visitCode, int sequenceNo, LocalDate target, LocalDate start, LocalDate end) {}
}
