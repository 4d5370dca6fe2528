package org.implantdhr.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * The person who performed a step is not necessarily the one who enters it: the record keeps the
 * enterer as its creator and the performer by name. A performer who is a user of the system must be
 * an active user holding the role for that activity (an OPERATOR runs operations, cleaning and heat
 * treatment) — a QA manager's name on an operator's work is refused, naming the field.
 */
@Dependent
public class Performers {

    @PersistenceContext EntityManager em;

    public UserAccount holding(Role role, String username, String field) {
        UserAccount user =
                em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                        .setParameter("username", username)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new InvalidRequestException(
                                                field, "No user '" + username + "'"));
        if (!user.active()) {
            throw new InvalidRequestException(
                    field, "'" + username + "' is no longer an active user");
        }
        if (!user.hasRole(role)) {
            throw new InvalidRequestException(
                    field,
                    "'"
                            + username
                            + "' does not hold the role "
                            + role
                            + " that this step is performed in");
        }
        return user;
    }
}
