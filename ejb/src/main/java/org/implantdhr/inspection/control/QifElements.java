package org.implantdhr.inspection.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Navigation in a QIF 3 document: child elements in the QIF namespace, and where an element is. */
final class QifElements {

    static final String NAMESPACE = "http://qifstandards.org/xsd/qif3";

    private QifElements() {}

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI())) {
                children.add(e);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(e -> e.getLocalName().equals(localName)).toList();
    }

    static Optional<Element> child(Element parent, String... path) {
        Element current = parent;
        for (String step : path) {
            List<Element> found = children(current, step);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            current = found.get(0);
        }
        return Optional.of(current);
    }

    static Optional<String> text(Element parent, String... path) {
        return child(parent, path).map(e -> e.getTextContent().strip());
    }

    /**
     * For example {@code element
     * /QIFDocument/Characteristics/CharacteristicItems/DiameterCharacteristicItem[@id=49]/Name}.
     */
    static String location(Element element, String... below) {
        StringBuilder path = new StringBuilder();
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            String id = e.getAttribute("id");
            path.insert(0, "/" + e.getLocalName() + (id.isEmpty() ? "" : "[@id=" + id + "]"));
        }
        for (String step : below) {
            path.append('/').append(step);
        }
        return "element " + path;
    }
}
