package org.implantdhr.web.build;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.implantdhr.build.boundary.BuildLogs;
import org.implantdhr.build.boundary.BuildSummary;
import org.implantdhr.build.boundary.Builds;
import org.implantdhr.build.entity.Build;
import org.implantdhr.build.entity.LoggedEvent;
import org.implantdhr.build.entity.PlatePosition;
import org.implantdhr.web.platform.PageErrors;

/**
 * The events a build's log reports (/work/builds?events=), each with its disposition, and an
 * engineer's disposition of one still open — the call behind POST
 * /api/builds/{b}/events/{id}/disposition (rule BLD-EVENTS).
 */
@Named
@RequestScoped
public class BuildEventsForm {

    private static final Map<String, String> FIELDS =
            Map.of("disposition", "disposition:text", "eventId", "disposition:event");

    @EJB Builds builds;

    @EJB BuildLogs logs;

    @Inject FacesContext faces;

    private String buildNumber;
    private Optional<Build> build;

    private Optional<BuildSummary> summary;
    private List<LoggedEvent> events;

    private Long eventId;
    private String disposition;

    /**
     * The build comes with the address (?events=) and, on a post, with the form's hidden field of
     * the same name.
     */
    @PostConstruct
    void buildFromRequest() {
        buildNumber = faces.getExternalContext().getRequestParameterMap().get("events");
    }

    public String dispose() {
        String layer =
                getOpen().stream()
                        .filter(e -> e.id().equals(eventId))
                        .findFirst()
                        .map(e -> " at layer " + e.layerNumber())
                        .orElse("");
        return PageErrors.of(FIELDS)
                .attempt(
                        () -> {
                            // Only open events are offered: a first disposition, which needs no
                            // reason.
                            logs.dispose(buildNumber, eventId, disposition, null);
                            return "/work/builds?faces-redirect=true&events="
                                    + URLEncoder.encode(buildNumber, StandardCharsets.UTF_8);
                        },
                        "Event" + layer + " of build " + buildNumber + " dispositioned.");
    }

    public Build getBuild() {
        if (build == null) {
            build =
                    buildNumber == null || buildNumber.isBlank()
                            ? Optional.empty()
                            : builds.find(buildNumber);
        }
        return build.orElse(null);
    }

    /** The build with its placed implants and their plate positions; null when none is named. */
    public BuildSummary getSummary() {
        if (summary == null) {
            summary =
                    getBuild() == null
                            ? Optional.empty()
                            : Optional.of(builds.summary(getBuild().buildNumber()));
        }
        return summary.orElse(null);
    }

    /** "250.0 × 250.0 mm", the machine's plate; null when its size is not recorded. */
    public String getPlateSize() {
        var machine = getBuild() == null ? null : getBuild().machine();
        if (machine == null || machine.plateSizeXMm() == null) {
            return null;
        }
        return PlatePosition.millimetres(machine.plateSizeXMm())
                + " × "
                + PlatePosition.millimetres(machine.plateSizeYMm())
                + " mm";
    }

    public List<LoggedEvent> getEvents() {
        if (events == null) {
            events = getBuild() == null ? List.of() : logs.events(getBuild());
        }
        return events;
    }

    /** The events no engineer has dispositioned yet. */
    public List<LoggedEvent> getOpen() {
        return getEvents().stream().filter(e -> e.disposition() == null).toList();
    }

    /**
     * Only engineers disposition events (BuildLogs.dispose); others see the dispositions but no
     * form.
     */
    public boolean isMayDispose() {
        return faces.getExternalContext().isUserInRole("ENGINEER");
    }

    public String getBuildNumber() {
        return buildNumber;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public String getDisposition() {
        return disposition;
    }

    public void setDisposition(String disposition) {
        this.disposition = disposition;
    }
}
