package org.implantdhr.web.vigilance;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.vigilance.boundary.IncidentReports;
import org.implantdhr.vigilance.boundary.VigilanceCases;
import org.implantdhr.vigilance.control.ImdrfAnnex;
import org.implantdhr.vigilance.control.ImdrfTerm;
import org.implantdhr.vigilance.control.ImdrfTerms;
import org.implantdhr.vigilance.entity.ImdrfCoding;
import org.implantdhr.vigilance.entity.VigilanceCase;
import org.implantdhr.web.platform.KeptMessages;
import org.implantdhr.web.platform.PageErrors;

/**
 * /record/incident-report.xhtml?case=…: a case's incident report. Everybody who reads cases sees
 * the chosen IMDRF codes and downloads the device section as XML and signed PDF; a QA manager
 * searches the shipped terminology per annex, adds terms and saves the choice (a change with its
 * reason). The codes are typed or added as space-separated lists, one per annex, and checked by
 * {@link IncidentReports}, not here. View-scoped: an "Add" button of the search results must find
 * its row again when the form comes back, so the search it was shown for is kept with the view.
 */
@Named
@ViewScoped
public class IncidentReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX_RESULTS = 50;

    @EJB VigilanceCases cases;
    @EJB IncidentReports reports;

    private String caseNumber;
    private String annex = ImdrfAnnex.A.name();
    private String query;
    private final EnumMap<ImdrfAnnex, String> codes = new EnumMap<>(ImdrfAnnex.class);
    private String reason;

    private transient VigilanceCase vigilanceCase;
    private transient boolean missing;
    private transient Map<ImdrfAnnex, List<ImdrfTerm>> chosen;

    /** On the first request: the form starts from the codes chosen so far. */
    public void load() {
        if (getCase() == null) {
            return;
        }
        getChosen()
                .forEach(
                        (a, terms) ->
                                codes.put(
                                        a,
                                        String.join(
                                                " ",
                                                terms.stream().map(ImdrfTerm::code).toList())));
    }

    public VigilanceCase getCase() {
        if (vigilanceCase == null && !missing && caseNumber != null && !caseNumber.isBlank()) {
            try {
                vigilanceCase = cases.get(caseNumber.strip());
            } catch (NoSuchRecordException e) {
                missing = true;
            }
        }
        return vigilanceCase;
    }

    public Map<ImdrfAnnex, List<ImdrfTerm>> getChosen() {
        if (chosen == null) {
            chosen = getCase() == null ? Map.of() : reports.chosenCodes(caseNumber.strip());
        }
        return chosen;
    }

    public List<ImdrfTerm> chosen(ImdrfAnnex a) {
        return getChosen().getOrDefault(a, List.of());
    }

    public ImdrfCoding getCoding() {
        return getCase() == null ? null : reports.coding(caseNumber.strip()).orElse(null);
    }

    public boolean isDraft() {
        return getCase() != null && reports.status(caseNumber.strip()).draft();
    }

    public String getDecision() {
        return getCase() == null ? "" : reports.status(caseNumber.strip()).words();
    }

    public List<ImdrfAnnex> getAnnexes() {
        return Arrays.asList(ImdrfAnnex.values());
    }

    public String getRelease() {
        return ImdrfTerms.RELEASE;
    }

    /** The selectable terms of the chosen annex that match every word searched for. */
    public List<ImdrfTerm> getResults() {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return ImdrfTerms.search(annexChosen(), query, MAX_RESULTS);
    }

    public int getMaxResults() {
        return MAX_RESULTS;
    }

    public String search() {
        return null;
    }

    /** Adds a found term to its annex's list in the form (saved only with "Save codes"). */
    public String add(String code) {
        ImdrfAnnex a = ImdrfAnnex.ofCode(code);
        if (a != null) {
            String now = typed(a);
            if (!Arrays.asList(now.split("\\s+")).contains(code)) {
                codes.put(a, (now.strip() + " " + code).strip());
            }
        }
        return null;
    }

    public String save() {
        try {
            Map<ImdrfAnnex, List<String>> choice = new EnumMap<>(ImdrfAnnex.class);
            for (ImdrfAnnex a : ImdrfAnnex.values()) {
                String typed = typed(a);
                choice.put(
                        a,
                        typed.isBlank()
                                ? List.of()
                                : Arrays.asList(typed.strip().split("[\\s,;]+")));
            }
            reports.chooseCodes(caseNumber, choice, reason);
            KeptMessages.keep("IMDRF codes of case " + caseNumber + " saved.");
            return "/record/incident-report?faces-redirect=true&case=" + caseNumber;
        } catch (RuntimeException e) {
            PageErrors.of(
                            Map.of(
                                    "deviceProblems", "codes:deviceProblems",
                                    "clinicalSigns", "codes:clinicalSigns",
                                    "healthImpacts", "codes:healthImpacts",
                                    "components", "codes:components",
                                    "reason", "codes:reason"))
                    .show(e);
            return null;
        }
    }

    /** What the form holds for an annex; Faces submits an empty input as null. */
    private String typed(ImdrfAnnex a) {
        String typed = codes.get(a);
        return typed == null ? "" : typed;
    }

    private ImdrfAnnex annexChosen() {
        try {
            return ImdrfAnnex.valueOf(annex);
        } catch (IllegalArgumentException | NullPointerException e) {
            return ImdrfAnnex.A;
        }
    }

    public boolean isMissing() {
        getCase();
        return missing || caseNumber == null || caseNumber.isBlank();
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getAnnex() {
        return annex;
    }

    public void setAnnex(String annex) {
        this.annex = annex;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getDeviceProblems() {
        return codes.get(ImdrfAnnex.A);
    }

    public void setDeviceProblems(String v) {
        codes.put(ImdrfAnnex.A, v);
    }

    public String getClinicalSigns() {
        return codes.get(ImdrfAnnex.E);
    }

    public void setClinicalSigns(String v) {
        codes.put(ImdrfAnnex.E, v);
    }

    public String getHealthImpacts() {
        return codes.get(ImdrfAnnex.F);
    }

    public void setHealthImpacts(String v) {
        codes.put(ImdrfAnnex.F, v);
    }

    public String getComponents() {
        return codes.get(ImdrfAnnex.G);
    }

    public void setComponents(String v) {
        codes.put(ImdrfAnnex.G, v);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
