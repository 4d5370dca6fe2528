package org.implantdhr.fhir.control;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.implantdhr.implantation.entity.Explantation;
import org.implantdhr.implantation.entity.Implantation;

/**
 * The operation that implanted the device ({@code focalDevice} action "implanted"), and the explant
 * or revision that removed it ("explanted"). The surgeon is referred to by user name (the record
 * holds no Practitioner of its own), the hospital by name.
 */
public final class ProcedureMapper {

    private ProcedureMapper() {}

    public static Procedure implantation(ImplantRecord r) {
        Implantation i = r.implantation();
        var procedure = new Procedure();
        procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
        procedure
                .getCode()
                .setText("Chest-wall resection and reconstruction with a titanium implant");
        procedure.setSubject(new Reference(ResourceIds.patient(r)));
        procedure.setPerformed(FhirTimes.moment(i.operatedAt()));
        procedure
                .addPerformer()
                .setActor(
                        new Reference()
                                .setIdentifier(
                                        new Identifier()
                                                .setSystem(FhirCodes.USER)
                                                .setValue(r.surgeon().username()))
                                .setDisplay(r.surgeon().name()));
        procedure.setLocation(new Reference().setDisplay(i.hospital()));
        procedure.addBodySite().setText("Chest wall");
        procedure
                .addNote()
                .setText(
                        i.ribsResected()
                                + " rib(s) resected"
                                + (i.ribLevels() == null ? "" : " (" + i.ribLevels() + ")")
                                + ", sternum resection "
                                + i.sternumResection()
                                + ", defect "
                                + i.defectLengthMm().toPlainString()
                                + " x "
                                + i.defectWidthMm().toPlainString()
                                + " mm, "
                                + i.durationMinutes()
                                + " min");
        procedure
                .addFocalDevice()
                .setAction(action("implanted", "Implanted"))
                .setManipulated(new Reference(ResourceIds.device(r)));
        procedure
                .addFocalDevice()
                .setAction(action("implanted", "Implanted"))
                .setManipulated(new Reference(ResourceIds.plate(r)));
        return procedure;
    }

    public static Procedure explantation(ImplantRecord r, Explantation e) {
        var procedure = new Procedure();
        procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
        procedure
                .getCode()
                .setText(
                        switch (e.kind()) {
                            case EXPLANT -> "Removal of the chest-wall implant";
                            case REVISION -> "Revision of the chest-wall implant";
                        });
        procedure.setSubject(new Reference(ResourceIds.patient(r)));
        procedure.setPerformed(FhirTimes.day(e.explantedOn()));
        procedure
                .addReasonCode()
                .setText(
                        e.reason()
                                + (e.reasonText() == null || e.reasonText().isBlank()
                                        ? ""
                                        : ": " + e.reasonText()));
        procedure
                .addFocalDevice()
                .setAction(action("explanted", "Explanted"))
                .setManipulated(new Reference(ResourceIds.device(r)));
        return procedure;
    }

    private static CodeableConcept action(String code, String display) {
        return new CodeableConcept(new Coding(FhirCodes.DEVICE_ACTION, code, display));
    }
}
