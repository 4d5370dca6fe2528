package it.org.implantdhr.platform;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each browser test its own {@link Browser} (a test method declares a Browser parameter) and,
 * when the test fails, leaves a screenshot and the page source in target/screenshots before the
 * browser closes.
 */
public class BrowserSession
        implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserSession.class);
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent("browser", key -> Browser.start().warmUp(), Browser.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get("browser", Browser.class);
        if (browser != null && context.getExecutionException().isPresent()) {
            String name =
                    context.getRequiredTestClass().getSimpleName()
                            + "."
                            + context.getRequiredTestMethod().getName()
                            + context.getDisplayName().replaceAll("[^A-Za-z0-9_.-]", "_");
            browser.keepEvidence(SCREENSHOTS, name);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
        if (browser != null) {
            browser.close();
        }
    }
}
