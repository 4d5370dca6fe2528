package org.implantdhr.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.implantdhr.platform.entity.Audited;

/** A person who uses the system. The full name is the printed name of the person's e-signatures. */
@Entity
@Table(name = "app_user")
@NamedQuery(
        name = UserAccount.BY_USERNAME,
        query = "select u from UserAccount u where u.username = :username")
public class UserAccount implements Audited {

    public static final String BY_USERNAME = "UserAccount.byUsername";

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    @Version private long version;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean active;

    /** Set by an administrator's reset: the person chooses a new password at the next login. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /**
     * Raised by every change that must end the account's open sessions at once (deactivation, a
     * role change, a password reset or change, a lockout); a session remembers the generation it
     * started with and ends when it differs.
     */
    @Column(name = "session_generation", nullable = false)
    private long sessionGeneration;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /**
     * The hospital a person works for, where that limits what they see: study staff enter follow-up
     * for the patients of their hospital only. Null for everyone else.
     */
    private String hospital;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {}

    public UserAccount(
            String username,
            String fullName,
            String passwordHash,
            Set<Role> roles,
            Instant createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.active = true;
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        this.passwordChangedAt = this.createdAt;
    }

    /** The person's own new password: no change is pending any more. */
    public void changePassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.mustChangePassword = false;
        sessionGeneration++;
    }

    /** An administrator's reset: a temporary password that must be changed at the next login. */
    public void resetPassword(String temporaryHash, Instant at) {
        this.passwordHash = temporaryHash;
        this.passwordChangedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.mustChangePassword = true;
        sessionGeneration++;
    }

    public void deactivate() {
        this.active = false;
        sessionGeneration++;
    }

    public void reactivate() {
        this.active = true;
        sessionGeneration++;
    }

    public void changeRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
        sessionGeneration++;
    }

    /**
     * Whether the person must choose a new password before doing anything else: after a reset, or
     * when the password is older than {@code maxAge} (null: passwords do not expire).
     */
    public boolean passwordChangeDue(Instant now, java.time.Duration maxAge) {
        return passwordChangeDue(
                mustChangePassword,
                passwordChangedAt == null ? createdAt : passwordChangedAt,
                now,
                maxAge);
    }

    public static boolean passwordChangeDue(
            boolean mustChange, Instant changedAt, Instant now, java.time.Duration maxAge) {
        return mustChange
                || maxAge != null && changedAt != null && !changedAt.plus(maxAge).isAfter(now);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public String recordType() {
        return "UserAccount";
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String label() {
        return username;
    }

    /**
     * The password hash is deliberately left out: the trail must not become a place to harvest
     * hashes from.
     */
    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("username", username);
        state.put("fullName", fullName);
        state.put("active", active);
        state.put("roles", new TreeSet<>(roles.stream().map(Enum::name).toList()));
        state.put("mustChangePassword", mustChangePassword);
        if (hospital != null) {
            state.put("hospital", hospital);
        }
        return state;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public long sessionGeneration() {
        return sessionGeneration;
    }

    public String hospital() {
        return hospital;
    }

    /** The hospital whose patients the person works with (study staff); null: none. */
    public void workAt(String hospital) {
        this.hospital = hospital == null || hospital.isBlank() ? null : hospital.strip();
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }
}
