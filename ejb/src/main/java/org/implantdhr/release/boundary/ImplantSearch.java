package org.implantdhr.release.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * The implants by serial or case number, optionally of one status, with QA's decision: a page of
 * the list at a time, filtered and ordered in the database.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR", "ADMIN"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ImplantSearch {

    @PersistenceContext EntityManager em;

    /**
     * @param text part of the serial or case number, any case; blank for all
     * @param status one of {@link ImplantStatus} or blank for any
     */
    public List<ImplantListing> find(String text, String status, int offset, int limit) {
        String pattern =
                "%"
                        + (text == null
                                ? ""
                                : text.strip()
                                        .toUpperCase(Locale.ROOT)
                                        .replace("!", "!!")
                                        .replace("%", "!%")
                                        .replace("_", "!_"))
                        + "%";
        ImplantStatus wanted = status(status);
        var query =
                em.createQuery(
                                "select i.id, i.serialNumber, c.caseNumber, i.status "
                                        + "from Implant i, ImplantCase c where c.id = i.caseId "
                                        + "and (upper(i.serialNumber) like :pattern escape '!' or upper(c.caseNumber) like :pattern escape '!') "
                                        + (wanted == null ? "" : "and i.status = :status ")
                                        + "order by i.serialNumber",
                                Object[].class)
                        .setParameter("pattern", pattern);
        if (wanted != null) {
            query.setParameter("status", wanted);
        }
        List<Object[]> implants =
                query.setFirstResult(Math.max(0, offset))
                        .setMaxResults(Math.max(1, limit))
                        .getResultList();
        return listings(implants);
    }

    private List<ImplantListing> listings(List<Object[]> implants) {
        Map<Long, Object[]> decisions = new HashMap<>();
        if (!implants.isEmpty()) {
            // ordered oldest first, so that the latest decision on an implant is the one kept
            em.createQuery(
                            "select d.implantId, d.decision, d.createdAt from ReleaseDecision d "
                                    + "where d.implantId in :ids order by d.createdAt, d.id",
                            Object[].class)
                    .setParameter("ids", implants.stream().map(r -> (Long) r[0]).toList())
                    .getResultList()
                    .forEach(r -> decisions.put((Long) r[0], r));
        }
        return implants.stream()
                .map(
                        r -> {
                            Object[] d = decisions.get((Long) r[0]);
                            return new ImplantListing(
                                    (String) r[1],
                                    (String) r[2],
                                    ((Enum<?>) r[3]).name(),
                                    d == null ? null : ((Enum<?>) d[1]).name(),
                                    d == null ? null : (Instant) d[2]);
                        })
                .toList();
    }

    private static ImplantStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ImplantStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "status", "The status is one of " + List.of(ImplantStatus.values()));
        }
    }
}
