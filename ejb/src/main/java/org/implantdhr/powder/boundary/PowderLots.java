package org.implantdhr.powder.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.evidence.control.EvidenceFiles;
import org.implantdhr.evidence.entity.EvidenceKind;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.NotAfterRecording;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.powder.entity.PowderLot;

/**
 * Powder lots as received: recorded from the supplier certificate, corrected only with a reason.
 */
@Stateless
@RolesAllowed({"OPERATOR", "QA", "QA_MANAGER"})
public class PowderLots {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject EvidenceFiles files;

    @Inject NotAfterRecording notAfterRecording;

    @EJB Suppliers suppliers;

    public PowderLot receive(PowderLotData data) {
        if (find(data.lotNumber()).isPresent()) {
            throw new ConflictingRecordException(
                    "Powder lot " + data.lotNumber() + " is already recorded");
        }
        var lot =
                new PowderLot(
                        data.lotNumber(),
                        suppliers.referenced(data.supplier(), "supplier"),
                        currentUser.username(),
                        RecordingClock.now());
        describe(lot, data);
        em.persist(lot);
        em.flush();
        audit.created(lot);
        return lot;
    }

    public PowderLot correct(String lotNumber, PowderLotData data, String reason) {
        PowderLot lot = get(lotNumber);
        if (!lot.supplier().name().equals(data.supplier())) {
            throw new InvalidRequestException(
                    "supplier", "The supplier of a received lot cannot change; record a new lot");
        }
        var before = lot.auditState();
        describe(lot, data);
        audit.changed(lot, before, reason);
        return lot;
    }

    /**
     * Attaches the supplier's certificate document as received. Replacing one that is already
     * attached is a change of recorded evidence and needs a reason.
     */
    public PowderLot attachCertificate(
            String lotNumber, String fileName, byte[] content, String reason) {
        PowderLot lot = get(lotNumber);
        if (content.length == 0) {
            throw new InvalidRequestException("file", "The certificate file is empty");
        }
        var before = lot.auditState();
        boolean replacing = lot.certificate() != null;
        lot.attachCertificate(files.store(EvidenceKind.POWDER_CERTIFICATE, fileName, content));
        if (replacing) {
            audit.changed(lot, before, reason);
        } else {
            audit.event(
                    "ATTACH",
                    lot,
                    "certificate "
                            + lot.certificate().fileName()
                            + " sha256 "
                            + lot.certificate().sha256(),
                    null);
        }
        return lot;
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<PowderLot> all(int offset, int limit) {
        return em.createQuery("select l from PowderLot l order by l.lotNumber", PowderLot.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The latest received lots, newest first. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<PowderLot> recent(int limit) {
        return em.createQuery(
                        "select l from PowderLot l order by l.createdAt desc, l.id desc",
                        PowderLot.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @PermitAll
    public Optional<PowderLot> find(String lotNumber) {
        return em.createNamedQuery(PowderLot.BY_NUMBER, PowderLot.class)
                .setParameter("lotNumber", lotNumber)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public PowderLot get(String lotNumber) {
        return find(lotNumber)
                .orElseThrow(() -> new NoSuchRecordException("Powder lot", lotNumber));
    }

    /**
     * For other components that reference a lot by number: an unknown one is a mistake in the
     * request.
     */
    @PermitAll
    public PowderLot referenced(String lotNumber, String field) {
        return find(lotNumber)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field, "No powder lot '" + lotNumber + "' is recorded"));
    }

    private void describe(PowderLot lot, PowderLotData data) {
        notAfterRecording.check(data.receivedOn(), "receivedOn");
        lot.describe(
                data.materialSpec(),
                data.heatNumber(),
                data.atomization(),
                data.receivedOn(),
                data.certificateLotNumber(),
                data.chemistry(),
                data.properties());
    }
}
