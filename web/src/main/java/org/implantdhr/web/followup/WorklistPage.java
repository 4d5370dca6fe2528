package org.implantdhr.web.followup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.implantdhr.followup.boundary.FollowUps;
import org.implantdhr.followup.boundary.WorklistRow;
import org.implantdhr.implantation.boundary.Implantations;
import org.implantdhr.implantation.entity.Implantation;

/**
 * The follow-up worklist: visits due, overdue or missed of the patients the person follows (a
 * surgeon's own, study staff's hospital's, everyone's for QA and regulators), by hospital and
 * surgeon; and the implanted patients, each leading to its page.
 */
@Named
@RequestScoped
public class WorklistPage {

    @EJB FollowUps followUps;

    @EJB Implantations implantations;

    private String hospital;
    private List<WorklistRow> rows;
    private List<Implantation> patients;

    public List<WorklistRow> getRows() {
        if (rows == null) {
            rows = followUps.worklist(null, hospital);
        }
        return rows;
    }

    public List<Implantation> getPatients() {
        if (patients == null) {
            patients = implantations.visible(0, 500);
        }
        return patients;
    }

    public String getHospital() {
        return hospital;
    }

    public void setHospital(String hospital) {
        this.hospital = hospital;
    }
}
