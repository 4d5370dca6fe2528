package org.implantdhr.web.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.implantdhr.certificate.control.CertificateKeys;
import org.implantdhr.identity.entity.Role;

/**
 * Integration tests only: {@code PUT /api/test/timestamp-authority} with {@code {"url":
 * "http://…"}} makes the server sign with the test's own RFC 3161 timestamp authority (an empty
 * url: the configured one again), so that B-LTA and its renewal are tested on a running server
 * without every other test's documents depending on that authority. 404 unless the server allows it
 * ({@code implantdhr.test.timestamp-authority-replaceable}, set in ear/src/test/liberty only).
 */
@Path("test/timestamp-authority")
public class TestTimestampAuthorityResource {

    /** The authority's address; empty for the configured one. */
    public record AuthorityJson(@NotNull @Pattern(regexp = "(https?://\\S+)?") String url) {}

    @Inject CertificateKeys keys;

    @RolesAllowed(Role.ADMIN_)
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public void use(@Valid @NotNull AuthorityJson authority) {
        if (!keys.timestampAuthorityReplaceable()) {
            throw new NotFoundException("The timestamp authority is set by configuration only");
        }
        keys.useTimestampAuthority(Optional.of(authority.url()));
    }
}
