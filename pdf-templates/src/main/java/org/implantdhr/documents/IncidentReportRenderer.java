package org.implantdhr.documents;

import java.util.Map;
import java.util.Optional;

/** Renders the incident report's device section as PDF/A-3b. Thread-safe; create once and reuse. */
public final class IncidentReportRenderer {

    static final String KIND = "incident-report";

    private final TemplateRenderer renderer;

    public IncidentReportRenderer() {
        this(TemplateVersions.current(KIND));
    }

    public IncidentReportRenderer(String templateVersion) {
        this.renderer = new TemplateRenderer(LayoutTemplate.load(templateVersion, KIND + ".xml"));
    }

    public String templateVersion() {
        return renderer.templateVersion();
    }

    public RenderedDocument render(IncidentReportModel model) {
        return renderer.render(model, model.issuedAt(), Map.of(), Optional.empty());
    }
}
