package org.implantdhr.web.specification;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.specification.boundary.DraftData;
import org.implantdhr.specification.boundary.LimitChange;
import org.implantdhr.specification.boundary.SpecificationComparison;
import org.implantdhr.specification.boundary.SpecificationRecord;
import org.implantdhr.specification.boundary.Specifications;
import org.implantdhr.specification.control.VersionState;
import org.implantdhr.web.platform.FacesProblems;
import org.implantdhr.web.platform.TimeZones;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
                FacesProblems.show(e, field -> null);
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
                FacesProblems.show(e, field -> null);
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
            FacesProblems.done("Draft " + created.code() + " " + created.version() + " created from " + code + " "
                    + from + ". Change its limits, then approve it.");
            return address(created.code(), null, null, null, created.version());
        } catch (RuntimeException e) {
            FacesProblems.show(e, Map.of("code", "new-draft:code", "version", "new-draft:version",
                    "effectiveFrom", "new-draft:effective", "rationale", "new-draft:rationale",
                    "baseVersion", "new-draft:version"));
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
                FacesProblems.error("edit:limits:" + i + ":" + e.field(), e.getMessage());
                readable = false;
            }
        }
        if (!readable) {
            return null;
        }
        boolean newDate = effectiveFrom != null && !effectiveFrom.equals(edited.effectiveFrom());
        if (changes.isEmpty() && !newDate) {
            FacesProblems.error(null, "Nothing changed: edit a limit or the effective date first.");
            return null;
        }
        if (reason == null || reason.isBlank()) {
            FacesProblems.error("edit:reason", "Say why the limits change; the audit trail keeps it with each change.");
            return null;
        }
        try {
            specifications.revise(code, draft, newDate ? effectiveFrom : null, changes, reason.strip());
            FacesProblems.done(changes.size() + " limit(s) changed" + (newDate ? ", in force from " + effectiveFrom : "")
                    + ".");
            return address(code, null, null, null, draft);
        } catch (RuntimeException e) {
            FacesProblems.show(e, field -> clientIdOfChange(field, sentRows));
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
        String input = m.group(2) == null ? "upper" : m.group(2);
        return "edit:limits:" + sentRows.get(Integer.parseInt(m.group(1))) + ":"
                + (input.equals("textValue") ? "text" : input);
    }

    /** The QA manager's e-signature, meaning APPROVAL; afterwards the new version is shown beside its base. */
    public String approve() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        try {
            var approved = specifications.approve(code, draft, secret, zone);
            FacesProblems.done(approved.code() + " " + approved.version() + " approved, in force from "
                    + approved.effectiveFrom() + ". Signed: " + approved.approval().manifestation());
            String base = baseVersionOf(approved);
            return address(code, base, base == null ? null : approved.version(), null, null);
        } catch (RuntimeException e) {
            FacesProblems.show(e, Map.of("password", "approve:password", "zone", "approve:zone",
                    "effectiveFrom", "edit:effective"));
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

    /** A limit as a person reads it, with strictness and unit; a dash where the version has no such limit. */
    public String text(Limit limit) {
        if (limit == null) {
            return "—";
        }
        String text = limit.text();
        return limit.comparison().name().equals("ROUNDED") && limit.isNumeric() ? text + " (rounded)" : text;
    }

    public SpecificationRecord version(String label) {
        return versions.stream().filter(v -> v.version().equals(label)).findFirst().orElse(null);
    }

    public String getPrintedName() {
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return users.find(me).map(u -> u.fullName() + " (" + u.username() + ")").orElse(me);
    }

    public String getNow() {
        return TimeZones.format(Instant.now(), zone);
    }

    public String formatted(Instant at) {
        return TimeZones.format(at, "UTC");
    }

    public List<String> getZones() {
        return TimeZones.ALL;
    }

    public LocalDate getToday() {
        return LocalDate.now(ZoneOffset.UTC);
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

    /**
     * One limit of a draft as its form shows it: bounds and text value as typed, next to what is stored. Only what
     * was changed is sent; an emptied bound removes it.
     */
    public static final class LimitRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String checkId;
        private final String parameter;
        private final String unit;
        private final String description;
        private final String shown;
        private final boolean numeric;
        private final boolean textual;
        private final String storedLower;
        private final String storedUpper;
        private final String storedText;
        private String lower;
        private String upper;
        private String text;

        LimitRow(Limit limit) {
            checkId = limit.checkId();
            parameter = limit.parameter();
            unit = limit.unit();
            description = limit.description();
            shown = limit.text();
            numeric = limit.isNumeric();
            textual = !numeric && limit.textValue() != null;
            storedLower = limit.lower() == null ? "" : limit.lower().toPlainString();
            storedUpper = limit.upper() == null ? "" : limit.upper().toPlainString();
            storedText = limit.textValue() == null ? "" : limit.textValue();
            lower = storedLower;
            upper = storedUpper;
            text = storedText;
        }

        /** The change this row asks for, if any; a bound that is no decimal is refused naming the input. */
        Optional<LimitChange> change() {
            String l = trimmed(lower), u = trimmed(upper), t = trimmed(text);
            boolean lowerChanged = numeric && !l.equals(storedLower);
            boolean upperChanged = numeric && !u.equals(storedUpper);
            boolean textChanged = textual && !t.equals(storedText);
            if (!lowerChanged && !upperChanged && !textChanged) {
                return Optional.empty();
            }
            return Optional.of(new LimitChange(checkId, parameter,
                    lowerChanged ? Optional.ofNullable(decimal(l, "lower")) : null, null,
                    upperChanged ? Optional.ofNullable(decimal(u, "upper")) : null, null,
                    null, null, textChanged ? Optional.ofNullable(t.isEmpty() ? null : t) : null, null));
        }

        private static String trimmed(String value) {
            return value == null ? "" : value.strip();
        }

        private static BigDecimal decimal(String value, String input) {
            if (value.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(value.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(input, "'" + value + "' is not a number such as 0.13");
            }
        }

        public boolean isChanged() {
            return !trimmed(lower).equals(storedLower) || !trimmed(upper).equals(storedUpper)
                    || !trimmed(text).equals(storedText);
        }

        public String getCheckId() {
            return checkId;
        }

        public String getParameter() {
            return parameter;
        }

        public String getUnit() {
            return unit;
        }

        public String getDescription() {
            return description;
        }

        public String getShown() {
            return shown;
        }

        public boolean isNumeric() {
            return numeric;
        }

        public boolean isTextual() {
            return textual;
        }

        public String getLower() {
            return lower;
        }

        public void setLower(String lower) {
            this.lower = lower;
        }

        public String getUpper() {
            return upper;
        }

        public void setUpper(String upper) {
            this.upper = upper;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
