package org.implantdhr.web.specification;

import static org.implantdhr.web.specification.SpecificationsAddress.given;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.implantdhr.rules.specification.Comparison;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.specification.boundary.SpecificationComparison;
import org.implantdhr.specification.boundary.SpecificationRecord;
import org.implantdhr.specification.boundary.Specifications;
import org.implantdhr.web.platform.PageErrors;

/**
 * The versions of one specification code and two of them side by side: limits aligned by check and
 * parameter, differences marked field by field. Drafting and approving a version are {@link
 * SpecificationDraftForm} and {@link SpecificationApprovalForm}, on the same page.
 */
@Named
@ViewScoped
public class SpecificationVersionsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DEFAULT_CODE = "TI64-ELI-CW";

    @EJB Specifications specifications;

    // the address
    private String code;
    private String a;
    private String b;
    private boolean onlyChanged;

    // what is shown
    private List<String> codes = List.of();
    private List<SpecificationRecord> versions = List.of();
    private SpecificationComparison comparison;

    /**
     * The code asked for (or the default one), its versions, and the two asked for (or the latest
     * two) compared.
     */
    public void load() {
        codes = specifications.codes();
        if (code == null || code.isBlank() || !codes.contains(code.strip())) {
            code =
                    codes.contains(DEFAULT_CODE)
                            ? DEFAULT_CODE
                            : codes.isEmpty() ? null : codes.get(0);
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
        if (given(a) && given(b)) {
            try {
                comparison = specifications.compare(code, a, b);
            } catch (RuntimeException e) {
                PageErrors.atTopOnly().show(e);
            }
        }
    }

    /** Shows the versions of the chosen code. */
    public String showCode() {
        return SpecificationsAddress.of(code, null, null, false, null, null);
    }

    /** Shows the two chosen versions side by side. */
    public String compare() {
        return SpecificationsAddress.of(code, a, b, onlyChanged, null, null);
    }

    /** Only a QA manager drafts and approves versions; the component checks it again. */
    public boolean isQaManager() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("QA_MANAGER");
    }

    public List<SpecificationComparison.Row> getComparedRows() {
        if (comparison == null) {
            return List.of();
        }
        return onlyChanged
                ? comparison.rows().stream().filter(SpecificationComparison.Row::changed).toList()
                : comparison.rows();
    }

    /**
     * A limit of a compared row as a person reads it, with strictness ("<" or "≤") and unit; a
     * numeric limit compared ROUNDED says so, and an ABSOLUTE one too where the other version
     * rounds. A dash where the version has no such limit.
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
        return row.a() != null
                && row.b() != null
                && !row.a().description().equals(row.b().description());
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

    public SpecificationRecord version(String label) {
        return versions.stream().filter(v -> v.version().equals(label)).findFirst().orElse(null);
    }

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

    public List<String> getCodes() {
        return codes;
    }

    public List<SpecificationRecord> getVersions() {
        return versions;
    }

    public SpecificationComparison getComparison() {
        return comparison;
    }
}
