package org.implantdhr.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A versioned layout template read from {@code org/implantdhr/documents/<version>/<file>}. */
record LayoutTemplate(String version, TemplateElement root) {

    private static final String BASE = "/org/implantdhr/documents/";

    static LayoutTemplate load(String version, String file) {
        String resource = BASE + version + "/" + file;
        try (InputStream in = LayoutTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TemplateException("no template " + resource);
            }
            TemplateElement root =
                    copy(newFactory().newDocumentBuilder().parse(in).getDocumentElement());
            String declared = root.required("version");
            if (!declared.equals(version)) {
                throw new TemplateException(resource + " declares version " + declared);
            }
            return new LayoutTemplate(version, root);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new TemplateException("cannot read template " + resource, e);
        }
    }

    private static DocumentBuilderFactory newFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setIgnoringComments(true);
        return factory;
    }

    private static TemplateElement copy(Element element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap domAttributes = element.getAttributes();
        for (int i = 0; i < domAttributes.getLength(); i++) {
            attributes.put(
                    domAttributes.item(i).getNodeName(), domAttributes.item(i).getNodeValue());
        }
        List<TemplateElement> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(copy(child));
            } else if (node.getNodeType() == Node.TEXT_NODE
                    || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        String collapsed = text.toString().replaceAll("\\s+", " ").strip();
        return new TemplateElement(element.getTagName(), attributes, children, collapsed);
    }
}
