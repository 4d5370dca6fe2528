package org.implantdhr.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** PBKDF2-HMAC-SHA256 password hashes; the parameters travel inside each stored hash. */
@ApplicationScoped
public class PasswordHashing {

    @Inject Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "implantdhr.password.iterations", defaultValue = "210000")
    int iterations;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(
                Map.of(
                        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                        "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                        "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }
}
