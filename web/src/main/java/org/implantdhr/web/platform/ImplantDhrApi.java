package org.implantdhr.web.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The JSON API under /api. Every resource needs an authenticated caller (web.xml); which roles may
 * call an operation is declared on its resource method (@RolesAllowed, checked by
 * OperationAuthorization before the request is read) and checked again by the business components
 * (@RolesAllowed on the boundaries), which also decide per record. Callers authenticate with HTTP
 * Basic (org.implantdhr.web.identity.SignIn).
 */
@ApplicationPath("/api")
@DeclareRoles({
    "OPERATOR",
    "ENGINEER",
    "QA",
    "QA_MANAGER",
    "REGULATOR",
    "SURGEON",
    "ADMIN",
    "STUDY_STAFF"
})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Implant DHR",
                        version = "1.0",
                        description =
                                "Device history records of patient-specific titanium implants"))
public class ImplantDhrApi extends Application {}
