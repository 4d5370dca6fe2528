package org.implantdhr.web.platform;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A rendered SVG parsed as XML (which fails unless it is well-formed), for the plot tests to look
 * into.
 */
public final class SvgDocument {

    private final Document document;
    private final int length;

    private SvgDocument(Document document, int length) {
        this.document = document;
        this.length = length;
    }

    public static SvgDocument parse(String svg) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgDocument(
                    factory.newDocumentBuilder()
                            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))),
                    svg.length());
        } catch (Exception e) {
            throw new AssertionError(
                    "not well-formed XML: "
                            + e.getMessage()
                            + "\n"
                            + svg.substring(0, Math.min(2000, svg.length())),
                    e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    public int length() {
        return length;
    }

    public List<Element> elements(String name) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        var list = new ArrayList<Element>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    public List<Element> withClass(String name, String cssClass) {
        return elements(name).stream()
                .filter(e -> Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass))
                .toList();
    }

    public Element byId(String id) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            var e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    /** The number of x,y pairs in a polyline's points. */
    public static int points(Element polyline) {
        String points = polyline.getAttribute("points").strip();
        return points.isEmpty() ? 0 : points.split(" ").length;
    }
}
