package org.implantdhr.documents;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a named property of a model object: a record component or any public no-argument method, so
 * a template can ask for {@code device.customMade} without a Java change. Methods are looked up
 * once per class.
 */
final class ModelAccessors {

    private static final Map<Class<?>, Map<String, Method>> BY_CLASS = new ConcurrentHashMap<>();

    private ModelAccessors() {}

    static Optional<Object> read(Object target, String property) {
        if (target instanceof Map<?, ?> map) {
            if (!map.containsKey(property)) {
                return Optional.empty();
            }
            Object value = map.get(property);
            return Optional.of(value == null ? Absent.VALUE : value);
        }
        Method method =
                BY_CLASS.computeIfAbsent(target.getClass(), ModelAccessors::accessors)
                        .get(property);
        if (method == null) {
            return Optional.empty();
        }
        try {
            Object value = method.invoke(target);
            return Optional.of(value == null ? Absent.VALUE : value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new TemplateException(
                    "cannot read " + property + " of " + target.getClass().getSimpleName(), e);
        }
    }

    private static Map<String, Method> accessors(Class<?> type) {
        return Stream.of(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.getReturnType() != void.class)
                .filter(
                        m ->
                                !Modifier.isStatic(m.getModifiers())
                                        && m.getDeclaringClass() != Object.class)
                .filter(m -> Modifier.isPublic(m.getDeclaringClass().getModifiers()))
                .collect(Collectors.toMap(Method::getName, Function.identity(), (a, b) -> a));
    }

    /**
     * Marks a property that exists but holds null, as opposed to a property the object does not
     * have.
     */
    enum Absent {
        VALUE
    }
}
