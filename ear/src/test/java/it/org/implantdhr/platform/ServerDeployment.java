package it.org.implantdhr.platform;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** Every integration test deploys the EAR exactly as the build made it. */
public final class ServerDeployment {

    private ServerDeployment() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("it.ear", "target/implant-dhr.ear")));
    }
}
