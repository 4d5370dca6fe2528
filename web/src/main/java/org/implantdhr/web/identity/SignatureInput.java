package org.implantdhr.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.platform.control.IsoTime;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.web.platform.TimeZones;

/**
 * What a person enters on a page to sign electronically: the password again, for every signature
 * (21 CFR 11.200(a)), and the time zone the signing time is recorded in (11.50); and what the
 * signature form shows the signer beside it: their printed name and the time now. Each page bean
 * that signs holds one and hands the password and zone to its business component, which makes the
 * signature with the meaning of its own action. Shown by the composite component
 * resources/components/eSignature.xhtml.
 */
@Dependent
public class SignatureInput implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB Users users;

    private String password;
    private String zone = "UTC";

    /**
     * The password typed, handed over once: the input forgets it, so that it is neither rendered
     * back nor kept in the view. The caller clears the array once the signature is made.
     */
    public char[] takePassword() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        return secret;
    }

    /** Never read back into a page. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone == null ? null : zone.strip();
    }

    /** The short list the zone field suggests; any zone id may be typed. */
    public List<TimeZones.Choice> getZones() {
        return TimeZones.offered(RecordingClock.now());
    }

    /** The signer as the signature will name them: full name and user name. */
    public String getPrintedName() {
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return users.find(me).map(u -> u.fullName() + " (" + u.username() + ")").orElse(me);
    }

    /** The time now in the chosen zone; the signature records the moment it is made. */
    public String getNow() {
        return IsoTime.of(RecordingClock.now(), zone);
    }
}
