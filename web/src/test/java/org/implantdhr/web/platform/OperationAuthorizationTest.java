package org.implantdhr.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OperationAuthorizationTest {

    @RolesAllowed({"QA", "QA_MANAGER"})
    static class Guarded {
        public void classRoles() {}

        @RolesAllowed("ADMIN")
        public void methodRoles() {}

        @PermitAll
        public void anyone() {}
    }

    static class Unguarded {
        public void nothing() {}
    }

    @Test
    void theMethodsRolesWinOverTheClasss() throws Exception {
        assertThat(allows("methodRoles", Guarded.class, caller("ADMIN"))).isTrue();
        assertThat(allows("methodRoles", Guarded.class, caller("QA"))).isFalse();
        assertThat(allows("classRoles", Guarded.class, caller("QA_MANAGER"))).isTrue();
        assertThat(allows("classRoles", Guarded.class, caller("ADMIN"))).isFalse();
    }

    @Test
    void permitAllMeansEverySignedInPerson() throws Exception {
        assertThat(allows("anyone", Guarded.class, caller("SURGEON"))).isTrue();
        assertThat(allows("anyone", Guarded.class, null)).isFalse();
    }

    @Test
    void anOperationThatDeclaresNobodyIsRefusedToEverybody() throws Exception {
        assertThat(allows("nothing", Unguarded.class, caller("ADMIN"))).isFalse();
    }

    /**
     * Every operation of the API says who may call it (the filter would refuse an undeclared one to
     * everybody; this says which one at build time).
     */
    @Test
    void everyApiOperationDeclaresItsRoles() throws Exception {
        List<String> undeclared =
                resourceClasses()
                        .flatMap(
                                c ->
                                        Arrays.stream(c.getDeclaredMethods())
                                                .map(m -> new Operation(c, m)))
                        .filter(o -> o.isOperation() && !o.declares())
                        .map(Operation::toString)
                        .toList();
        assertThat(resourceClasses().count()).isGreaterThan(20);
        assertThat(undeclared).as("API operations without @RolesAllowed or @PermitAll").isEmpty();
    }

    private record Operation(Class<?> type, Method method) {
        boolean isOperation() {
            return Arrays.stream(method.getAnnotations())
                    .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
        }

        boolean declares() {
            return method.isAnnotationPresent(RolesAllowed.class)
                    || method.isAnnotationPresent(PermitAll.class)
                    || type.isAnnotationPresent(RolesAllowed.class)
                    || type.isAnnotationPresent(PermitAll.class);
        }

        @Override
        public String toString() {
            return type.getSimpleName() + "." + method.getName();
        }
    }

    private static Stream<Class<?>> resourceClasses() throws IOException, URISyntaxException {
        var root =
                Paths.get(
                        OperationAuthorization.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());
        var web = root.resolve("org/implantdhr/web");
        try (var files = Files.walk(web)) {
            return files
                    .map(p -> root.relativize(p).toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .<Class<?>>map(OperationAuthorizationTest::load)
                    .filter(c -> c.isAnnotationPresent(Path.class))
                    .toList()
                    .stream();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OperationAuthorizationTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static boolean allows(String method, Class<?> type, SecurityContext caller)
            throws NoSuchMethodException {
        return OperationAuthorization.allows(type.getDeclaredMethod(method), type, caller);
    }

    private static SecurityContext caller(String... roles) {
        Set<String> held = Set.of(roles);
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return () -> "someone";
            }

            @Override
            public boolean isUserInRole(String role) {
                return held.contains(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }
}
