package org.implantdhr.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.platform.control.RecordingClock;

/**
 * Demo mode only: the demo plant's people, and its production history recorded through the API.
 * Every step is skipped when its record exists, so a start completes what an earlier start may have
 * left unfinished.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** In the server's directory; see {@link #publishRecordingClockToken()}. */
    public static final String RECORDING_CLOCK_TOKEN_FILE = "demo-recording-clock.token";

    @Inject
    @ConfigProperty(name = "implantdhr.demo.enabled", defaultValue = "false")
    boolean enabled;

    /** The integration tests' server runs demo mode for its people and clock, without the plant. */
    @Inject
    @ConfigProperty(name = "implantdhr.demo.plant", defaultValue = "true")
    boolean recordPlant;

    @EJB Users users;

    @EJB DemoFill fill;

    @PostConstruct
    void fillDatabase() {
        if (!enabled) {
            return;
        }
        int created = 0;
        for (var user : DemoUsers.ALL) {
            if (users.find(user.username()).isEmpty()) {
                users.register(
                        user.username(),
                        user.fullName(),
                        user.password().toCharArray(),
                        user.roles(),
                        user.hospital());
                created++;
            }
        }
        int newUsers = created;
        publishRecordingClockToken();
        if (recordPlant) {
            LOG.info(
                    () ->
                            "Demo mode: "
                                    + newUsers
                                    + " demo user(s) created; recording the demo plant in the background");
            fill.fill();
        } else {
            LOG.info(
                    () ->
                            "Demo mode: "
                                    + newUsers
                                    + " demo user(s) created; the demo plant is not recorded (implantdhr.demo.plant=false)");
        }
    }

    @PreDestroy
    void stopFilling() {
        DemoFill.applicationStops();
    }

    /**
     * Other programs on this machine that record a demo history of their own (the integration
     * tests' fixtures) need the demo recording clock's token as the demo plant does; it goes to a
     * file in the server's directory (the working directory of a Liberty server) that only the
     * server's user can read. Demo mode only.
     */
    private static void publishRecordingClockToken() {
        Path file = Path.of(RECORDING_CLOCK_TOKEN_FILE);
        try {
            Files.deleteIfExists(file);
            Files.createFile(
                    file,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, RecordingClock.demoToken());
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warning(
                    () ->
                            "The demo recording clock's token could not be written to "
                                    + file.toAbsolutePath()
                                    + ": "
                                    + e);
        }
    }
}
