package org.implantdhr.documents;

import java.util.Map;
import java.util.Optional;

/**
 * Renders the release certificate: PDF/A-3b with the machine-readable record embedded as an
 * associated file. Thread-safe; create once and reuse.
 */
public final class CertificateRenderer {

    static final String KIND = "certificate";

    private final TemplateRenderer renderer;

    /** Uses the current certificate template named in templates.properties. */
    public CertificateRenderer() {
        this(TemplateVersions.current(KIND));
    }

    /**
     * Uses a given template version, e.g. to reproduce a certificate issued with an older layout.
     */
    public CertificateRenderer(String templateVersion) {
        this.renderer = new TemplateRenderer(LayoutTemplate.load(templateVersion, KIND + ".xml"));
    }

    public String templateVersion() {
        return renderer.templateVersion();
    }

    public RenderedDocument render(CertificateModel model) {
        MachineReadableRecord record = model.record();
        return renderer.render(
                model,
                model.issuedAt(),
                Map.of("recordSha256", record.sha256(), "recordFileName", record.fileName()),
                Optional.of(record));
    }
}
