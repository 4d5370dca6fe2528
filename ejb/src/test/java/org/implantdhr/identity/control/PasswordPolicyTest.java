package org.implantdhr.identity.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.implantdhr.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("CFR-11.300")
class PasswordPolicyTest {

    @Test
    void twelveCharactersAreEnoughAndElevenAreNot() {
        assertThatCode(() -> PasswordPolicy.check("erin", "kettle-moss7".toCharArray(), "p"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("erin", "kettle-mos7".toCharArray(), "p"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at least 12 characters");
    }

    @ParameterizedTest
    @CsvSource({
        "long.user.name, long.user.name",
        "long.user.name, LONG.USER.NAME",
    })
    void notTheUserName(String username, String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(username, password.toCharArray(), "p"))
                .hasMessageContaining("user name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "qwertyuiop12", "Password!2024"})
    void notACommonPasswordNorOneWithDigitsAdded(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("someone", password.toCharArray(), "p"))
                .hasMessageContaining("choose most");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abababababab"})
    void notOneOrTwoCharactersRepeated(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("someone", password.toCharArray(), "p"))
                .hasMessageContaining("repeat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "abcdefghijklm", "210987654321"})
    void notARun(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("someone", password.toCharArray(), "p"))
                .hasMessageContaining("run of letters or digits");
    }

    @Test
    void theRefusalNamesTheFieldAndNeverThePassword() {
        assertThatThrownBy(
                        () ->
                                PasswordPolicy.check(
                                        "someone", "password1234".toCharArray(), "newPassword"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e ->
                                org.assertj.core.api.Assertions.assertThat(e.field())
                                        .isEqualTo("newPassword"))
                .message()
                .doesNotContain("password1234");
    }
}
