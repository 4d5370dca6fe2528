package org.implantdhr.audit.entity;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a checkpoint states, as the JSON text that is signed: the chain's last entry {@code seq} and
 * its {@code entryHash} at {@code signedAt}, signed on behalf of {@code signedBy}. The text is
 * written in one fixed form, so that it is the same bytes wherever it is read.
 */
public record CheckpointStatement(long seq, String entryHash, Instant signedAt, String signedBy) {
    /**
     * Looked up once: each {@code Json.create…} call asks the service loader for the provider anew.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String TYPE = "implantdhr-audit-checkpoint";

    public String text() {
        return JSON.createObjectBuilder()
                .add("type", TYPE)
                .add("seq", seq)
                .add("entryHash", entryHash)
                .add("signedAt", signedAt.toString())
                .add("signedBy", signedBy)
                .build()
                .toString();
    }

    /** The statement a text makes, if it is a checkpoint statement at all. */
    public static Optional<CheckpointStatement> parse(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            JsonObject o = reader.readObject();
            if (!TYPE.equals(o.getString("type", null))) {
                return Optional.empty();
            }
            return Optional.of(
                    new CheckpointStatement(
                            o.getJsonNumber("seq").longValueExact(),
                            o.getString("entryHash"),
                            Instant.parse(o.getString("signedAt")),
                            o.getString("signedBy")));
        } catch (JsonException
                | ClassCastException
                | NullPointerException
                | ArithmeticException
                | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
