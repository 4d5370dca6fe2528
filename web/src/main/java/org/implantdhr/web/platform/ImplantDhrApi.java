package org.implantdhr.web.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The JSON API under /api. Every resource needs an authenticated caller (web.xml); what each role may do is
 * decided by the business components (@RolesAllowed on the boundaries).
 */
@ApplicationPath("/api")
@BasicAuthenticationMechanismDefinition(realmName = "Implant DHR")
@DeclareRoles({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON", "ADMIN"})
@OpenAPIDefinition(info = @Info(title = "Implant DHR", version = "1.0",
        description = "Device history records of patient-specific titanium implants"))
public class ImplantDhrApi extends Application {
}
