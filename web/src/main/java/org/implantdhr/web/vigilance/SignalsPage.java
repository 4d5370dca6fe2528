package org.implantdhr.web.vigilance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.vigilance.boundary.SignalReview;
import org.implantdhr.vigilance.boundary.SignalReview.GroupSignal;

/**
 * Signal detection (/record/signals.xhtml), for QA, QA managers and regulators: per powder lot,
 * build, furnace run and design family, events per 100 implant-years against the rest, and which
 * groups the registries' rule flags for QA review. Read only: a flag concludes nothing.
 */
@Named
@RequestScoped
public class SignalsPage {

    @EJB SignalReview review;

    private List<GroupSignal> all;

    /** One dimension's groups, flagged first. */
    public record Section(String id, String label, List<GroupSignal> groups) {}

    private List<GroupSignal> all() {
        if (all == null) {
            all = review.all();
        }
        return all;
    }

    public List<Section> getSections() {
        var sections = new ArrayList<Section>();
        for (SignalReview.Dimension d : SignalReview.Dimension.values()) {
            sections.add(
                    new Section(
                            d.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                            d.label(),
                            all().stream().filter(s -> s.dimension() == d).toList()));
        }
        return sections;
    }

    /** The flagged groups: QA's review list. */
    public List<GroupSignal> getFlagged() {
        return all().stream().filter(GroupSignal::flagged).toList();
    }

    public String reasons(GroupSignal s) {
        return String.join("; ", s.assessment().reasons());
    }
}
