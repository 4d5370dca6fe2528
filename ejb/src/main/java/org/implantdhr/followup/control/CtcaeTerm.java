package org.implantdhr.followup.control;

import java.util.Set;

/**
 * A CTCAE term: its MedDRA code, its text, its system organ class, the grades it allows, and
 * whether the event must be named ("Other, specify").
 */
public record CtcaeTerm(
        String code, String text, String systemOrganClass, Set<Integer> grades, boolean specify) {

    public CtcaeTerm {
        grades = Set.copyOf(grades);
    }

    public boolean allows(int grade) {
        return grades.contains(grade);
    }
}
