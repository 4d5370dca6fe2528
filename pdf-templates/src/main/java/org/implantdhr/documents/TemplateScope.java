package org.implantdhr.documents;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The logic-less part of the template language: {@code {{a.b.c}}} prints a value, {@code .} is the
 * current item of an {@code <each>} or table, names not found on the item are looked up in the
 * enclosing scopes, and a name found nowhere is a template error rather than an empty string.
 */
final class TemplateScope {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");

    private final Object item;
    private final TemplateScope parent;

    private TemplateScope(Object item, TemplateScope parent) {
        this.item = item;
        this.parent = parent;
    }

    static TemplateScope root(Object model, Map<String, Object> variables) {
        return new TemplateScope(model, new TemplateScope(variables, null));
    }

    TemplateScope child(Object childItem) {
        return new TemplateScope(childItem, this);
    }

    Object resolve(String path) {
        if (path.equals(".")) {
            return item;
        }
        String[] segments = path.split("\\.");
        Object value =
                lookup(segments[0])
                        .orElseThrow(() -> new TemplateException("unknown name '" + path + "'"));
        for (int i = 1; i < segments.length && value != ModelAccessors.Absent.VALUE; i++) {
            String segment = segments[i];
            value =
                    ModelAccessors.read(value, segment)
                            .orElseThrow(
                                    () ->
                                            new TemplateException(
                                                    "unknown name '"
                                                            + segment
                                                            + "' in '"
                                                            + path
                                                            + "'"));
        }
        return value == ModelAccessors.Absent.VALUE ? null : value;
    }

    private Optional<Object> lookup(String name) {
        Optional<Object> here = item == null ? Optional.empty() : ModelAccessors.read(item, name);
        return here.isPresent() || parent == null ? here : parent.lookup(name);
    }

    boolean isTrue(String path) {
        Object value = resolve(path);
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof Collection<?> items) {
            return !items.isEmpty();
        }
        if (value instanceof CharSequence text) {
            return !text.toString().isBlank();
        }
        return value != null;
    }

    List<?> items(String path) {
        Object value = resolve(path);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw new TemplateException("'" + path + "' is not a list");
    }

    String interpolate(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(ValueFormat.format(resolve(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
