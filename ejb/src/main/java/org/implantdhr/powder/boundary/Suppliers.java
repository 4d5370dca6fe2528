package org.implantdhr.powder.boundary;

import jakarta.annotation.security.PermitAll;
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
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.powder.entity.ApprovedSupplier;

/** The approved-supplier list. */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER"})
public class Suppliers {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    public ApprovedSupplier approve(String name, LocalDate from, LocalDate until) {
        if (until != null && until.isBefore(from)) {
            throw new InvalidRequestException(
                    "approvedUntil", "The approval cannot end before it starts");
        }
        if (find(name).isPresent()) {
            throw new ConflictingRecordException("Supplier " + name + " is already on the list");
        }
        var supplier =
                new ApprovedSupplier(
                        name, from, until, currentUser.username(), RecordingClock.now());
        em.persist(supplier);
        em.flush();
        audit.created(supplier);
        return supplier;
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<ApprovedSupplier> all() {
        return em.createQuery(
                        "select s from ApprovedSupplier s order by s.name", ApprovedSupplier.class)
                .getResultList();
    }

    @PermitAll
    public Optional<ApprovedSupplier> find(String name) {
        return em.createNamedQuery(ApprovedSupplier.BY_NAME, ApprovedSupplier.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    /**
     * For other components that reference a supplier by name: an unknown one is a mistake in the
     * request.
     */
    @PermitAll
    public ApprovedSupplier referenced(String name, String field) {
        return find(name)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field, "No approved supplier named '" + name + "'"));
    }

    public ApprovedSupplier get(String name) {
        return find(name).orElseThrow(() -> new NoSuchRecordException("Supplier", name));
    }
}
