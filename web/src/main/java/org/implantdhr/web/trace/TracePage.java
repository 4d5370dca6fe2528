package org.implantdhr.web.trace;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.trace.boundary.AffectedImplant;
import org.implantdhr.trace.boundary.TraceLink;
import org.implantdhr.trace.boundary.Traces;
import org.implantdhr.web.platform.PageErrors;

/**
 * Trace on one screen (/record/trace.xhtml): backward from an implant to every record it was made
 * from and by, grouped by kind, and forward from a lot, batch, build, machine, run, furnace or
 * instrument to every implant and case it reached. Each lot or run of a backward trace links to its
 * forward trace, each implant of a forward trace to its backward trace and its record. GETs only:
 * the questions are the page's parameters.
 */
@Named
@RequestScoped
public class TracePage {

    private static final Logger LOG = Logger.getLogger(TracePage.class.getName());

    /** What a forward trace starts from, as the page offers it: parameter value and label. */
    public record OriginOption(String value, String label) {}

    /**
     * One detail of a linked record; {@code forwardOrigin} set when it can itself be traced
     * forward.
     */
    public record Detail(String name, String label, String value, String forwardOrigin) {
        public boolean isHash() {
            return name.toLowerCase(Locale.ROOT).endsWith("sha256") || name.equals("signedHash");
        }
    }

    /** A record the implant was made from or with. */
    public record Link(String key, String forwardOrigin, List<Detail> details) {}

    /** The records of one kind. */
    public record Group(String kind, String id, List<Link> links) {}

    static final List<OriginOption> ORIGINS =
            List.of(
                    new OriginOption("powder-lot", "Powder lot"),
                            new OriginOption("powder-batch", "Powder batch"),
                    new OriginOption("build", "Build"), new OriginOption("machine", "Machine"),
                    new OriginOption("heat-treatment-run", "Heat-treatment run"),
                            new OriginOption("furnace", "Furnace"),
                    new OriginOption("component-lot", "Separation-plate lot"),
                            new OriginOption("instrument", "Instrument"));

    /**
     * Which kinds of a backward trace, and which of their details, name something to trace forward
     * from.
     */
    private static final Map<String, String> FORWARD_KINDS =
            Map.of(
                    "powder lot",
                    "powder-lot",
                    "powder batch",
                    "powder-batch",
                    "build",
                    "build",
                    "heat-treatment run",
                    "heat-treatment-run",
                    "separation-plate lot",
                    "component-lot");

    private static final Map<String, String> FORWARD_DETAILS =
            Map.of(
                    "machine",
                    "machine",
                    "furnace",
                    "furnace",
                    "instrument",
                    "instrument",
                    "heatTreatmentRun",
                    "heat-treatment-run");

    @EJB Traces traces;

    private String serial;
    private String origin;
    private String key;

    private final Map<String, String> errors = new LinkedHashMap<>();
    private List<Group> backward;
    private List<AffectedImplant> forward;

    public void load() {
        if (serial != null) {
            try {
                backward = groups(traces.backward(serial));
            } catch (RuntimeException e) {
                failed(e, "serial");
            }
        }
        if (origin != null || key != null) {
            Traces.Origin from = origin();
            if (key == null) {
                errors.put(
                        "key",
                        "Name the "
                                + (from == null ? "record" : label(origin).toLowerCase(Locale.ROOT))
                                + " to trace forward from.");
            }
            if (from != null && key != null) {
                try {
                    forward = traces.forward(from, key);
                } catch (RuntimeException e) {
                    failed(e, "key");
                }
            }
        }
    }

    private Traces.Origin origin() {
        if (origin == null) {
            errors.put("origin", "Choose what to trace forward from.");
            return null;
        }
        try {
            return Traces.Origin.valueOf(origin.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.put("origin", "Choose one of the listed kinds of record.");
            return null;
        }
    }

    private static List<Group> groups(List<TraceLink> links) {
        var byKind = new LinkedHashMap<String, List<Link>>();
        for (TraceLink link : links) {
            var details = new ArrayList<Detail>();
            link.details().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(
                            d ->
                                    details.add(
                                            new Detail(
                                                    d.getKey(),
                                                    words(d.getKey()),
                                                    String.valueOf(d.getValue()),
                                                    FORWARD_DETAILS.get(d.getKey()))));
            byKind.computeIfAbsent(link.kind(), k -> new ArrayList<>())
                    .add(new Link(link.key(), FORWARD_KINDS.get(link.kind()), details));
        }
        var groups = new ArrayList<Group>();
        byKind.forEach(
                (kind, list) ->
                        groups.add(
                                new Group(kind, "kind-" + kind.replaceAll("[^a-z]+", "-"), list)));
        return groups;
    }

    /** "plannedSurgeryDate" → "planned surgery date", "logSha256" → "log SHA-256". */
    static String words(String name) {
        if (name.equalsIgnoreCase("sha256")) {
            return "SHA-256";
        }
        String spaced = name.replace("Sha256", " SHA-256").replaceAll("([a-z])([A-Z])", "$1 $2");
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT)
                + spaced.substring(1).toLowerCase(Locale.ROOT).replace("sha-256", "SHA-256");
    }

    private void failed(RuntimeException thrown, String field) {
        Throwable e = thrown;
        while (e instanceof EJBException
                && !(e instanceof EJBAccessException)
                && e.getCause() != null
                && e.getCause() != e) {
            e = e.getCause();
        }
        if (e instanceof NoSuchRecordException && "key".equals(field)) {
            // a key that names nothing must not read like an all-clear
            errors.put(
                    field, "No such " + label(origin).toLowerCase(Locale.ROOT) + ": " + key + ".");
        } else if (e instanceof NoSuchRecordException) {
            errors.put(field, e.getMessage());
        } else if (e instanceof InvalidRequestException invalid) {
            errors.put(field, invalid.getMessage());
        } else if (e instanceof EJBAccessException || e instanceof SecurityException) {
            PageErrors.atTop("Your role does not allow tracing records.");
        } else {
            LOG.log(Level.SEVERE, "Trace failed", thrown);
            PageErrors.atTop("The trace could not be made; the server log says why.");
        }
    }

    public String label(String originValue) {
        return ORIGINS.stream()
                .filter(o -> o.value().equals(originValue))
                .map(OriginOption::label)
                .findFirst()
                .orElse(originValue);
    }

    public List<OriginOption> getOrigins() {
        return ORIGINS;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public List<Group> getBackward() {
        return backward;
    }

    public List<AffectedImplant> getForward() {
        return forward;
    }

    public String getOriginLabel() {
        return label(origin);
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = blankToNull(serial);
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = blankToNull(origin);
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = blankToNull(key);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
