package org.implantdhr.web.certificate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.implantdhr.casefile.boundary.CaseFile;
import org.implantdhr.casefile.boundary.CaseFiles;
import org.implantdhr.certificate.boundary.CertificateVerdict;
import org.implantdhr.certificate.boundary.Certificates;
import org.implantdhr.certificate.boundary.FileVerification;
import org.implantdhr.certificate.boundary.ImplantVerification;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.platform.control.IsoTime;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.web.platform.PageErrors;
import org.implantdhr.web.platform.UploadTooLargeException;
import org.implantdhr.web.platform.Uploads;

/**
 * Before the operation: an implant of the surgeon's case, its certificate with the status it has
 * now (the same public verification as /verify/{serial}), the download, and a check of a
 * certificate PDF the surgeon holds (the same verification as POST /verify), shown check by check.
 */
@Named
@ViewScoped
public class BeforeSurgeryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The implant: serial, case and planned surgery, its status now. */
    public record ImplantFacts(
            String serialNumber,
            String caseNumber,
            String designVersion,
            String plannedSurgeryDate,
            String status)
            implements Serializable {}

    /** The answer for an uploaded file. */
    public record FileCheck(
            String fileName,
            String sha256,
            boolean trustworthy,
            List<VerificationWords.Check> checks,
            ImplantVerification implant,
            boolean otherImplant,
            String signingTime,
            List<String> problems)
            implements Serializable {

        /**
         * Genuine and the implant may be used: trustworthy, and the certificate the file is is in
         * force now.
         */
        public boolean inForce() {
            return trustworthy
                    && implant != null
                    && implant.status() == CertificateVerdict.RELEASED;
        }
    }

    @EJB Implants implants;

    @EJB CaseFiles caseFiles;

    @EJB Certificates certificates;

    @Inject Uploads uploads;

    private String serial;
    private ImplantFacts implant;
    private ImplantVerification certificate;
    private FileCheck fileCheck;
    private transient Part file;

    public void load() {
        if (serial == null || serial.isBlank()) {
            return;
        }
        try {
            Implant found = implants.getVisible(serial);
            CaseFile caseFile = caseFiles.of(found.caseId(), found.designId());
            implant =
                    new ImplantFacts(
                            found.serialNumber(),
                            caseFile.caseNumber(),
                            caseFile.design() == null ? null : caseFile.design().designVersion(),
                            String.valueOf(caseFile.plannedSurgeryDate()),
                            found.status().name());
            certificate = certificates.verify(serial);
        } catch (NoSuchRecordException e) {
            implant = null;
            certificate = null;
            PageErrors.atTop("None of your cases has an implant '" + serial + "'.");
        }
    }

    public String check() {
        fileCheck = null;
        if (file == null || file.getSize() == 0) {
            PageErrors.onInput("check:file", "Choose the certificate PDF you hold.");
            return null;
        }
        byte[] bytes;
        try {
            bytes = uploads.read(file.getInputStream());
        } catch (UploadTooLargeException e) {
            PageErrors.onInput(
                    "check:file",
                    "The file is larger than "
                            + uploads.maxBytes()
                            + " bytes: not a certificate of ours.");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileVerification v = certificates.verify(bytes);
        boolean other =
                v.implant() != null
                        && implant != null
                        && !v.implant().serialNumber().equals(implant.serialNumber());
        fileCheck =
                new FileCheck(
                        file.getSubmittedFileName(),
                        v.sha256(),
                        v.trustworthy(),
                        VerificationWords.checks(v),
                        v.implant(),
                        other,
                        v.timestamped() && v.signingTime() != null
                                ? IsoTime.of(v.signingTime())
                                : null,
                        List.copyOf(v.problems()));
        return null;
    }

    /** The headline of a verification status, as the public page says it. */
    public String headline(CertificateVerdict status) {
        return VerificationWords.headline(status);
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public ImplantFacts getImplant() {
        return implant;
    }

    public ImplantVerification getCertificate() {
        return certificate;
    }

    public FileCheck getFileCheck() {
        return fileCheck;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
