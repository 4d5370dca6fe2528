package org.implantdhr.vigilance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.implantation.entity.Implantation;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.rules.vigilance.VigilanceCriteria;
import org.implantdhr.rules.vigilance.VigilanceEvaluator;
import org.implantdhr.rules.vigilance.VigilanceFindings;
import org.implantdhr.rules.vigilance.VigilanceTrigger;
import org.implantdhr.vigilance.entity.VigilanceCase;
import org.implantdhr.vigilance.entity.VigilanceCase.Source;

/**
 * Runs the vigilance rules over an implantation's follow-up facts whenever one is recorded or
 * corrected, in the same transaction, and opens a case for each trigger that has none yet: a fact
 * that may be a reportable incident is never stored without its case. The manufacturer became aware
 * on the day of that record.
 */
@Dependent
public class VigilanceScreening {

    /**
     * The criteria in force; a new version is a new file in the rules module and a new line here.
     */
    public static final VigilanceCriteria CRITERIA = VigilanceCriteria.classpath("VIG", "1.0");

    private static final VigilanceEvaluator RULES = new VigilanceEvaluator();

    @PersistenceContext EntityManager em;

    @Inject FollowUpFactsOfImplantation facts;

    @Inject VigilanceCaseNumbers numbers;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    /** The cases this screening opened (none when every trigger already has its case). */
    public List<VigilanceCase> screen(Implantation implantation) {
        em.flush();
        Instant now = RecordingClock.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        FollowUpFactsOfImplantation.Loaded loaded = facts.load(implantation, today);
        VigilanceFindings findings = RULES.evaluate(loaded.facts(), CRITERIA);
        Set<String> open = casesOf(implantation.implantId());
        List<VigilanceCase> opened = new ArrayList<>();
        for (VigilanceTrigger trigger : findings.triggers()) {
            Source source = loaded.sources().get(trigger.source());
            if (!open.add(key(source.type(), source.id(), trigger.ruleId()))) {
                continue;
            }
            var vigilanceCase =
                    new VigilanceCase(
                            numbers.next(now),
                            implantation.implantId(),
                            implantation.serialNumber(),
                            source,
                            trigger.ruleId(),
                            trigger.reason(),
                            trigger.criteria(),
                            findings.ruleSetSha256(),
                            today,
                            currentUser.username(),
                            now);
            em.persist(vigilanceCase);
            em.flush();
            audit.created(vigilanceCase);
            opened.add(vigilanceCase);
        }
        return opened;
    }

    private Set<String> casesOf(long implantId) {
        Set<String> keys = new HashSet<>();
        for (Object[] row :
                em.createQuery(
                                "select c.sourceType, c.sourceId, c.ruleId from VigilanceCase c"
                                        + " where c.implantId = :implant",
                                Object[].class)
                        .setParameter("implant", implantId)
                        .getResultList()) {
            keys.add(key((String) row[0], (Long) row[1], (String) row[2]));
        }
        return keys;
    }

    private static String key(String type, long id, String ruleId) {
        return type + "#" + id + "#" + ruleId;
    }
}
