package org.implantdhr.component.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.component.entity.ComponentLot;
import org.implantdhr.component.entity.PlateMaterial;
import org.implantdhr.evidence.control.EvidenceFiles;
import org.implantdhr.evidence.entity.EvidenceKind;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;

/** Lots of separation plates as received, with their certificates of conformance. */
@Stateless
@RolesAllowed({"OPERATOR", "QA", "QA_MANAGER"})
public class ComponentLots {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject EvidenceFiles files;

    public ComponentLot receive(ComponentLotData data) {
        if (find(data.supplier(), data.catalogueNumber(), data.lotNumber()).isPresent()) {
            throw new ConflictingRecordException(
                    "Lot "
                            + data.lotNumber()
                            + " of "
                            + data.supplier()
                            + " "
                            + data.catalogueNumber()
                            + " is already recorded");
        }
        var lot =
                new ComponentLot(
                        data.supplier(),
                        data.catalogueNumber(),
                        data.lotNumber(),
                        material(data.material()),
                        data.expiryDate(),
                        data.sterile(),
                        data.sterilisationMethod(),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(lot);
        em.flush();
        audit.created(lot);
        return lot;
    }

    /** The certificate of conformance as the supplier sent it; replacing one needs a reason. */
    public ComponentLot attachCertificate(
            String supplier,
            String catalogueNumber,
            String lotNumber,
            String fileName,
            byte[] content,
            String reason) {
        ComponentLot lot = get(supplier, catalogueNumber, lotNumber);
        if (content.length == 0) {
            throw new InvalidRequestException("file", "The certificate file is empty");
        }
        var before = lot.auditState();
        boolean replacing = lot.conformanceCertificate() != null;
        lot.attachConformanceCertificate(
                files.store(EvidenceKind.COMPONENT_CERTIFICATE, fileName, content));
        if (replacing) {
            audit.changed(lot, before, reason);
        } else {
            audit.event(
                    "ATTACH",
                    lot,
                    "certificate of conformance "
                            + lot.conformanceCertificate().fileName()
                            + " sha256 "
                            + lot.conformanceCertificate().sha256(),
                    null);
        }
        return lot;
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<ComponentLot> all(int offset, int limit) {
        return em.createQuery(
                        "select l from ComponentLot l order by l.supplier, l.catalogueNumber, l.lotNumber",
                        ComponentLot.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<ComponentLot> find(String supplier, String catalogueNumber, String lotNumber) {
        return em.createNamedQuery(ComponentLot.BY_KEY, ComponentLot.class)
                .setParameter("supplier", supplier)
                .setParameter("catalogueNumber", catalogueNumber)
                .setParameter("lotNumber", lotNumber)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public ComponentLot get(String supplier, String catalogueNumber, String lotNumber) {
        return find(supplier, catalogueNumber, lotNumber)
                .orElseThrow(
                        () ->
                                new NoSuchRecordException(
                                        "Component lot",
                                        supplier + " " + catalogueNumber + " " + lotNumber));
    }

    /**
     * For requests that name a lot (fitting a plate to an implant): an unknown one is a mistake in
     * the request.
     */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER"})
    public ComponentLot referenced(
            String supplier, String catalogueNumber, String lotNumber, String field) {
        return find(supplier, catalogueNumber, lotNumber)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field,
                                        "No lot "
                                                + lotNumber
                                                + " of "
                                                + supplier
                                                + " "
                                                + catalogueNumber
                                                + " is recorded"));
    }

    /** By the id an implant record holds (release rules, trace, showing an implant). */
    @RolesAllowed({
        "OPERATOR",
        "ENGINEER",
        "QA",
        "QA_MANAGER",
        "REGULATOR",
        "SURGEON",
        "STUDY_STAFF"
    })
    public Optional<ComponentLot> byId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ComponentLot.class, id));
    }

    private static PlateMaterial material(String name) {
        return Arrays.stream(PlateMaterial.values())
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        "material",
                                        "'"
                                                + name
                                                + "' is not a plate material; use "
                                                + Arrays.toString(PlateMaterial.values())));
    }
}
