package org.implantdhr.web.specification;

import static org.implantdhr.web.specification.SpecificationsAddress.given;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.rules.specification.Comparison;
import org.implantdhr.specification.boundary.DraftData;
import org.implantdhr.specification.boundary.LimitChange;
import org.implantdhr.specification.boundary.SpecificationRecord;
import org.implantdhr.specification.boundary.Specifications;
import org.implantdhr.specification.control.VersionState;
import org.implantdhr.web.platform.KeptMessages;
import org.implantdhr.web.platform.PageErrors;

/**
 * A QA manager's new specification version: a draft copied from an existing version (address
 * parameter {@code from}), then its limits and effective date edited ({@code draft}), each change
 * with its reason for the audit trail. Its approval is {@link SpecificationApprovalForm}.
 */
@Named
@ViewScoped
public class SpecificationDraftForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CHANGE_FIELD = Pattern.compile("changes\\[(\\d+)](?:\\.(\\w+))?");

    /**
     * The input of a limit row for each field of a limit change; the unit has none (it is never
     * edited).
     */
    private static final Map<String, String> INPUT_OF_CHANGE =
            Map.of(
                    "lower",
                    "lower",
                    "upper",
                    "upper",
                    "lowerStrict",
                    "lower-bound",
                    "upperStrict",
                    "upper-bound",
                    "comparison",
                    "comparison",
                    "textValue",
                    "text",
                    "description",
                    "description");

    @EJB Specifications specifications;

    /** The code the page shows, which a new draft is copied within unless another is typed. */
    @Inject SpecificationVersionsPage shown;

    // the address
    private String from;
    private String draft;

    // the draft being edited
    private SpecificationRecord edited;
    private List<LimitRow> rows = List.of();

    // the forms
    private String newCode;
    private String newVersion;
    private LocalDate newEffectiveFrom;
    private String rationale;
    private LocalDate effectiveFrom;
    private String reason;

    /**
     * After the versions page has settled the code: the draft to edit, if the address names one.
     */
    public void load() {
        String code = shown.getCode();
        if (code == null) {
            return;
        }
        if (given(from) && newCode == null) {
            newCode = code;
        }
        if (given(draft)) {
            try {
                edited = specifications.get(code, draft);
                effectiveFrom = edited.effectiveFrom();
                rows = edited.limits().stream().map(LimitRow::new).toList();
            } catch (RuntimeException e) {
                PageErrors.atTopOnly().show(e);
            }
        }
    }

    public String createDraft() {
        String code = shown.getCode();
        try {
            var created =
                    specifications.createDraft(
                            given(newCode) ? newCode.strip() : code,
                            new DraftData(
                                    code,
                                    from,
                                    newVersion == null ? null : newVersion.strip(),
                                    newEffectiveFrom,
                                    rationale,
                                    List.of()));
            KeptMessages.keep(
                    "Draft "
                            + created.code()
                            + " "
                            + created.version()
                            + " created from "
                            + code
                            + " "
                            + from
                            + ". Change its limits, then approve it.");
            return SpecificationsAddress.of(
                    created.code(), null, null, false, null, created.version());
        } catch (RuntimeException e) {
            PageErrors.of(
                            Map.of(
                                    "code",
                                    "new-draft:code",
                                    "version",
                                    "new-draft:version",
                                    "effectiveFrom",
                                    "new-draft:effective",
                                    "rationale",
                                    "new-draft:rationale",
                                    "baseVersion",
                                    "new-draft:version"))
                    .show(e);
            return null;
        }
    }

    /**
     * Sends the limits that differ from the draft as it is stored, with the reason for the audit
     * trail.
     */
    public String saveLimits() {
        List<LimitChange> changes = new ArrayList<>();
        List<Integer> sentRows = new ArrayList<>();
        boolean readable = true;
        for (int i = 0; i < rows.size(); i++) {
            LimitRow row = rows.get(i);
            try {
                Optional<LimitChange> change = row.change();
                if (change.isPresent()) {
                    changes.add(change.get());
                    sentRows.add(i);
                }
            } catch (InvalidRequestException e) {
                // the row names its own input (lower, upper-bound...)
                int index = i;
                PageErrors.of(input -> "edit:limits:" + index + ":" + input).show(e);
                readable = false;
            }
        }
        if (!readable) {
            return null;
        }
        boolean newDate = effectiveFrom != null && !effectiveFrom.equals(edited.effectiveFrom());
        if (changes.isEmpty() && !newDate) {
            PageErrors.atTop("Nothing changed: edit a limit or the effective date first.");
            return null;
        }
        if (reason == null || reason.isBlank()) {
            PageErrors.onInput(
                    "edit:reason",
                    "Say why the limits change; the audit trail keeps it with each change.");
            return null;
        }
        try {
            specifications.revise(
                    edited.code(),
                    edited.version(),
                    newDate ? effectiveFrom : null,
                    changes,
                    reason.strip());
            KeptMessages.keep(
                    changes.size()
                            + " limit(s) changed"
                            + (newDate ? ", in force from " + effectiveFrom : "")
                            + ".");
            return SpecificationsAddress.of(
                    edited.code(), null, null, false, null, edited.version());
        } catch (RuntimeException e) {
            PageErrors.of(field -> clientIdOfChange(field, sentRows)).show(e);
            return null;
        }
    }

    /**
     * "changes[2].upperStrict" is the upper-bound choice of the row the third change was read from.
     */
    private static String clientIdOfChange(String field, List<Integer> sentRows) {
        if (field.equals("effectiveFrom")) {
            return "edit:effective";
        }
        Matcher m = CHANGE_FIELD.matcher(field);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= sentRows.size()) {
            return null;
        }
        String input = m.group(2) == null ? "upper" : INPUT_OF_CHANGE.get(m.group(2));
        return input == null
                ? null
                : "edit:limits:" + sentRows.get(Integer.parseInt(m.group(1))) + ":" + input;
    }

    /** A draft the caller may change: only a QA manager, only while it is a draft. */
    public boolean isEditable() {
        return edited != null && edited.state() == VersionState.DRAFT && shown.isQaManager();
    }

    /** The strictness choices of a lower or an upper bound. */
    public List<SelectItem> boundChoices(boolean lowerBound) {
        return List.of(
                new SelectItem(
                        LimitRow.INCLUSIVE,
                        lowerBound ? "≥" : "≤",
                        lowerBound ? "at least" : "at most"),
                new SelectItem(
                        LimitRow.STRICT,
                        lowerBound ? ">" : "<",
                        lowerBound ? "strictly above" : "strictly below"));
    }

    public List<SelectItem> getComparisonChoices() {
        return List.of(
                new SelectItem(Comparison.ABSOLUTE.name(), "ABSOLUTE", "compared as reported"),
                new SelectItem(
                        Comparison.ROUNDED.name(),
                        "ROUNDED",
                        "rounded to the bound's decimal places first"));
    }

    public LocalDate getToday() {
        return RecordingClock.today();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    public SpecificationRecord getEdited() {
        return edited;
    }

    public List<LimitRow> getRows() {
        return rows;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewVersion() {
        return newVersion;
    }

    public void setNewVersion(String newVersion) {
        this.newVersion = newVersion;
    }

    public LocalDate getNewEffectiveFrom() {
        return newEffectiveFrom;
    }

    public void setNewEffectiveFrom(LocalDate newEffectiveFrom) {
        this.newEffectiveFrom = newEffectiveFrom;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
