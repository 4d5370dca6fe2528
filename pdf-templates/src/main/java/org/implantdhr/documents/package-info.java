/**
 * Release certificate, implant card and Annex XIII statement as PDF/A-3b, from plain model records.
 *
 * <h2>Entry points</h2>
 *
 * {@link org.implantdhr.documents.CertificateRenderer#render(CertificateModel)}, {@link
 * org.implantdhr.documents.ImplantCardRenderer#render(ImplantCardModel)} and {@link
 * org.implantdhr.documents.AnnexXiiiStatementRenderer#render(AnnexXiiiStatementModel)} each return
 * a {@link org.implantdhr.documents.RenderedDocument} with the PDF bytes and the template version
 * used. Renderers are thread-safe: create them once. Signing is not done here; the output is an
 * ordinary PDF 1.7 file that a PAdES signer can extend with an incremental update.
 *
 * <h2>Why layout templates as data, drawn with PDFBox</h2>
 *
 * Each document is an XML layout template under {@code org/implantdhr/documents/<kind>-v<n>/},
 * drawn by the small layout code of this package directly with PDFBox. HTML/CSS through
 * openhtmltopdf was the alternative; it was not taken because
 *
 * <ul>
 *   <li>the two graphics the certificate needs, the furnace curve and the QR code, would have to
 *       become SVG (bringing Batik) or custom object drawers, while here they are plain
 *       content-stream paths;
 *   <li>PDF/A-3 specifics (output intent, XMP, associated file with AFRelationship and the catalog
 *       /AF array) are a few explicit PDFBox calls in {@link
 *       org.implantdhr.documents.PdfA3Conformance} and {@link
 *       org.implantdhr.documents.AssociatedRecordFile} instead of library switches to trust;
 *   <li>a CSS engine costs far more per document than this module's budget (issue and sign within
 *       150 ms), and it would bring a second renderer to keep in step with PDFBox 3.0.8.
 * </ul>
 *
 * The price is a deliberately small layout vocabulary; a layout change inside it needs no Java.
 *
 * <h2>Template vocabulary</h2>
 *
 * Root {@code <document version page landscape margin font-size title author subject>}; {@code
 * version} must equal the folder name. Inside: {@code <page-header left right>}, {@code
 * <page-footer left>} (page numbers are added), {@code <title text subtitle>}, {@code <section
 * title>}, {@code <fields columns>} of {@code <field label when mono strong>}, {@code <paragraph
 * style bullet>} (styles body, strong, small, mono, notice, warning), {@code <table items empty>}
 * of {@code <column label width mono>}, {@code <split right-width>} with {@code <left>}/{@code
 * <right>}, {@code <qr-code value size caption>}, {@code <furnace-curve curve height caption>},
 * {@code <spacer height>}, {@code <page-break>}, and the only logic: {@code <when test>}, {@code
 * <unless test>}, {@code <each items>}. Text and attributes print model values with {@code
 * {{a.b.c}}}: any record component or public no-argument method, {@code .} for the current item; a
 * name that resolves nowhere fails the render instead of printing blank.
 *
 * <h2>Versioning</h2>
 *
 * {@code templates.properties} names the current version per document kind. A changed layout is a
 * new folder ({@code certificate-v2}) and a changed line; old folders stay so a document can be
 * reproduced with the layout it was issued with ({@code new
 * CertificateRenderer("certificate-v1")}). The version is returned with the bytes, stored in the
 * Info dictionary ({@code /TemplateVersion}) and in XMP {@code xmp:CreatorTool}, and printed in the
 * footer of every page.
 */
package org.implantdhr.documents;
