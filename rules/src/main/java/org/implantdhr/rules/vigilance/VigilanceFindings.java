package org.implantdhr.rules.vigilance;

import java.util.List;

/**
 * What the vigilance rules found: the triggers that open cases and the follow-up tasks, each
 * sorted, with the criteria and rule-set versions they were found under.
 */
public record VigilanceFindings(
        List<VigilanceTrigger> triggers,
        List<FollowUpTask> tasks,
        String criteria,
        String ruleSetSha256) {

    public VigilanceFindings {
        triggers = List.copyOf(triggers);
        tasks = List.copyOf(tasks);
    }
}
