package org.implantdhr.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders one loaded layout template with a model into PDF/A-3b bytes. Holds only immutable state
 * (the parsed template), so one instance serves concurrent requests; fonts are embedded per
 * document because a PDFBox font object belongs to one document, from font programs parsed once and
 * lent to one document at a time ({@link FontProgram#borrow}).
 */
final class TemplateRenderer {

    private final LayoutTemplate template;

    TemplateRenderer(LayoutTemplate template) {
        this.template = template;
    }

    String templateVersion() {
        return template.version();
    }

    RenderedDocument render(
            Object model,
            java.time.ZonedDateTime created,
            Map<String, Object> variables,
            Optional<MachineReadableRecord> attachment) {
        Map<String, Object> allVariables = new HashMap<>(variables);
        allVariables.put("templateVersion", template.version());
        TemplateScope scope = TemplateScope.root(model, allVariables);
        TemplateElement root = template.root();
        Typography typography = null;
        try (PDDocument document = new PDDocument()) {
            document.setVersion(1.7f);
            typography = Typography.embedIn(document, root.number("font-size", 9));
            PageGeometry geometry = PageGeometry.from(root);
            new PageFlow(document, geometry)
                    .place(new LayoutBuilder(typography).build(root.children(), scope));
            PageDecoration.from(root, scope).decorate(document, geometry, typography);
            PdfA3Conformance.apply(
                    document,
                    new DocumentDescription(
                            scope.interpolate(root.required("title")),
                            scope.interpolate(root.required("author")),
                            scope.interpolate(root.required("subject")),
                            template.version(),
                            created));
            if (attachment.isPresent()) {
                AssociatedRecordFile.embed(document, attachment.get(), created);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return new RenderedDocument(out.toByteArray(), template.version());
        } catch (IOException e) {
            throw new DocumentRenderingException("cannot render " + template.version(), e);
        } finally {
            // the font subsets are built when the document is saved: only then are the parsed
            // font programs free for the next document
            if (typography != null) {
                typography.release();
            }
        }
    }
}
