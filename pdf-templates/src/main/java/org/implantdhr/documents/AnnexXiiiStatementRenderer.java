package org.implantdhr.documents;

import java.util.Map;
import java.util.Optional;

/**
 * Renders the MDR Annex XIII statement for a custom-made device as PDF/A-3b. Thread-safe; create
 * once and reuse.
 */
public final class AnnexXiiiStatementRenderer {

    static final String KIND = "annex-xiii-statement";

    private final TemplateRenderer renderer;

    public AnnexXiiiStatementRenderer() {
        this(TemplateVersions.current(KIND));
    }

    public AnnexXiiiStatementRenderer(String templateVersion) {
        this.renderer = new TemplateRenderer(LayoutTemplate.load(templateVersion, KIND + ".xml"));
    }

    public String templateVersion() {
        return renderer.templateVersion();
    }

    public RenderedDocument render(AnnexXiiiStatementModel model) {
        return renderer.render(model, model.issuedAt(), Map.of(), Optional.empty());
    }
}
