package org.implantdhr.followup.entity;

/** Why an adverse event is serious (ICH E2A): seriousness is not the grade. */
public enum SeriousCriterion {
    DEATH,
    LIFE_THREATENING,
    HOSPITALISATION,
    DISABILITY,
    CONGENITAL_ANOMALY,
    MEDICALLY_IMPORTANT
}
