package org.implantdhr.followup.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.implantdhr.platform.control.NoSuchRecordException;

/**
 * The follow-up protocol versions shipped with the application (resources {@code protocols.csv} and
 * {@code protocol-{code}-{version}.csv} beside this component): read once, never changed while the
 * application runs.
 */
public final class FollowUpProtocols {

    private static final String DIR = "/org/implantdhr/followup/";

    private static final List<FollowUpProtocol> SHIPPED = load();

    private FollowUpProtocols() {}

    public static List<FollowUpProtocol> all() {
        return SHIPPED;
    }

    /** The version with the latest effective date on or before {@code day}. */
    public static Optional<FollowUpProtocol> inForceOn(LocalDate day) {
        return SHIPPED.stream()
                .filter(p -> !p.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(FollowUpProtocol::effectiveFrom));
    }

    public static FollowUpProtocol get(String code, String version) {
        return SHIPPED.stream()
                .filter(p -> p.code().equals(code) && p.version().equals(version))
                .findFirst()
                .orElseThrow(
                        () ->
                                new NoSuchRecordException(
                                        "Follow-up protocol", code + " " + version));
    }

    private static List<FollowUpProtocol> load() {
        var protocols = new ArrayList<FollowUpProtocol>();
        for (List<String> row : ShippedCsv.rows(DIR + "protocols.csv")) {
            protocols.add(parse(DIR + "protocol-" + row.get(0) + "-" + row.get(1) + ".csv"));
        }
        return List.copyOf(protocols);
    }

    static FollowUpProtocol parse(String resource) {
        String code = null;
        String version = null;
        LocalDate effectiveFrom = null;
        var visits = new ArrayList<ProtocolVisit>();
        var instruments = new ArrayList<Instrument>();
        for (List<String> f : ShippedCsv.rows(resource)) {
            switch (f.get(0)) {
                case "protocol" -> {
                    code = f.get(1);
                    version = f.get(2);
                    effectiveFrom = LocalDate.parse(f.get(3));
                }
                case "visit" ->
                        visits.add(
                                new ProtocolVisit(
                                        f.get(1),
                                        Period.parse(f.get(2)),
                                        Integer.parseInt(f.get(3)),
                                        Integer.parseInt(f.get(4))));
                case "instrument" ->
                        instruments.add(
                                new Instrument(
                                        f.get(1),
                                        f.get(2),
                                        new BigDecimal(f.get(3)),
                                        new BigDecimal(f.get(4)),
                                        new BigDecimal(f.get(5)),
                                        switch (f.get(6)) {
                                            case "HIGHER_IS_WORSE" -> true;
                                            case "HIGHER_IS_BETTER" -> false;
                                            default ->
                                                    throw new IllegalStateException(
                                                            resource + ": direction " + f.get(6));
                                        },
                                        new BigDecimal(f.get(7))));
                default -> throw new IllegalStateException(resource + ": line kind " + f.get(0));
            }
        }
        if (code == null) {
            throw new IllegalStateException(resource + " has no protocol line");
        }
        return new FollowUpProtocol(code, version, effectiveFrom, visits, instruments);
    }
}
