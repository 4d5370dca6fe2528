package org.implantdhr.rules.vigilance;

import java.util.Comparator;

/**
 * A follow-up fact that opens a vigilance case: which rule found it, about which implant, from
 * which recorded fact, in words, and under which criteria version. It concludes nothing about
 * reportability; QA triages the case.
 */
public record VigilanceTrigger(
        String ruleId, String implantSerial, String source, String reason, String criteria) {

    public static final Comparator<VigilanceTrigger> BY_SOURCE_THEN_RULE =
            Comparator.comparing(VigilanceTrigger::implantSerial)
                    .thenComparing(VigilanceTrigger::source)
                    .thenComparing(VigilanceTrigger::ruleId);
}
