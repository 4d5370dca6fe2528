package org.implantdhr.web.vigilance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.implantdhr.vigilance.boundary.FollowUpTasks;

/**
 * The vigilance rules' follow-up tasks on the follow-up worklist (/followup/worklist.xhtml): each
 * visit whose window closed without a record, for the surgeon and study staff who follow the
 * patient, and for QA.
 */
@Named
@RequestScoped
public class FollowUpTasksPage {

    @EJB FollowUpTasks tasks;

    private String hospital;
    private List<FollowUpTasks.Task> listed;

    public List<FollowUpTasks.Task> getTasks() {
        if (listed == null) {
            listed = tasks.open(hospital);
        }
        return listed;
    }

    public String getHospital() {
        return hospital;
    }

    public void setHospital(String hospital) {
        this.hospital = hospital;
    }
}
