package org.implantdhr.vigilance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.control.ElectronicSignatures;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.identity.entity.SignatureMeaning;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.vigilance.boundary.SignalReview.Dimension;
import org.implantdhr.vigilance.boundary.SignalReview.GroupSignal;
import org.implantdhr.vigilance.control.FlagSnapshot;
import org.implantdhr.vigilance.entity.SignalConclusion;
import org.implantdhr.vigilance.entity.SignalFlagReview;

/**
 * QA's review of the groups signal detection flags. A QA manager reviews one flagged group: the
 * conclusion (see {@link SignalConclusion}), a reference where it opens something, and why, signed
 * with one e-signature (meaning SIGNAL_REVIEW) bound to the SHA-256 of the numbers the flag showed
 * at that moment and the conclusion. A flag is then reviewed until its group's implants, implants
 * with an event or events change, or the rule's version does ({@link FlagSnapshot#changesSince}):
 * then it asks for a new review, which supersedes the last one; every review is kept. Nothing is
 * stored when anything is missing or wrong, or the password is wrong.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR"})
public class SignalFlagReviews {

    static final String SUBJECT_TYPE = "SignalFlagReview";
    private static final int MAX_REASON = 2000;
    private static final int MAX_REFERENCE = 60;

    /** Where a flag stands with QA. */
    public enum State {
        NOT_REVIEWED("not reviewed"),
        REVIEWED("reviewed"),
        CHANGED_SINCE_REVIEW("reviewed, but changed since: review again");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A group of signal detection with its latest review, if any, and where it stands: {@code
     * state} is null for a group that is neither flagged nor was ever reviewed.
     *
     * @param changes what changed since the latest review, in words; empty when nothing did
     */
    public record ReviewedSignal(
            GroupSignal signal,
            FlagSnapshot now,
            FlagReviewRecord latest,
            State state,
            List<String> changes) {

        /** A flag that asks for a review: never reviewed, or changed since. */
        public boolean awaitsReview() {
            return signal.flagged() && state != State.REVIEWED;
        }
    }

    @PersistenceContext EntityManager em;

    @EJB SignalReview detection;

    @EJB VigilanceCases cases;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject ElectronicSignatures signatures;

    /**
     * Reviews the flagged group {@code group} of {@code dimension} as it is now. When the reviewer
     * says how many events they saw ({@code seenEvents}), a group that has another number now is
     * refused: the review is of what was seen.
     */
    @RolesAllowed("QA_MANAGER")
    public FlagReviewRecord review(
            String dimension,
            String group,
            Integer seenEvents,
            String conclusion,
            String reference,
            String reason,
            char[] password,
            String zoneId) {
        Dimension d = Dimension.named("dimension", dimension);
        if (group == null || group.isBlank()) {
            throw new InvalidRequestException("group", "Say which " + d.label() + " to review");
        }
        GroupSignal signal =
                detection.of(d).stream()
                        .filter(s -> s.exposure().group().equals(group.strip()))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new InvalidRequestException(
                                                "group",
                                                "No "
                                                        + d.label()
                                                        + " "
                                                        + group.strip()
                                                        + " has an implanted implant"));
        if (!signal.flagged()) {
            throw new InvalidRequestException(
                    "group",
                    d.label()
                            + " "
                            + group.strip()
                            + " is not flagged: there is no flag to review ("
                            + String.join("; ", signal.assessment().reasons())
                            + ")");
        }
        if (seenEvents != null && seenEvents != signal.exposure().events()) {
            throw new InvalidRequestException(
                    "events",
                    "The group has "
                            + signal.exposure().events()
                            + " events now, not the "
                            + seenEvents
                            + " you saw: look at it again before you review it");
        }
        SignalConclusion concluded = conclusion(conclusion);
        String ref = reference(concluded, reference);
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(
                    "reason",
                    concluded == SignalConclusion.NO_ACTION
                            ? "Say by what the flag is explained"
                            : "Say why you concluded this");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "At most " + MAX_REASON + " characters");
        }
        var review =
                new SignalFlagReview(
                        snapshot(signal),
                        concluded,
                        ref,
                        reason.strip(),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(review);
        em.flush();
        ElectronicSignature signature =
                signatures.sign(
                        password,
                        SignatureMeaning.SIGNAL_REVIEW,
                        zoneId,
                        SUBJECT_TYPE,
                        review.id(),
                        review.contentSha256());
        review.signedWith(signature.id());
        em.flush();
        audit.created(review);
        return FlagReviewRecord.of(review, true, signature.manifestation());
    }

    /**
     * The reviews, newest first, each with its signature: of one group when both are given, of one
     * dimension when only it is given, else all.
     */
    public List<FlagReviewRecord> history(String dimension, String group) {
        Dimension d =
                dimension == null || dimension.isBlank()
                        ? null
                        : Dimension.named("dimension", dimension);
        if (group != null && !group.isBlank() && d == null) {
            throw new InvalidRequestException("dimension", "Say the dimension of the group");
        }
        String where =
                (d == null ? "" : " and r.dimension = :dimension")
                        + (group == null || group.isBlank() ? "" : " and r.groupKey = :group");
        var query =
                em.createQuery(
                        "select r, s from SignalFlagReview r, ElectronicSignature s"
                                + " where s.id = r.signatureId"
                                + where
                                + " order by r.createdAt desc, r.id desc",
                        Object[].class);
        if (d != null) {
            query.setParameter("dimension", d.name());
        }
        if (group != null && !group.isBlank()) {
            query.setParameter("group", group.strip());
        }
        var seen = new HashSet<String>();
        var records = new ArrayList<FlagReviewRecord>();
        for (Object[] r : query.setMaxResults(1000).getResultList()) {
            var review = (SignalFlagReview) r[0];
            boolean latest = seen.add(review.dimension() + "|" + review.groupKey());
            records.add(
                    FlagReviewRecord.of(
                            review, latest, ((ElectronicSignature) r[1]).manifestation()));
        }
        return records;
    }

    /**
     * Every group of signal detection with where it stands with QA, flagged first per dimension.
     */
    public List<ReviewedSignal> all() {
        return withReviews(detection.all());
    }

    public List<ReviewedSignal> of(Dimension dimension) {
        return withReviews(detection.of(dimension));
    }

    /** The flagged groups with where they stand: QA's review list. */
    public List<ReviewedSignal> flagged() {
        return all().stream().filter(s -> s.signal().flagged()).toList();
    }

    /** The flags that ask for a review: never reviewed, or changed since their last review. */
    public List<ReviewedSignal> awaitingReview() {
        return all().stream().filter(ReviewedSignal::awaitsReview).toList();
    }

    private List<ReviewedSignal> withReviews(List<GroupSignal> signals) {
        Map<String, FlagReviewRecord> latest = new LinkedHashMap<>();
        for (FlagReviewRecord r : history(null, null)) {
            if (r.current()) {
                latest.put(r.reviewed().dimension() + "|" + r.reviewed().group(), r);
            }
        }
        var reviewed = new ArrayList<ReviewedSignal>();
        for (GroupSignal s : signals) {
            FlagSnapshot now = snapshot(s);
            FlagReviewRecord last = latest.get(now.dimension() + "|" + now.group());
            List<String> changes = last == null ? List.of() : now.changesSince(last.reviewed());
            State state =
                    last == null
                            ? (s.flagged() ? State.NOT_REVIEWED : null)
                            : changes.isEmpty() ? State.REVIEWED : State.CHANGED_SINCE_REVIEW;
            reviewed.add(new ReviewedSignal(s, now, last, state, changes));
        }
        return reviewed;
    }

    private static FlagSnapshot snapshot(GroupSignal s) {
        return FlagSnapshot.of(
                s.dimension().name(),
                s.exposure(),
                s.assessment(),
                LocalDate.ofInstant(RecordingClock.now(), ZoneOffset.UTC));
    }

    private static SignalConclusion conclusion(String conclusion) {
        if (conclusion == null || conclusion.isBlank()) {
            throw new InvalidRequestException(
                    "conclusion",
                    "Say what you conclude: one of " + Arrays.toString(SignalConclusion.values()));
        }
        try {
            return SignalConclusion.valueOf(
                    conclusion.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "conclusion",
                    "No conclusion "
                            + conclusion.strip()
                            + "; one of "
                            + Arrays.toString(SignalConclusion.values()));
        }
    }

    private String reference(SignalConclusion concluded, String reference) {
        boolean given = reference != null && !reference.isBlank();
        if (!concluded.needsReference()) {
            if (given) {
                throw new InvalidRequestException(
                        "reference",
                        "A conclusion of " + concluded.label() + " names no reference");
            }
            return null;
        }
        if (!given) {
            throw new InvalidRequestException("reference", "Give " + concluded.reference());
        }
        String ref = reference.strip();
        if (ref.length() > MAX_REFERENCE) {
            throw new InvalidRequestException(
                    "reference", "At most " + MAX_REFERENCE + " characters");
        }
        if (concluded == SignalConclusion.VIGILANCE_CASE) {
            try {
                return cases.get(ref).caseNumber();
            } catch (NoSuchRecordException unknown) {
                throw new InvalidRequestException("reference", "There is no vigilance case " + ref);
            }
        }
        return ref;
    }
}
