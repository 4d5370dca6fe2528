package org.implantdhr.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.List;
import org.implantdhr.evidence.control.InvalidEvidenceException;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    private Problem problem(Throwable e) {
        var response = mapper.toResponse(e);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        return (Problem) response.getEntity();
    }

    @Test
    void anInvalidFileIsA422ListingEveryPlaceThatIsWrong() {
        var p =
                problem(
                        new InvalidEvidenceException(
                                "Build log refused",
                                List.of(
                                        new InvalidEvidenceException.Problem(
                                                "line 3, column o2 [ppm]", "'abc' is not a number"),
                                        new InvalidEvidenceException.Problem(
                                                "line 9, column timestamp", "not after line 8"))));
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.title()).isEqualTo("Build log refused");
        assertThat(p.errors())
                .extracting(Problem.Error::location)
                .containsExactly("line 3, column o2 [ppm]", "line 9, column timestamp");
    }

    @Test
    void businessExceptionsWrappedByTheContainerKeepTheirMeaning() {
        assertThat(problem(new EJBException(new NoSuchRecordException("Implant", "X-1"))).status())
                .isEqualTo(404);
        assertThat(problem(new EJBException(new ConflictingRecordException("dup"))).status())
                .isEqualTo(409);
        assertThat(problem(new InvalidRequestException("reason", "needed")).errors())
                .containsExactly(new Problem.Error("reason", "needed"));
        assertThat(problem(new EJBAccessException("no")).status()).isEqualTo(403);
        assertThat(problem(new UploadTooLargeException(10)).status()).isEqualTo(413);
        assertThat(problem(new NotFoundException()).status()).isEqualTo(404);
    }

    @Test
    void aServerFaultTellsNothingOfItsInternals() {
        var p = problem(new IllegalStateException("password=secret in some stack"));
        assertThat(p.status()).isEqualTo(500);
        assertThat(p.detail()).doesNotContain("secret");
    }

    @Test
    @Tag("CFR-11.10c")
    void aLockOrTimeoutIsA503WithRetryAfterNeverA500OrA409() {
        for (Throwable busy :
                List.of(
                        new EJBException(
                                new PersistenceException(
                                        new SQLTimeoutException(
                                                "Timeout trying to lock table \"audit_chain_head\"",
                                                "HYT00",
                                                50200))),
                        new PessimisticLockException("locked"),
                        new EJBException(
                                new RuntimeException(
                                        new SQLException(
                                                "canceling statement due to lock timeout",
                                                "55P03"))))) {
            var response = mapper.toResponse(busy);
            assertThat(response.getStatus()).as(busy.toString()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
            var p = (Problem) response.getEntity();
            assertThat(p.detail()).doesNotContain("audit_chain_head", "Exception", "lock table");
        }
    }

    @Test
    void theRuntimesOwnTextsNameNoClassAndNoMessageCode() {
        var p =
                problem(
                        new NotFoundException(
                                "RESTEASY003870: Unable to extract parameter from http request:"
                                        + " jakarta.ws.rs.QueryParam(\"limit\") value is 'x'"));
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.detail()).doesNotContain("RESTEASY", "jakarta.", "QueryParam");
    }
}
