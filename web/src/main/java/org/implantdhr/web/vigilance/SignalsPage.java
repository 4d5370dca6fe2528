package org.implantdhr.web.vigilance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.implantdhr.vigilance.boundary.FlagReviewRecord;
import org.implantdhr.vigilance.boundary.SignalFlagReviews;
import org.implantdhr.vigilance.boundary.SignalFlagReviews.ReviewedSignal;
import org.implantdhr.vigilance.boundary.SignalReview;
import org.implantdhr.vigilance.entity.SignalConclusion;
import org.implantdhr.web.identity.SignatureInput;
import org.implantdhr.web.platform.KeptMessages;
import org.implantdhr.web.platform.PageErrors;

/**
 * Signal detection (/record/signals.xhtml), for QA, QA managers and regulators: per powder lot,
 * build, furnace run and design family, events per 100 implant-years against the rest, which groups
 * the registries' rule flags for QA review, where each flag stands with QA (not reviewed, reviewed,
 * or changed since its review), and every review. A QA manager reviews a flag here and signs it;
 * the flag itself concludes nothing.
 */
@Named
@RequestScoped
public class SignalsPage {

    @EJB SignalFlagReviews reviews;

    @Inject SignatureInput reviewSignature;

    private List<ReviewedSignal> all;
    private List<FlagReviewRecord> history;

    private String target;
    private String conclusion;
    private String reference;
    private String reason;

    /** One dimension's groups, flagged first. */
    public record Section(String id, String label, List<ReviewedSignal> groups) {}

    /** A flagged group the review form offers: dimension, the events seen, and the group. */
    public record Target(String value, String label) {}

    private List<ReviewedSignal> all() {
        if (all == null) {
            all = reviews.all();
        }
        return all;
    }

    public List<Section> getSections() {
        var sections = new ArrayList<Section>();
        for (SignalReview.Dimension d : SignalReview.Dimension.values()) {
            sections.add(
                    new Section(
                            d.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            d.label(),
                            all().stream().filter(s -> s.signal().dimension() == d).toList()));
        }
        return sections;
    }

    /** The flagged groups, with where they stand: QA's review list. */
    public List<ReviewedSignal> getFlagged() {
        return all().stream().filter(s -> s.signal().flagged()).toList();
    }

    /** Every review, newest first. */
    public List<FlagReviewRecord> getHistory() {
        if (history == null) {
            history = reviews.history(null, null);
        }
        return history;
    }

    public List<Target> getTargets() {
        return getFlagged().stream()
                .map(
                        s ->
                                new Target(
                                        s.signal().dimension().name()
                                                + "|"
                                                + s.signal().exposure().events()
                                                + "|"
                                                + s.signal().exposure().group(),
                                        s.signal().dimension().label()
                                                + " "
                                                + s.signal().exposure().group()
                                                + " ("
                                                + s.state().label()
                                                + ")"))
                .toList();
    }

    public List<SignalConclusion> getConclusions() {
        return Arrays.asList(SignalConclusion.values());
    }

    public String reasons(ReviewedSignal s) {
        return String.join("; ", s.signal().assessment().reasons());
    }

    /** What changed since the flag's last review, in words. */
    public String changes(ReviewedSignal s) {
        return String.join("; ", s.changes());
    }

    public String dimensionLabel(String dimension) {
        return SignalReview.Dimension.valueOf(dimension).label();
    }

    /** Signs the review of the chosen flag; the page again with it shown. */
    public String review() {
        char[] secret = reviewSignature.takePassword();
        try {
            String dimension = null;
            Integer events = null;
            String group = null;
            if (target != null) {
                String[] parts = target.split("\\|", 3);
                if (parts.length == 3) {
                    dimension = parts[0];
                    events = Integer.valueOf(parts[1]);
                    group = parts[2];
                }
            }
            FlagReviewRecord made =
                    reviews.review(
                            dimension,
                            group,
                            events,
                            conclusion,
                            reference,
                            reason,
                            secret,
                            reviewSignature.getZone());
            KeptMessages.keep(
                    "Review signed: "
                            + dimensionLabel(made.reviewed().dimension())
                            + " "
                            + made.reviewed().group()
                            + ", "
                            + made.conclusionLabel()
                            + (made.reference() == null ? "" : " (" + made.reference() + ")")
                            + ". "
                            + made.signature());
            return "/record/signals?faces-redirect=true";
        } catch (RuntimeException e) {
            PageErrors.of(
                            Map.of(
                                    "dimension", "review:target",
                                    "group", "review:target",
                                    "events", "review:target",
                                    "conclusion", "review:conclusion",
                                    "reference", "review:reference",
                                    "reason", "review:reason",
                                    "password", "review:password",
                                    "zone", "review:zone"))
                    .show(e);
            return null;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    public SignatureInput getReviewSignature() {
        return reviewSignature;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
