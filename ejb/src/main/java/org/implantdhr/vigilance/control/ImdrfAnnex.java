package org.implantdhr.vigilance.control;

/**
 * The annexes of the IMDRF adverse event terminology that the EU MIR form codes an incident with,
 * each with the field that carries its codes in the API and the report's XML.
 */
public enum ImdrfAnnex {
    A("deviceProblems", "Annex A: medical device problem"),
    E("clinicalSigns", "Annex E: health effects, clinical signs, symptoms or conditions"),
    F("healthImpacts", "Annex F: health effects, health impact"),
    G("components", "Annex G: medical device component");

    private final String field;
    private final String title;

    ImdrfAnnex(String field, String title) {
        this.field = field;
        this.title = title;
    }

    /** The field of the API (and the page) that holds this annex's codes. */
    public String field() {
        return field;
    }

    public String title() {
        return title;
    }

    /** The annex a code belongs to by its letter, or null when the letter names none of ours. */
    public static ImdrfAnnex ofCode(String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        for (ImdrfAnnex annex : values()) {
            if (code.charAt(0) == annex.name().charAt(0)) {
                return annex;
            }
        }
        return null;
    }
}
