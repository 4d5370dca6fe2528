package org.implantdhr.web.component;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.implantdhr.component.boundary.ComponentLotData;
import org.implantdhr.component.entity.ComponentLot;

/**
 * A separation-plate lot: material POLYESTER or PTFE, sterile with its method, the certificate read
 * only.
 */
public record ComponentLotJson(
        @NotBlank @Size(max = 200) String supplier,
        @NotBlank @Size(max = 60) String catalogueNumber,
        @NotBlank @Size(max = 40) String lotNumber,
        @NotBlank @Size(max = 20) String material,
        @NotNull LocalDate expiryDate,
        @NotNull Boolean sterile,
        @Size(max = 40) String sterilisationMethod,
        CertificateFile certificate) {

    /** The attached certificate of conformance (read only). */
    public record CertificateFile(long fileId, String fileName, String sha256) {}

    ComponentLotData toData() {
        return new ComponentLotData(
                supplier.strip(),
                catalogueNumber.strip(),
                lotNumber.strip(),
                material,
                expiryDate,
                sterile,
                sterilisationMethod);
    }

    public static ComponentLotJson of(ComponentLot lot) {
        var file = lot.conformanceCertificate();
        return new ComponentLotJson(
                lot.supplier(),
                lot.catalogueNumber(),
                lot.lotNumber(),
                lot.material().name(),
                lot.expiryDate(),
                lot.sterile(),
                lot.sterilisationMethod(),
                file == null
                        ? null
                        : new CertificateFile(file.id(), file.fileName(), file.sha256()));
    }
}
