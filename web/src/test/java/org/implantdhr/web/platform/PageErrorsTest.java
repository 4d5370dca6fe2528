package org.implantdhr.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import org.implantdhr.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;

class PageErrorsTest {

    @Test
    void aRefusalWrappedByTheContainerIsShownAsTheRefusal() {
        var refusal = new InvalidRequestException("password", "The password does not match");
        assertThat(PageErrors.unwrap(new EJBException(refusal))).isSameAs(refusal);
        assertThat(PageErrors.unwrap(new EJBException(new PersistenceException(refusal))))
                .isSameAs(refusal);
    }

    @Test
    void aConcurrentChangeAndARefusedRoleAreNotUnwrappedIntoTheirCauses() {
        var lock = new OptimisticLockException(new RuntimeException("row 7"));
        assertThat(PageErrors.unwrap(new EJBException(lock))).isSameAs(lock);
        var access = new EJBAccessException("Four eyes: ...");
        access.initCause(new SecurityException());
        assertThat(PageErrors.unwrap(access)).isSameAs(access);
    }

    @Test
    void anIndexedOrNestedFieldGoesToTheInputOfItsList() {
        var fields =
                Map.of(
                        "implants",
                        "form:implants",
                        "coupons",
                        "form:coupons",
                        "coupons[1].purpose",
                        "form:purpose");
        assertThat(PageErrors.clientIdIn(fields, "implants[0]")).isEqualTo("form:implants");
        assertThat(PageErrors.clientIdIn(fields, "coupons[3].code")).isEqualTo("form:coupons");
        assertThat(PageErrors.clientIdIn(fields, "coupons[1].purpose")).isEqualTo("form:purpose");
        assertThat(PageErrors.clientIdIn(fields, "elsewhere")).isNull();
        assertThat(PageErrors.clientIdIn(fields, null)).isNull();
    }
}
