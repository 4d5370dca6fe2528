package org.implantdhr.web.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends stored bytes to a browser as a download. Uploaded files are served with the media type they
 * were uploaded with, so they are never rendered in the application's origin: always an attachment,
 * no sniffing, and a sandbox policy in case a browser opens one anyway.
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
        String safeName =
                fileName == null || fileName.isBlank()
                        ? "download"
                        : fileName.replaceAll("[\\\\/\"\\r\\n\\p{Cntrl}]", "_");
        String asciiName = safeName.replaceAll("[^\\x20-\\x7E]", "_");
        response.setContentType(
                mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\""
                        + asciiName
                        + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(safeName, StandardCharsets.UTF_8).replace("+", "%20"));
        SecurityHeaders.forDownload(response);
        response.setHeader("Cache-Control", "private, no-store");
        if (sha256 != null) {
            response.setHeader("X-Content-SHA256", sha256);
        }
        response.setContentLengthLong(content.length);
        response.getOutputStream().write(content);
    }
}
