package org.implantdhr.finishing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * Finishing records refer to users and implants by id; the API names them by user name and serial
 * number. This turns one into the other.
 */
@Dependent
public class PeopleAndImplants {

    @PersistenceContext EntityManager em;

    public long userId(String username, String field) {
        return em.createQuery(
                        "select u.id from UserAccount u where u.username = :username", Long.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new InvalidRequestException(field, "No user '" + username + "'"));
    }

    public String username(long userId) {
        return em.createQuery("select u.username from UserAccount u where u.id = :id", String.class)
                .setParameter("id", userId)
                .getSingleResult();
    }

    public String serial(long implantId) {
        return em.createQuery("select i.serialNumber from Implant i where i.id = :id", String.class)
                .setParameter("id", implantId)
                .getSingleResult();
    }

    public List<String> serials(Collection<Long> implantIds) {
        if (implantIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select i.serialNumber from Implant i where i.id in :ids order by i.serialNumber",
                        String.class)
                .setParameter("ids", implantIds)
                .getResultList();
    }
}
