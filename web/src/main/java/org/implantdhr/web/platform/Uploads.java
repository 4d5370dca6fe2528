package org.implantdhr.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads an uploaded file into memory, refusing it as soon as it grows past the configured limit (a
 * declared Content-Length is not trusted: the bytes are counted).
 */
@ApplicationScoped
public class Uploads {

    @Inject
    @ConfigProperty(name = "implantdhr.upload.max-bytes", defaultValue = "67108864")
    long maxBytes;

    public byte[] read(InputStream body) {
        if (body == null) {
            throw new BadRequestException("The request has no file");
        }
        try (InputStream in = body) {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new UploadTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a file sent with a page's form, within the same limit. */
    public byte[] bytesOf(Part file) {
        try {
            return read(file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name the browser gave a file, without any folder some browsers send along. */
    public static String fileNameOf(Part file) {
        String name = file.getSubmittedFileName();
        if (name == null || name.isBlank()) {
            return "upload";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    public long maxBytes() {
        return maxBytes;
    }
}
