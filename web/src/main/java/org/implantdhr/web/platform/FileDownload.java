package org.implantdhr.web.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends stored bytes as a download, from a servlet or from the API. A stored file is served with
 * the media type the product determined for its kind (never the one its uploader declared), and is
 * never rendered in the application's origin: always an attachment, no sniffing, and a sandbox
 * policy in case a browser opens one anyway. The name is given twice (RFC 6266): a plain ASCII
 * {@code filename} for old clients and the exact UTF-8 name as {@code filename*} (RFC 5987).
 */
public final class FileDownload {

    private FileDownload() {}

    public static void send(
            HttpServletResponse response,
            byte[] content,
            String mediaType,
            String fileName,
            String sha256)
            throws IOException {
        response.setContentType(orOctetStream(mediaType));
        headers(fileName).forEach(response::setHeader);
        if (sha256 != null) {
            response.setHeader("X-Content-SHA256", sha256);
        }
        response.setContentLengthLong(content.length);
        response.getOutputStream().write(content);
    }

    /** The same download as an answer of the API; add headers (a digest) before building it. */
    public static Response.ResponseBuilder answer(
            byte[] content, String mediaType, String fileName) {
        var answer = Response.ok(content, orOctetStream(mediaType));
        headers(fileName).forEach(answer::header);
        return answer;
    }

    static Map<String, String> headers(String fileName) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Content-Disposition", disposition(fileName));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", SecurityHeaders.DOWNLOAD_POLICY);
        headers.put("Cache-Control", "private, no-store");
        return headers;
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…} with nothing that could end the header.
     */
    static String disposition(String fileName) {
        String safeName =
                fileName == null || fileName.isBlank()
                        ? "download"
                        : fileName.replaceAll("[\\\\/\"\\p{Cntrl}\\u2028\\u2029]", "_");
        String asciiName = safeName.replaceAll("[^\\x20-\\x7E]", "_").replace("%", "_");
        return "attachment; filename=\""
                + asciiName
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(safeName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String orOctetStream(String mediaType) {
        return mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
    }
}
