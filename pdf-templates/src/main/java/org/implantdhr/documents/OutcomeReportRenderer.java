package org.implantdhr.documents;

import java.util.Map;
import java.util.Optional;

/** Renders the study's outcome report as PDF/A-3b. Thread-safe; create once and reuse. */
public final class OutcomeReportRenderer {

    static final String KIND = "outcome-report";

    private final TemplateRenderer renderer;

    public OutcomeReportRenderer() {
        this(TemplateVersions.current(KIND));
    }

    public OutcomeReportRenderer(String templateVersion) {
        this.renderer = new TemplateRenderer(LayoutTemplate.load(templateVersion, KIND + ".xml"));
    }

    public String templateVersion() {
        return renderer.templateVersion();
    }

    public RenderedDocument render(OutcomeReportModel model) {
        return renderer.render(model, model.issuedAt(), Map.of(), Optional.empty());
    }
}
