package org.implantdhr.build.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.implantdhr.build.entity.Build;
import org.implantdhr.build.entity.Coupon;
import org.implantdhr.build.entity.PlatePosition;

/**
 * Reads builds with their summaries a page at a time, in four queries whatever the page size: the
 * page of builds with the business keys they refer to (machine, parameter set and log file fetched
 * with them, powder batch and people joined by id), then the page's implants (with their plate
 * positions), its coupons and its layer counts, each for all builds of the page at once. (A summary
 * read build by build took eight queries a row.) Paging and ordering happen in the database.
 */
@Dependent
public class BuildSummaries {

    /**
     * The powder batch and the people belong to other components: joined by the ids the build keeps
     * (all NOT NULL). The log file (none until it is imported) is an item of the result, not a
     * fetch join: EclipseLink shifts the items after an outer fetch join that found nothing, which
     * lost a new build's powder batch. Selected, it is in the persistence context, where the
     * build's reference finds it by its key without a query.
     */
    private static final String PAGE =
            "select b, p.batchNumber, o.username, g.username, f from Build b "
                    + "join fetch b.machine join fetch b.parameterSet left join b.logFile f, "
                    + "PowderBatch p, UserAccount o, UserAccount g "
                    + "where p.id = b.powderBatchId and o.id = b.operatorId and g.id = b.programmerId ";

    @PersistenceContext EntityManager em;

    /** By build number, a page. */
    public List<BuildSummary> byNumber(int offset, int limit) {
        return summaries(
                em.createQuery(PAGE + "order by b.buildNumber", Object[].class)
                        .setFirstResult(offset)
                        .setMaxResults(limit));
    }

    /** The latest recorded builds, newest first. */
    public List<BuildSummary> newestFirst(int limit) {
        return summaries(
                em.createQuery(PAGE + "order by b.createdAt desc, b.id desc", Object[].class)
                        .setMaxResults(limit));
    }

    public Optional<BuildSummary> of(String buildNumber) {
        return summaries(
                        em.createQuery(PAGE + "and b.buildNumber = :buildNumber", Object[].class)
                                .setParameter("buildNumber", buildNumber))
                .stream()
                .findFirst();
    }

    private List<BuildSummary> summaries(TypedQuery<Object[]> page) {
        List<Object[]> rows = page.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> ((Build) row[0]).id()).toList();
        Map<Long, List<String>> implants = new HashMap<>();
        Map<Long, Map<String, PlatePosition>> positions = new HashMap<>();
        implantsOf(ids, implants, positions);
        Map<Long, List<Coupon>> coupons = couponsOf(ids);
        Map<Long, Integer> layerRows = layerRowsOf(ids);
        List<BuildSummary> summaries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Build build = (Build) row[0];
            summaries.add(
                    new BuildSummary(
                            build,
                            (String) row[1],
                            (String) row[2],
                            (String) row[3],
                            implants.getOrDefault(build.id(), List.of()),
                            positions.getOrDefault(build.id(), Map.of()),
                            coupons.getOrDefault(build.id(), List.of()),
                            layerRows.getOrDefault(build.id(), 0)));
        }
        return summaries;
    }

    /** The serial numbers placed in each build, in order, and their plate positions. */
    private void implantsOf(
            List<Long> buildIds,
            Map<Long, List<String>> implants,
            Map<Long, Map<String, PlatePosition>> positions) {
        var rows =
                em.createQuery(
                                "select i.buildId, i.serialNumber, i.plateXMm, i.plateYMm, i.plateLabel "
                                        + "from Implant i where i.buildId in :ids order by i.serialNumber",
                                Object[].class)
                        .setParameter("ids", buildIds)
                        .getResultList();
        for (Object[] row : rows) {
            Long buildId = (Long) row[0];
            String serial = (String) row[1];
            implants.computeIfAbsent(buildId, id -> new ArrayList<>()).add(serial);
            if (row[2] != null && row[3] != null) {
                positions
                        .computeIfAbsent(buildId, id -> new LinkedHashMap<>())
                        .put(
                                serial,
                                new PlatePosition(
                                        (BigDecimal) row[2], (BigDecimal) row[3], (String) row[4]));
            }
        }
    }

    private Map<Long, List<Coupon>> couponsOf(List<Long> buildIds) {
        return em
                .createQuery(
                        "select c.build.id, c from Coupon c where c.build.id in :ids order by c.couponCode",
                        Object[].class)
                .setParameter("ids", buildIds)
                .getResultList()
                .stream()
                .collect(
                        Collectors.groupingBy(
                                row -> (Long) row[0],
                                Collectors.mapping(row -> (Coupon) row[1], Collectors.toList())));
    }

    /**
     * Table build_layer has no entity (see BuildLayerRows): counted in SQL, one count per build.
     */
    private Map<Long, Integer> layerRowsOf(List<Long> buildIds) {
        String placeholders = buildIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        var count =
                em.createNativeQuery(
                        "SELECT build_id, COUNT(*) FROM build_layer WHERE build_id IN ("
                                + placeholders
                                + ") GROUP BY build_id");
        for (int i = 0; i < buildIds.size(); i++) {
            count.setParameter(i + 1, buildIds.get(i));
        }
        Map<Long, Integer> rows = new HashMap<>();
        for (Object result : count.getResultList()) {
            Object[] row = (Object[]) result;
            rows.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return rows;
    }
}
