package org.implantdhr.powder.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.NotAfterRecording;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.powder.entity.LotShare;
import org.implantdhr.powder.entity.PowderBatch;
import org.implantdhr.powder.entity.PowderType;

/** Batches of powder prepared for a machine from one or more lots. */
@Stateless
@RolesAllowed({"OPERATOR", "QA", "QA_MANAGER"})
public class PowderBatches {

    @PersistenceContext EntityManager em;

    @Inject NotAfterRecording notAfterRecording;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @EJB PowderLots lots;

    /**
     * @param shares lot number to mass fraction; the fractions must add up to 1
     */
    public PowderBatch prepare(
            String batchNumber,
            PowderType type,
            String virginUsedRatio,
            int reuseCount,
            BigDecimal inhouseOxygenWtPct,
            LocalDate sievedOn,
            Map<String, BigDecimal> shares) {
        if (find(batchNumber).isPresent()) {
            throw new ConflictingRecordException(
                    "Powder batch " + batchNumber + " is already recorded");
        }
        notAfterRecording.check(sievedOn, "sievedOn");
        if (shares == null || shares.isEmpty()) {
            throw new InvalidRequestException("lots", "A batch is made of at least one powder lot");
        }
        if (reuseCount < 0 || (type == PowderType.VIRGIN && reuseCount != 0)) {
            throw new InvalidRequestException(
                    "reuseCount", "The reuse count is 0 for virgin powder and never negative");
        }
        BigDecimal total = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(BigDecimal.ONE) != 0) {
            throw new InvalidRequestException(
                    "lots",
                    "The mass fractions of the lots add up to "
                            + total.toPlainString()
                            + ", not 1");
        }
        var seen = new HashSet<String>();
        List<LotShare> lotShares =
                shares.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(
                                e -> {
                                    if (e.getValue().signum() <= 0 || !seen.add(e.getKey())) {
                                        throw new InvalidRequestException(
                                                "lots." + e.getKey(),
                                                "Each lot appears once, with a positive fraction");
                                    }
                                    return new LotShare(
                                            lots.referenced(e.getKey(), "lots." + e.getKey()),
                                            e.getValue());
                                })
                        .toList();
        var batch =
                new PowderBatch(
                        batchNumber,
                        type,
                        virginUsedRatio,
                        reuseCount,
                        inhouseOxygenWtPct,
                        sievedOn,
                        lotShares,
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(batch);
        em.flush();
        audit.created(batch);
        return batch;
    }

    /** The latest prepared batches, newest first. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<PowderBatch> recent(int limit) {
        return em.createQuery(
                        "select b from PowderBatch b order by b.createdAt desc, b.id desc",
                        PowderBatch.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @PermitAll
    public Optional<PowderBatch> find(String batchNumber) {
        return em.createNamedQuery(PowderBatch.BY_NUMBER, PowderBatch.class)
                .setParameter("batchNumber", batchNumber)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public PowderBatch get(String batchNumber) {
        return find(batchNumber)
                .orElseThrow(() -> new NoSuchRecordException("Powder batch", batchNumber));
    }

    @PermitAll
    public PowderBatch referenced(String batchNumber, String field) {
        return find(batchNumber)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field,
                                        "No powder batch '" + batchNumber + "' is recorded"));
    }
}
