package org.implantdhr.web.release;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.implantdhr.certificate.boundary.CertificateFile;
import org.implantdhr.certificate.boundary.Certificates;
import org.implantdhr.release.boundary.DecisionRecord;
import org.implantdhr.release.boundary.ReleaseDecisions;
import org.implantdhr.web.platform.PageErrors;

/**
 * What the release was signed as, and the certificate issued with it, to open or save. The page the
 * release goes on to; reachable from the review page of a released implant too.
 */
@Named
@RequestScoped
public class ReleaseCertificatePage {

    @EJB Certificates certificates;

    @EJB ReleaseDecisions decisions;

    private String serial;
    private CertificateFile certificate;
    private DecisionRecord decision;

    public void load() {
        if (serial == null || serial.isBlank()) {
            PageErrors.atTop("Which implant? Open the certificate from the implant's review.");
            return;
        }
        serial = serial.strip();
        try {
            decision = decisions.decision(serial);
            certificate = certificates.pdf(serial);
        } catch (RuntimeException e) {
            PageErrors.atTopOnly().show(e);
        }
    }

    public boolean isFound() {
        return certificate != null;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public CertificateFile getCertificate() {
        return certificate;
    }

    public DecisionRecord getDecision() {
        return decision;
    }

    public int getSizeKb() {
        return certificate == null ? 0 : (certificate.pdf().length + 1023) / 1024;
    }
}
