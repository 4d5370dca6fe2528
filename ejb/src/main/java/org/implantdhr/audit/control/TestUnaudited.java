package org.implantdhr.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit append made a no-op, for the load benchmark only (AuditedWriteLoadBenchmark): when the
 * test server names a label prefix ({@code implantdhr.test.unaudited-label-prefix}, set in
 * ear/src/test/liberty only), a change of a record whose label begins with it writes no audit
 * entry. The benchmark then measures the same writes with and without the trail in one run, under
 * the same load. Unset everywhere else: every change is audited.
 */
@ApplicationScoped
public class TestUnaudited {

    // Optional: MicroProfile Config treats an empty default as no value and refuses to deploy
    @Inject
    @ConfigProperty(name = "implantdhr.test.unaudited-label-prefix")
    Optional<String> prefix;

    boolean skips(String label) {
        return prefix.isPresent()
                && !prefix.get().isBlank()
                && label != null
                && label.startsWith(prefix.get());
    }
}
