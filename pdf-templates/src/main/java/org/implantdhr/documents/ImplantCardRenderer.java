package org.implantdhr.documents;

import java.util.Map;
import java.util.Optional;

/** Renders the MDR Article 18 implant card as PDF/A-3b. Thread-safe; create once and reuse. */
public final class ImplantCardRenderer {

    static final String KIND = "implant-card";

    private final TemplateRenderer renderer;

    public ImplantCardRenderer() {
        this(TemplateVersions.current(KIND));
    }

    public ImplantCardRenderer(String templateVersion) {
        this.renderer = new TemplateRenderer(LayoutTemplate.load(templateVersion, KIND + ".xml"));
    }

    public String templateVersion() {
        return renderer.templateVersion();
    }

    public RenderedDocument render(ImplantCardModel model) {
        return renderer.render(model, model.issuedAt(), Map.of(), Optional.empty());
    }
}
