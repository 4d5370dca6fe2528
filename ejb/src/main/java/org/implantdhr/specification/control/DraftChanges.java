package org.implantdhr.specification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.specification.boundary.LimitChange;
import org.implantdhr.specification.entity.SpecificationLimit;
import org.implantdhr.specification.entity.SpecificationVersion;

/**
 * Changes limits of a draft, each with its old and new values in the audit trail. Only limits the
 * draft has can change: the rules need every one of them, and know no other.
 */
@Dependent
public class DraftChanges {

    @Inject AuditTrail audit;

    public void apply(SpecificationVersion draft, List<LimitChange> changes, String reason) {
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            String location = "changes[" + i + "]";
            LimitChange change = changes.get(i);
            SpecificationLimit limit = limitOf(draft, change, location);
            if (!changed.add(limit.key())) {
                throw new InvalidRequestException(
                        location, limit.key() + " is changed twice in one request");
            }
            var before = limit.auditState();
            limit.revise(LimitRevision.apply(limit.toRules(), change, location));
            audit.changed(limit, before, reason);
        }
    }

    private static SpecificationLimit limitOf(
            SpecificationVersion draft, LimitChange change, String location) {
        List<SpecificationLimit> ofCheck =
                draft.limits().stream().filter(l -> l.checkId().equals(change.checkId())).toList();
        if (ofCheck.isEmpty()) {
            throw new InvalidRequestException(
                    location + ".checkId",
                    "'" + change.checkId() + "' is not a check of " + draft.label());
        }
        return ofCheck.stream()
                .filter(l -> l.parameter().equals(change.parameter()))
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        location + ".parameter",
                                        "Check "
                                                + change.checkId()
                                                + " of "
                                                + draft.label()
                                                + " has no parameter '"
                                                + change.parameter()
                                                + "'; it has "
                                                + ofCheck.stream()
                                                        .map(SpecificationLimit::parameter)
                                                        .toList()));
    }
}
