package org.implantdhr.inspection.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.implantdhr.evidence.control.ProblemList;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses uploaded XML without ever resolving anything outside the bytes given: a DOCTYPE (and with
 * it every internal or external entity and external DTD) is refused outright, external DTD and
 * schema access is switched off as a second line, and XInclude is not processed. An uploaded file
 * that asks for any of these is refused as evidence rather than partly read.
 */
final class SafeXmlReader {

    static final String NO_DOCTYPE = "DOCTYPE and external entities are not accepted";

    private SafeXmlReader() {}

    static Optional<Document> read(byte[] bytes, ProblemList problems) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(
                    new ErrorHandler() {
                        @Override
                        public void warning(SAXParseException e) {
                            // A warning does not make the document unusable.
                        }

                        @Override
                        public void error(SAXParseException e) throws SAXException {
                            throw e;
                        }

                        @Override
                        public void fatalError(SAXParseException e) throws SAXException {
                            throw e;
                        }
                    });
            builder.setEntityResolver(
                    (publicId, systemId) -> {
                        throw new SAXException(NO_DOCTYPE);
                    });
            return Optional.of(builder.parse(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            problems.add(
                    "line " + e.getLineNumber() + ", column " + e.getColumnNumber(), message(e));
        } catch (SAXException e) {
            problems.add("file", message(e));
        } catch (IOException e) {
            problems.add("file", "cannot be read as XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be configured", e);
        }
        return Optional.empty();
    }

    private static String message(SAXException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")
                || message.contains(NO_DOCTYPE)
                || message.contains("entity")) {
            return NO_DOCTYPE;
        }
        return "not well-formed XML: " + message;
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(
                    "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be secured", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        return factory;
    }
}
