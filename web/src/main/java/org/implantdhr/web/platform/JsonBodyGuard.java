package org.implantdhr.web.platform;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;

/**
 * Every JSON body of the API is read once as plain JSON and held against the Java type it is meant
 * for ({@link JsonShape}) before JSON-B binds it: a number with a huge exponent or digit count, a
 * boolean written as "yes" or 1, an unknown enum value or a malformed date never reaches the
 * binding, BigDecimal arithmetic, a unit conversion or the database. This is the one place applied
 * to every field of every request; what a field may hold beyond its type (a column length, a
 * physical range) is checked after binding, by Bean Validation and {@link
 * org.implantdhr.platform.control.Units}.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {
    /**
     * Looked up once: each {@code Json.create…} call asks the service loader for the provider anew.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * JSON requests are records typed by hand or by a machine, never bulk files (those are
     * uploads).
     */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null
                || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))
                || !isBound(context.getType())) {
            return context
                    .proceed(); // an upload read as a stream or bytes is evidence, kept as it came
        }
        byte[] body = readBounded(context.getInputStream());
        context.setInputStream(new ByteArrayInputStream(body));
        if (isBlank(body)) {
            return context.proceed();
        }
        JsonShape.check(read(body), context.getGenericType());
        return context.proceed();
    }

    /**
     * The request records of the API (and lists or maps of them) are bound by JSON-B; nothing else
     * is checked here.
     */
    private static boolean isBound(Class<?> type) {
        return type.isRecord()
                || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type)
                || type.isArray() && type != byte[].class;
    }

    private static JsonValue read(byte[] body) {
        try (var reader = JSON.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            String where =
                    at == null
                            ? "body"
                            : "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            throw new MalformedJsonException(
                    where, "The body is not valid JSON (at " + where + ")");
        } catch (RuntimeException e) {
            // the JSON-P reader refuses numbers of more than about a thousand characters, among
            // other limits
            throw new InvalidJsonException(
                    java.util.List.of(
                            new Problem.Error(
                                    "body",
                                    "The body holds a value too long to be read (a number of more than "
                                            + JsonShape.MAX_NUMBER_CHARS
                                            + " characters?)")));
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new UploadTooLargeException(MAX_BODY_BYTES);
        }
        return body;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
