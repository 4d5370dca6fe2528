package org.implantdhr.vigilance.entity;

import java.util.Arrays;
import java.util.List;
import org.implantdhr.rules.vigilance.ReportingDeadline;

/**
 * The regulation a reportability decision is made under, and the reporting deadlines it has: the EU
 * MDR Art. 87 always; 21 CFR 803 where the installation reports to the FDA.
 */
public enum ReportingFramework {
    EU_MDR("EU MDR Art. 87"),
    US_21_CFR_803("21 CFR 803");

    private final String label;

    ReportingFramework(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The deadlines of this regulation (those whose source it is). */
    public List<ReportingDeadline> deadlines() {
        return Arrays.stream(ReportingDeadline.values()).filter(this::has).toList();
    }

    public boolean has(ReportingDeadline deadline) {
        return this == EU_MDR
                ? deadline.source().startsWith("EU MDR")
                : deadline.source().startsWith("21 CFR 803");
    }
}
