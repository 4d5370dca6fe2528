package it.org.implantdhr.platform;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The one deployment of a test run: the EAR exactly as the build made it, deployed once per run by
 * {@link DeploymentPerRun}. Tests call the application over HTTP (black box), so nothing is added
 * to it.
 */
public final class ServerDeployment {

    private ServerDeployment() {}

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(
                EnterpriseArchive.class,
                new File(System.getProperty("it.ear", "target/implant-dhr.ear")));
    }
}
