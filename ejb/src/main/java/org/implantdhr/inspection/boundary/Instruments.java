package org.implantdhr.inspection.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.inspection.entity.Instrument;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;

/** The measuring instruments and their calibration due dates. */
@Stateless
@RolesAllowed({"ENGINEER", "QA", "QA_MANAGER"})
public class Instruments {

    private static final String CODE_PATTERN = "[A-Za-z0-9._/-]{1,40}";

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    public Instrument register(String code, String type, LocalDate calibrationDue) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            throw new InvalidRequestException(
                    "code", "An instrument code is 1 to 40 letters, digits or . _ / -");
        }
        if (type == null || type.isBlank() || type.length() > 60) {
            throw new InvalidRequestException(
                    "type", "The instrument type (CMM, 3D scanner, …) is 1 to 60 characters");
        }
        requireDueDate(calibrationDue);
        if (find(code).isPresent()) {
            throw new ConflictingRecordException("Instrument " + code + " is already registered");
        }
        var instrument =
                new Instrument(
                        code,
                        type.strip(),
                        calibrationDue,
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(instrument);
        em.flush();
        audit.created(instrument);
        return instrument;
    }

    /** A new calibration moves the due date; the trail keeps the old one and the reason. */
    public Instrument recalibrate(String code, LocalDate calibrationDue, String reason) {
        requireDueDate(calibrationDue);
        Instrument instrument = get(code);
        var before = instrument.auditState();
        instrument.recalibrate(calibrationDue);
        audit.changed(instrument, before, reason);
        return instrument;
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<Instrument> all() {
        return em.createQuery("select i from Instrument i order by i.code", Instrument.class)
                .getResultList();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Optional<Instrument> find(String code) {
        return em.createNamedQuery(Instrument.BY_CODE, Instrument.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Instrument get(String code) {
        return find(code).orElseThrow(() -> new NoSuchRecordException("Instrument", code));
    }

    /** For a request that names an instrument: an unknown code is a mistake in the request. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Instrument referenced(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException(field, "The instrument is required");
        }
        return find(code)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field, "No instrument '" + code + "' is registered"));
    }

    private static void requireDueDate(LocalDate calibrationDue) {
        if (calibrationDue == null) {
            throw new InvalidRequestException(
                    "calibrationDue", "The calibration due date is required");
        }
    }
}
