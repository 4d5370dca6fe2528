package org.implantdhr.web.platform;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Query parameters are parsed here rather than by a ParamConverter, whose failures JAX-RS answers
 * with 404: a malformed date in a query is the client's mistake, a 400 that says which parameter.
 */
public final class QueryParams {

    private QueryParams() {}

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    "Query parameter '"
                            + name
                            + "' must be an instant like 2026-11-26T08:00:00Z, not '"
                            + value
                            + "'");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    "Query parameter '"
                            + name
                            + "' must be a date like 2026-11-26, not '"
                            + value
                            + "'");
        }
    }
}
