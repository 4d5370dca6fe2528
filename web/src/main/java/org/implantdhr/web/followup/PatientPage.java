package org.implantdhr.web.followup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.implantdhr.component.boundary.ComponentLots;
import org.implantdhr.component.entity.ComponentLot;
import org.implantdhr.followup.boundary.FollowUps;
import org.implantdhr.followup.entity.AdverseEvent;
import org.implantdhr.followup.entity.FollowUp;
import org.implantdhr.followup.entity.ScheduledVisit;
import org.implantdhr.followup.entity.Visit;
import org.implantdhr.implantation.boundary.Implantations;
import org.implantdhr.implantation.entity.Explantation;
import org.implantdhr.implantation.entity.Implantation;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.web.platform.PageErrors;

/**
 * One implanted patient, by the implant's serial and the case's pseudonym: the operation and stay,
 * the schedule with each visit's state today, the visits and the adverse events. The forms on the
 * page ({@link VisitForm}, {@link AdverseEventForm}, {@link StayForm}) record for it.
 */
@Named
@RequestScoped
public class PatientPage {

    @EJB Implantations implantations;

    @EJB FollowUps followUps;

    @EJB ComponentLots lots;

    private String serial;
    private Implantation implantation;
    private Explantation explantation;
    private FollowUp followUp;
    private List<ScheduledVisit> schedule = List.of();
    private List<Visit> visits = List.of();
    private List<AdverseEvent> events = List.of();

    public void load() {
        if (serial == null || serial.isBlank()) {
            PageErrors.atTop("Choose a patient from the worklist.");
            return;
        }
        try {
            implantation = implantations.get(serial);
            explantation = implantations.explantationOf(implantation).orElse(null);
            followUp = followUps.followUp(serial);
            schedule = followUps.schedule(serial);
            visits = followUps.visits(serial);
            events = followUps.events(serial);
        } catch (NoSuchRecordException e) {
            implantation = null;
            PageErrors.atTop("No implanted patient with the implant " + serial + " among yours.");
        }
    }

    public LocalDate getToday() {
        return LocalDate.ofInstant(RecordingClock.now(), ZoneOffset.UTC);
    }

    public String stateOf(ScheduledVisit visit) {
        return visit.stateOn(getToday()).name();
    }

    public String plateLot() {
        ComponentLot lot = lots.byId(implantation.plateLotId()).orElse(null);
        return lot == null
                ? ""
                : lot.material()
                        + " "
                        + lot.supplier()
                        + " "
                        + lot.catalogueNumber()
                        + ", lot "
                        + lot.lotNumber();
    }

    /** The visits still to be recorded, for the visit form's choice. */
    public List<String> getOpenVisitCodes() {
        return schedule.stream()
                .filter(s -> s.visitId() == null)
                .map(ScheduledVisit::visitCode)
                .toList();
    }

    public boolean isRecording() {
        return implantation != null && implantations.recordsFor(implantation);
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public Implantation getImplantation() {
        return implantation;
    }

    public Explantation getExplantation() {
        return explantation;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public List<ScheduledVisit> getSchedule() {
        return schedule;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public List<AdverseEvent> getEvents() {
        return events;
    }
}
