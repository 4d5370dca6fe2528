package org.implantdhr.demo.control;

import java.util.List;
import java.util.Set;
import org.implantdhr.identity.entity.Role;

/**
 * The people of the demo plant. Their passwords are printed in the README and exist only in demo
 * mode. Two of each shop-floor role, so that four-eyes release and second signatures can be shown.
 */
public final class DemoUsers {

    /** A demo person; study staff work for a hospital of the demo's cases. */
    public record DemoUser(String username, String fullName, Set<Role> roles, String hospital) {

        public DemoUser(String username, String fullName, Set<Role> roles) {
            this(username, fullName, roles, null);
        }

        public String password() {
            return username + "-demo";
        }
    }

    public static final List<DemoUser> ALL =
            List.of(
                    new DemoUser("olga.operator", "Olga Brandt", Set.of(Role.OPERATOR)),
                    new DemoUser("oscar.operator", "Oscar Lindqvist", Set.of(Role.OPERATOR)),
                    new DemoUser("erin.engineer", "Erin Novak", Set.of(Role.ENGINEER)),
                    new DemoUser("ethan.engineer", "Ethan Moreau", Set.of(Role.ENGINEER)),
                    new DemoUser("quinn.qa", "Quinn Adeyemi", Set.of(Role.QA)),
                    new DemoUser(
                            "mia.qamanager", "Mia Castellanos", Set.of(Role.QA, Role.QA_MANAGER)),
                    new DemoUser("rita.regulator", "Rita Okafor", Set.of(Role.REGULATOR)),
                    new DemoUser("sam.surgeon", "Dr. Samuel Weiss", Set.of(Role.SURGEON)),
                    new DemoUser("sofia.surgeon", "Dr. Sofia Marin", Set.of(Role.SURGEON)),
                    new DemoUser("adam.admin", "Adam Fischer", Set.of(Role.ADMIN)),
                    new DemoUser(
                            "stella.studystaff",
                            "Stella Brenner",
                            Set.of(Role.STUDY_STAFF),
                            "Universitätsklinikum Heidelberg"));

    public static DemoUser named(String username) {
        return ALL.stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
    }

    private DemoUsers() {}
}
