package org.implantdhr.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a layout template, copied out of the DOM: DOM nodes are not safe to read from
 * several threads, and a renderer is shared.
 */
record TemplateElement(
        String name, Map<String, String> attributes, List<TemplateElement> children, String text) {
    TemplateElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    String required(String key) {
        return attribute(key)
                .orElseThrow(
                        () ->
                                new TemplateException(
                                        "<" + name + "> needs the attribute '" + key + "'"));
    }

    float number(String key, float fallback) {
        return attribute(key).map(Float::parseFloat).orElse(fallback);
    }

    boolean flag(String key) {
        return attribute(key).map(Boolean::parseBoolean).orElse(false);
    }

    Optional<TemplateElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }
}
