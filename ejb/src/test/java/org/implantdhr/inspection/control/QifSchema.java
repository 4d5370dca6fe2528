package org.implantdhr.inspection.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official QIF 3.0 schema (test resources {@code qif/schema}, see the README there), to check
 * that a QIF file is what the standard defines, independently of the product's parser. The schema
 * imports the W3C XML-Signature schema from www.w3.org; the copy beside it is used instead, as the
 * QIF schema's own comment proposes, so that validation needs no network. Identity constraints
 * (key/keyref on ids) are checked too.
 */
final class QifSchema {

    private static final String XMLDSIG_REMOTE =
            "http://www.w3.org/TR/2002/REC-xmldsig-core-20020212/xmldsig-core-schema.xsd";
    private static final Schema SCHEMA = load();

    private QifSchema() {}

    /**
     * The schema violations of {@code qif}, each with its line; empty when the file is valid QIF
     * 3.0.
     */
    static List<String> violations(byte[] qif) {
        List<String> violations = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        validator.setErrorHandler(
                new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) {}

                    @Override
                    public void error(SAXParseException e) {
                        violations.add("line " + e.getLineNumber() + ": " + e.getMessage());
                    }

                    @Override
                    public void fatalError(SAXParseException e) {
                        violations.add("line " + e.getLineNumber() + ": " + e.getMessage());
                    }
                });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(qif)));
        } catch (SAXException e) {
            violations.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            URL document = resource("qif/schema/QIFApplications/QIFDocument.xsd");
            URL xmldsig = resource("qif/schema/QIFLibrary/xmldsig-core-schema.xsd");
            factory.setResourceResolver(new LocalSignatureSchema(xmldsig));
            return factory.newSchema(document);
        } catch (SAXException e) {
            throw new IllegalStateException("the QIF 3.0 schema does not load", e);
        }
    }

    private static URL resource(String name) {
        URL url = QifSchema.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing from the test resources");
        }
        return url;
    }

    /**
     * Resolves the schema's import of the XML-Signature schema to the local copy; nothing else is
     * fetched.
     */
    private record LocalSignatureSchema(URL xmldsig) implements LSResourceResolver {
        @Override
        public LSInput resolveResource(
                String type, String namespace, String publicId, String systemId, String base) {
            if (!XMLDSIG_REMOTE.equals(systemId)) {
                return null;
            }
            return new LocalInput(xmldsig.toString(), publicId);
        }
    }

    private record LocalInput(String systemId, String publicId) implements LSInput {
        // @formatter:off
        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader r) {}

        @Override
        public InputStream getByteStream() {
            try {
                return new URL(systemId).openStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void setByteStream(InputStream s) {}

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String s) {}

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String s) {}

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String s) {}

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String s) {}

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String s) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean b) {}
        // @formatter:on
    }
}
