package org.implantdhr.vigilance.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Writes the incident report's device section as XML in the schema {@code
 * incident-report-device-1.0.xsd} (beside this component), and checks a document against it. Every
 * document is checked before it is handed out: one that does not validate is a bug, not a report.
 */
public final class IncidentReportXml {

    public static final String NAMESPACE = "urn:implantdhr:incident-report:device-section:1.0";

    public static final String SCHEMA_RESOURCE =
            "/org/implantdhr/vigilance/incident-report-device-1.0.xsd";

    private static final Schema SCHEMA = schema();

    private IncidentReportXml() {}

    public static byte[] of(IncidentReportContent content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().newDocument();
            Element root = doc.createElementNS(NAMESPACE, "incidentReportDeviceSection");
            doc.appendChild(root);
            root.setAttribute("schemaVersion", "1.0");
            root.setAttribute("mirFormVersion", "7.3.1");
            root.setAttribute("status", content.draft() ? "DRAFT" : "FINAL");
            var w = new Writer(doc);

            Element admin = w.child(root, "administrativeInformation");
            w.text(admin, "manufacturerReferenceNumber", content.caseNumber());
            w.text(admin, "manufacturerAwarenessDate", content.awareOn().toString());
            if (content.deadline() != null) {
                Element deadline = w.text(admin, "reportingDeadline", content.deadline().name());
                deadline.setAttribute("legalBasis", content.deadline().source());
                deadline.setAttribute("period", content.deadline().period());
            }
            w.text(admin, "reportDueDate", content.dueOn().toString());
            w.text(admin, "reportabilityDecision", content.decision())
                    .setAttribute("signed", Boolean.toString(!content.draft()));
            w.text(admin, "incidentDescription", content.incident());
            Element manufacturer = w.child(admin, "manufacturer");
            w.text(manufacturer, "name", content.manufacturer().name());
            w.text(manufacturer, "address", content.manufacturer().address());
            w.optional(manufacturer, "singleRegistrationNumber", content.manufacturer().srn());
            w.optional(manufacturer, "website", content.manufacturer().website());

            Element device = w.child(root, "medicalDeviceInformation");
            w.text(device, "deviceName", content.device().name());
            w.text(device, "model", content.device().model());
            w.text(device, "regulatoryPathway", content.device().category().name());
            if (content.device().customMade()) {
                w.text(device, "customMadeDeviceIdentification", content.customMadeIdentification())
                        .setAttribute("noUdiReason", IncidentReportContent.NO_UDI_REASON);
            } else {
                w.text(device, "udiDI", content.udiDi());
            }
            w.text(device, "serialNumber", content.device().serialNumber());
            for (String lot : content.powderLots()) {
                w.text(device, "lotNumber", lot).setAttribute("material", "powder");
            }
            if (content.plateLot() != null) {
                w.text(device, "lotNumber", content.plateLot())
                        .setAttribute("material", "separation-plate");
            }
            w.text(device, "deviceManufacturingDate", content.manufacturedOn().toString());
            if (content.implantedOn() != null) {
                w.text(device, "implantDate", content.implantedOn().toString());
            }
            w.optional(device, "healthcareFacility", content.healthcareFacility());
            if (content.explantedOn() != null) {
                w.text(device, "explantDate", content.explantedOn().toString());
            }

            Element codes = w.child(root, "imdrfCodes");
            codes.setAttribute("terminologyRelease", ImdrfTerms.RELEASE);
            code(w, codes, "medicalDeviceProblem", content, ImdrfAnnex.A);
            code(w, codes, "clinicalSignsSymptomsConditions", content, ImdrfAnnex.E);
            code(w, codes, "healthImpact", content, ImdrfAnnex.F);
            code(w, codes, "medicalDeviceComponent", content, ImdrfAnnex.G);

            Element generation = w.child(root, "generation");
            w.text(
                    generation,
                    "generatedAt",
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            content.generatedAt().atZone(content.zone()).toOffsetDateTime()));
            w.text(generation, "generatedBy", content.generatedBy());

            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            var out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            byte[] xml = out.toByteArray();
            validate(xml);
            return xml;
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("Cannot write the incident report XML", e);
        }
    }

    /**
     * Checks a document against the schema.
     *
     * @throws IllegalStateException naming the first violation
     */
    public static void validate(byte[] xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException(
                    "The incident report XML does not follow its schema: " + e.getMessage(), e);
        }
    }

    private static void code(
            Writer w,
            Element parent,
            String name,
            IncidentReportContent content,
            ImdrfAnnex annex) {
        for (ImdrfTerm term : content.codes(annex)) {
            w.text(parent, name, term.term()).setAttribute("code", term.code());
        }
    }

    private static Schema schema() {
        try (var xsd = IncidentReportXml.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (xsd == null) {
                throw new IllegalStateException("Missing schema " + SCHEMA_RESOURCE);
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the schema is ours and self-contained: nothing outside it may be fetched
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(xsd));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Broken schema " + SCHEMA_RESOURCE, e);
        }
    }

    private record Writer(Document doc) {
        Element child(Element parent, String name) {
            Element e = doc.createElementNS(NAMESPACE, name);
            parent.appendChild(e);
            return e;
        }

        Element text(Element parent, String name, String value) {
            Element e = child(parent, name);
            e.setTextContent(value);
            return e;
        }

        void optional(Element parent, String name, String value) {
            if (value != null && !value.isBlank()) {
                text(parent, name, value);
            }
        }
    }
}
