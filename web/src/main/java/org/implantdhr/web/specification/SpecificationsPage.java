package org.implantdhr.web.specification;

import org.implantdhr.platform.control.RecordingClock;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.rules.specification.Comparison;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.specification.boundary.DraftData;
import org.implantdhr.specification.boundary.LimitChange;
import org.implantdhr.specification.boundary.SpecificationComparison;
import org.implantdhr.specification.boundary.SpecificationRecord;
import org.implantdhr.specification.boundary.Specifications;
import org.implantdhr.specification.control.VersionState;
import org.implantdhr.web.platform.KeptMessages;
import org.implantdhr.web.platform.PageErrors;
import org.implantdhr.web.platform.TimeZones;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Specification versions of one code: the list, two versions side by side (limits aligned by check and parameter,
 * differences marked), and for a QA manager a new version drafted from an existing one, its limits and effective
 * date edited, and its approval with an e-signature. The page's state lives in its address (code, a, b, from,
 * draft), so every view can be bookmarked and reloaded; actions post and redirect back to such an address.
 */
@Named
@ViewScoped
public class SpecificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DEFAULT_CODE = "TI64-ELI-CW";
    private static final Pattern CHANGE_FIELD = Pattern.compile("changes\\[(\\d+)](?:\\.(\\w+))?");
    /** The input of a limit row for each field of a limit change; the unit has none (it is never edited). */
    private static final Map<String, String> INPUT_OF_CHANGE = Map.of("lower", "lower", "upper", "upper",
            "lowerStrict", "lower-bound", "upperStrict", "upper-bound", "comparison", "comparison",
            "textValue", "text", "description", "description");

    @EJB
    Specifications specifications;

    @EJB
    Users users;

    // the address
    private String code;
    private String a;
    private String b;
    private boolean onlyChanged;
    private String from;
    private String draft;

    // what is shown
    private List<String> codes = List.of();
    private List<SpecificationRecord> versions = List.of();
    private SpecificationComparison comparison;
    private SpecificationRecord edited;
    private List<LimitRow> rows = List.of();

    // the forms
    private String newCode;
    private String newVersion;
    private LocalDate newEffectiveFrom;
    private String rationale;
    private LocalDate effectiveFrom;
    private String reason;
    private String password;
    private String zone = "UTC";

    public void load() {
        codes = specifications.codes();
        if (code == null || code.isBlank() || !codes.contains(code.strip())) {
            code = codes.contains(DEFAULT_CODE) ? DEFAULT_CODE : codes.isEmpty() ? null : codes.get(0);
        }
        code = code == null ? null : code.strip();
        if (code == null) {
            return;
        }
        versions = specifications.ofCode(code);
        if (a == null && b == null && versions.size() >= 2) {
            // the two latest versions, the newer on the right
            a = versions.get(versions.size() - 2).version();
            b = versions.get(versions.size() - 1).version();
        }
        if (has(a) && has(b)) {
            try {
                comparison = specifications.compare(code, a, b);
            } catch (RuntimeException e) {
                PageErrors.atTopOnly().show(e);
            }
        }
        if (has(from) && newCode == null) {
            newCode = code;
        }
        if (has(draft)) {
            try {
                edited = specifications.get(code, draft);
                effectiveFrom = edited.effectiveFrom();
                rows = edited.limits().stream().map(LimitRow::new).toList();
            } catch (RuntimeException e) {
                PageErrors.atTopOnly().show(e);
            }
        }
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }

    // actions

    /** Shows the versions of the chosen code. */
    public String showCode() {
        return address(code, null, null, null, null);
    }

    /** Shows the two chosen versions side by side. */
    public String compare() {
        return address(code, a, b, null, null);
    }

    public String createDraft() {
        try {
            var created = specifications.createDraft(has(newCode) ? newCode.strip() : code, new DraftData(code, from,
                    newVersion == null ? null : newVersion.strip(), newEffectiveFrom, rationale, List.of()));
            KeptMessages.keep("Draft " + created.code() + " " + created.version() + " created from " + code + " "
                    + from + ". Change its limits, then approve it.");
            return address(created.code(), null, null, null, created.version());
        } catch (RuntimeException e) {
            PageErrors.of(Map.of("code", "new-draft:code", "version", "new-draft:version",
                    "effectiveFrom", "new-draft:effective", "rationale", "new-draft:rationale",
                    "baseVersion", "new-draft:version")).show(e);
            return null;
        }
    }

    /** Sends the limits that differ from the draft as it is stored, with the reason for the audit trail. */
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
                int index = i;
                PageErrors.of(field -> "edit:limits:" + index + ":" + field).show(e);
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
            PageErrors.of(Map.of("reason", "edit:reason")).onField("reason", "Say why the limits change; the audit trail keeps it with each change.");
            return null;
        }
        try {
            specifications.revise(code, draft, newDate ? effectiveFrom : null, changes, reason.strip());
            KeptMessages.keep(changes.size() + " limit(s) changed" + (newDate ? ", in force from " + effectiveFrom : "")
                    + ".");
            return address(code, null, null, null, draft);
        } catch (RuntimeException e) {
            PageErrors.of(field -> clientIdOfChange(field, sentRows)).show(e);
            return null;
        }
    }

    private static String clientIdOfChange(String field, List<Integer> sentRows) {
        if (field.equals("effectiveFrom")) {
            return "edit:effective";
        }
        Matcher m = CHANGE_FIELD.matcher(field);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= sentRows.size()) {
            return null;
        }
        String input = m.group(2) == null ? "upper" : INPUT_OF_CHANGE.get(m.group(2));
        return input == null ? null : "edit:limits:" + sentRows.get(Integer.parseInt(m.group(1))) + ":" + input;
    }

    /** The QA manager's e-signature, meaning APPROVAL; afterwards the new version is shown beside its base. */
    public String approve() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        try {
            var approved = specifications.approve(code, draft, secret, zone);
            KeptMessages.keep(approved.code() + " " + approved.version() + " approved, in force from "
                    + approved.effectiveFrom() + ". Signed: " + approved.approval().manifestation());
            String base = baseVersionOf(approved);
            return address(code, base, base == null ? null : approved.version(), null, null);
        } catch (RuntimeException e) {
            PageErrors.of(Map.of("password", "approve:password", "zone", "approve:zone",
                    "effectiveFrom", "edit:effective")).show(e);
            return null;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** The version of the same code a draft was copied from, if it was. */
    private static String baseVersionOf(SpecificationRecord version) {
        String prefix = version.code() + " ";
        return version.basedOn() != null && version.basedOn().startsWith(prefix)
                ? version.basedOn().substring(prefix.length()) : null;
    }

    private String address(String code, String a, String b, String from, String draft) {
        StringBuilder to = new StringBuilder("/qa/specifications?faces-redirect=true&code=").append(encoded(code));
        if (has(a) && has(b)) {
            to.append("&a=").append(encoded(a)).append("&b=").append(encoded(b));
            if (onlyChanged) {
                to.append("&changed=true");
            }
        }
        if (has(from)) {
            to.append("&from=").append(encoded(from));
        }
        if (has(draft)) {
            to.append("&draft=").append(encoded(draft));
        }
        return to.toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(Objects.requireNonNullElse(value, ""), StandardCharsets.UTF_8);
    }

    // what the page shows

    public boolean isQaManager() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("QA_MANAGER");
    }

    public boolean isEditable() {
        return edited != null && edited.state() == VersionState.DRAFT && isQaManager();
    }

    public List<SpecificationComparison.Row> getComparedRows() {
        if (comparison == null) {
            return List.of();
        }
        return onlyChanged ? comparison.rows().stream().filter(SpecificationComparison.Row::changed).toList()
                : comparison.rows();
    }

    /**
     * A limit of a compared row as a person reads it, with strictness ("<" or "≤") and unit; a numeric limit
     * compared ROUNDED says so, and an ABSOLUTE one too where the other version rounds. A dash where the version
     * has no such limit.
     */
    public String text(SpecificationComparison.Row row, Limit limit) {
        if (limit == null) {
            return "—";
        }
        Limit other = limit == row.a() ? row.b() : row.a();
        boolean methodDiffers = other != null && other.comparison() != limit.comparison();
        if (!limit.isNumeric() || limit.comparison() == Comparison.ABSOLUTE && !methodDiffers) {
            return limit.text();
        }
        return limit.text() + " (" + limit.comparison().name().toLowerCase(Locale.ROOT) + ")";
    }

    /** Whether the descriptions of a compared row differ, so that both are shown. */
    public boolean descriptionDiffers(SpecificationComparison.Row row) {
        return row.a() != null && row.b() != null && !row.a().description().equals(row.b().description());
    }

    /** What differs in a compared row, field by field, e.g. "upper strictness, method". */
    public String differences(SpecificationComparison.Row row) {
        if (!row.changed()) {
            return "";
        }
        if (row.a() == null || row.b() == null) {
            return "only in " + (row.a() == null ? comparison.b() : comparison.a());
        }
        Limit a = row.a(), b = row.b();
        List<String> fields = new ArrayList<>();
        differs(fields, "lower", a.lower(), b.lower());
        differs(fields, "lower strictness", a.lowerStrict(), b.lowerStrict());
        differs(fields, "upper", a.upper(), b.upper());
        differs(fields, "upper strictness", a.upperStrict(), b.upperStrict());
        differs(fields, "method", a.comparison(), b.comparison());
        differs(fields, "unit", a.unit(), b.unit());
        differs(fields, "value", a.textValue(), b.textValue());
        differs(fields, "description", a.description(), b.description());
        return String.join(", ", fields);
    }

    /** Equality as the comparison sees it: 0.13 and 0.130 differ (they round differently). */
    private static void differs(List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }

    /** The strictness choices of a lower or an upper bound. */
    public List<SelectItem> boundChoices(boolean lowerBound) {
        return List.of(new SelectItem(LimitRow.INCLUSIVE, lowerBound ? "≥" : "≤", lowerBound ? "at least" : "at most"),
                new SelectItem(LimitRow.STRICT, lowerBound ? ">" : "<", lowerBound ? "strictly above" : "strictly below"));
    }

    public List<SelectItem> getComparisonChoices() {
        return List.of(new SelectItem(Comparison.ABSOLUTE.name(), "ABSOLUTE", "compared as reported"),
                new SelectItem(Comparison.ROUNDED.name(), "ROUNDED", "rounded to the bound's decimal places first"));
    }

    public SpecificationRecord version(String label) {
        return versions.stream().filter(v -> v.version().equals(label)).findFirst().orElse(null);
    }

    public String getPrintedName() {
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return users.find(me).map(u -> u.fullName() + " (" + u.username() + ")").orElse(me);
    }

    public String getNow() {
        return TimeZones.format(RecordingClock.now(), zone);
    }

    public String formatted(Instant at) {
        return TimeZones.format(at, "UTC");
    }

    public List<String> getZones() {
        return TimeZones.ALL;
    }

    public LocalDate getToday() {
        return RecordingClock.today();
    }

    // address

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getA() {
        return a;
    }

    public void setA(String a) {
        this.a = a;
    }

    public String getB() {
        return b;
    }

    public void setB(String b) {
        this.b = b;
    }

    public boolean isOnlyChanged() {
        return onlyChanged;
    }

    public void setOnlyChanged(boolean onlyChanged) {
        this.onlyChanged = onlyChanged;
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

    // shown

    public List<String> getCodes() {
        return codes;
    }

    public List<SpecificationRecord> getVersions() {
        return versions;
    }

    public SpecificationComparison getComparison() {
        return comparison;
    }

    public SpecificationRecord getEdited() {
        return edited;
    }

    public List<LimitRow> getRows() {
        return rows;
    }

    // forms

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

    /** Written, never shown again. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
