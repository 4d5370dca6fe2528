package org.implantdhr.vigilance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.followup.entity.AdverseEvent;
import org.implantdhr.followup.entity.DiseaseStatus;
import org.implantdhr.followup.entity.Visit;
import org.implantdhr.implantation.entity.Explantation;
import org.implantdhr.implantation.entity.Implantation;
import org.implantdhr.rules.vigilance.Attribution;
import org.implantdhr.rules.vigilance.Death;
import org.implantdhr.rules.vigilance.EvaluationDate;
import org.implantdhr.rules.vigilance.Explant;
import org.implantdhr.rules.vigilance.FollowUpFacts;
import org.implantdhr.vigilance.entity.VigilanceCase.Source;

/**
 * The follow-up facts of one implantation as the vigilance rules see them (adverse events, its
 * explant, a death recorded at a visit), each under a reference that leads back to its record.
 */
@Dependent
public class FollowUpFactsOfImplantation {

    @PersistenceContext EntityManager em;

    /** The facts, and the record behind each fact's reference. */
    public record Loaded(FollowUpFacts facts, Map<String, Source> sources) {}

    public Loaded load(Implantation implantation, LocalDate today) {
        String serial = implantation.serialNumber();
        Map<String, Source> sources = new HashMap<>();
        List<org.implantdhr.rules.vigilance.AdverseEvent> events = new ArrayList<>();
        for (AdverseEvent e :
                em.createNamedQuery(AdverseEvent.OF_IMPLANTATION, AdverseEvent.class)
                        .setParameter("implantationId", implantation.id())
                        .getResultList()) {
            Source source =
                    new Source(
                            e.recordType(),
                            e.id(),
                            "adverse event "
                                    + e.termText()
                                    + ", grade "
                                    + e.grade()
                                    + ", onset "
                                    + e.onsetDate());
            String reference = reference(source);
            sources.put(reference, source);
            events.add(
                    new org.implantdhr.rules.vigilance.AdverseEvent(
                            reference,
                            serial,
                            e.termText(),
                            e.grade(),
                            e.serious(),
                            Attribution.valueOf(e.deviceAttribution().name()),
                            Attribution.valueOf(e.procedureAttribution().name()),
                            e.onsetDate()));
        }
        List<Explant> explants = new ArrayList<>();
        for (Explantation x :
                em.createQuery(
                                "select x from Explantation x where x.implantationId = :id",
                                Explantation.class)
                        .setParameter("id", implantation.id())
                        .getResultList()) {
            Source source =
                    new Source(
                            x.recordType(),
                            x.id(),
                            x.kind().name().toLowerCase(java.util.Locale.ROOT)
                                    + " on "
                                    + x.explantedOn());
            String reference = reference(source);
            sources.put(reference, source);
            explants.add(new Explant(reference, serial, x.explantedOn(), x.reason().name()));
        }
        List<Death> deaths = new ArrayList<>();
        for (Visit v :
                em.createQuery(
                                "select v from Visit v where v.implantationId = :id"
                                        + " and v.diseaseStatus = :death",
                                Visit.class)
                        .setParameter("id", implantation.id())
                        .setParameter("death", DiseaseStatus.DEATH)
                        .getResultList()) {
            LocalDate day = v.diseaseStatusDate() != null ? v.diseaseStatusDate() : v.visitDate();
            Source source =
                    new Source(
                            v.recordType(),
                            v.id(),
                            "death on " + day + ", recorded at the " + v.visitCode() + " visit");
            String reference = reference(source);
            sources.put(reference, source);
            deaths.add(new Death(reference, serial, day));
        }
        return new Loaded(
                new FollowUpFacts(new EvaluationDate(today), events, explants, deaths, List.of()),
                sources);
    }

    private static String reference(Source source) {
        return source.type() + "#" + source.id();
    }
}
