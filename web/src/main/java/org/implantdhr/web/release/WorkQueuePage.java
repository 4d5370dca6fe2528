package org.implantdhr.web.release;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.implantdhr.release.boundary.QueueEntry;
import org.implantdhr.release.boundary.QueueGroup;
import org.implantdhr.release.boundary.ReviewQueue;
import org.implantdhr.release.control.ReleaseReadiness;
import org.implantdhr.release.entity.Verdict;
import org.implantdhr.web.platform.PageErrors;

/**
 * The QA work queue page: the implants by what comes next for them (evidence, evaluation,
 * signature, a nonconformance report, the certificate), searched and paged by the database. Without
 * a group it shows the first rows of each; with one, that group a page at a time. Every row leads
 * to its next action.
 */
@Named
@RequestScoped
public class WorkQueuePage {

    /** Rows of each group when all are shown. */
    static final int FIRST_ROWS = 10;

    /** Rows of a page of one group. */
    static final int PAGE_SIZE = 25;

    /** A group as the page shows it. */
    public record Section(
            QueueGroup group,
            String id,
            String heading,
            String explanation,
            String sinceLabel,
            long count,
            List<QueueEntry> entries) {}

    @EJB ReviewQueue queue;

    private String search;
    private String group;
    private int page = 1;
    private Map<QueueGroup, Long> counts;
    private List<Section> sections;

    /** The view action: reads the counts and the rows shown, once. */
    public void load() {
        QueueGroup only = selected();
        if (group != null && !group.isBlank() && only == null) {
            PageErrors.atTop(
                    "There is no group "
                            + group
                            + "; the groups are "
                            + Arrays.toString(QueueGroup.values())
                            + ".");
        }
        counts = queue.counts(search);
        sections =
                Arrays.stream(QueueGroup.values())
                        .filter(g -> only == null || g == only)
                        .map(
                                g ->
                                        new Section(
                                                g,
                                                sectionId(g),
                                                heading(g),
                                                explanation(g),
                                                sinceLabel(g),
                                                counts.get(g),
                                                only == null
                                                        ? queue.entries(g, search, 0, FIRST_ROWS)
                                                        : queue.entries(
                                                                g,
                                                                search,
                                                                (page - 1) * PAGE_SIZE,
                                                                PAGE_SIZE)))
                        .toList();
    }

    private QueueGroup selected() {
        if (group == null || group.isBlank()) {
            return null;
        }
        try {
            return QueueGroup.valueOf(group.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String sectionId(QueueGroup g) {
        return "queue-" + g.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String heading(QueueGroup g) {
        return switch (g) {
            case AWAITING_EVIDENCE -> "Awaiting evidence";
            case READY_TO_EVALUATE -> "Ready to evaluate";
            case READY_TO_SIGN -> "Ready to sign";
            case BLOCKED -> "Blocked";
            case RELEASED -> "Released";
        };
    }

    private static String explanation(QueueGroup g) {
        return switch (g) {
            case AWAITING_EVIDENCE ->
                    "Production and inspection have not recorded everything the release needs; each row names what is missing.";
            case READY_TO_EVALUATE ->
                    "Every piece of evidence is recorded and there is no evaluation of today: evaluate.";
            case READY_TO_SIGN ->
                    "Evaluated today, nothing blocks: acknowledge the warnings, then sign the release.";
            case BLOCKED ->
                    "An open nonconformance report or a FAIL/MISSING finding: the report comes first; no release.";
            case RELEASED -> "Released, with their certificates.";
        };
    }

    private static String sinceLabel(QueueGroup g) {
        return switch (g) {
            case READY_TO_SIGN -> "Evaluated";
            case RELEASED -> "Released";
            default -> "Registered";
        };
    }

    /**
     * What the row's badge says: the readiness shown for the group, not the rules' stored verdict.
     */
    public String badge(QueueEntry e) {
        return switch (e.group()) {
            case READY_TO_SIGN -> ReleaseReadiness.AWAITING_RELEASE_SIGNATURE;
            case BLOCKED -> Verdict.NOT_RELEASABLE.name();
            default -> e.status();
        };
    }

    /** The label of the row's next action. */
    public String actionLabel(QueueEntry e) {
        return switch (e.group()) {
            case AWAITING_EVIDENCE -> "See the record";
            case READY_TO_EVALUATE -> "Evaluate";
            case READY_TO_SIGN ->
                    e.detail().startsWith("warnings") ? "Acknowledge and sign" : "Sign the release";
            case BLOCKED ->
                    e.openReport() != null
                            ? "Disposition " + e.openReport()
                            : "Review the findings";
            case RELEASED -> "Certificate";
        };
    }

    /** The page of the row's next action, relative to the application. */
    public String actionPath(QueueEntry e) {
        String serial = URLEncoder.encode(e.serialNumber(), StandardCharsets.UTF_8);
        return switch (e.group()) {
            case AWAITING_EVIDENCE -> "/record/implant.xhtml?serial=" + serial;
            case READY_TO_EVALUATE -> "/qa/review.xhtml?serial=" + serial + "#evaluation";
            case READY_TO_SIGN ->
                    e.detail().startsWith("warnings")
                            ? "/qa/review.xhtml?serial=" + serial + "#findings"
                            : "/qa/review.xhtml?serial=" + serial + "&sign=release#sign-dialog";
            case BLOCKED ->
                    e.openReport() != null
                            ? "/qa/review.xhtml?serial=" + serial + "#ncr-" + e.openReport()
                            : "/qa/review.xhtml?serial=" + serial + "#findings";
            case RELEASED -> "/qa/certificate.xhtml?serial=" + serial;
        };
    }

    /** The queue's address with a group, the search and a page. */
    public String link(QueueGroup g, int toPage) {
        StringBuilder url = new StringBuilder("/qa/queue.xhtml?");
        if (g != null) {
            url.append("group=").append(g.name()).append('&');
        }
        if (search != null && !search.isBlank()) {
            url.append("q=")
                    .append(URLEncoder.encode(search.strip(), StandardCharsets.UTF_8))
                    .append('&');
        }
        if (toPage > 1) {
            url.append("page=").append(toPage).append('&');
        }
        return url.substring(0, url.length() - 1);
    }

    public boolean isFiltered() {
        return selected() != null;
    }

    public boolean hasNextPage(Section s) {
        return isFiltered() && (long) page * PAGE_SIZE < s.count();
    }

    public List<QueueGroup> getGroups() {
        return List.of(QueueGroup.values());
    }

    public String headingOf(QueueGroup g) {
        return heading(g);
    }

    public long countOf(QueueGroup g) {
        return counts == null ? 0 : counts.get(g);
    }

    public long getTotal() {
        return counts == null ? 0 : counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<Section> getSections() {
        return sections;
    }

    public int getFirstRows() {
        return FIRST_ROWS;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public String getSelectedGroup() {
        QueueGroup g = selected();
        return g == null ? "" : g.name();
    }
}
