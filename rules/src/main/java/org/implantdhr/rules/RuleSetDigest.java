package org.implantdhr.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Build step (exec-maven-plugin, process-classes): writes {@code rule-set.properties} with the
 * artifact version and the SHA-256 over every DRL file under the classes folder, in path order,
 * each as its relative path, a NUL, its bytes and a NUL. Done at build time because a jar inside
 * Liberty cannot be listed reliably. The vigilance rules are a KieBase of their own and are
 * versioned apart ({@code vigilance.drl.sha256}), so that a change to them does not change the
 * version of the release rules that a release decision records.
 */
public final class RuleSetDigest {

    /** Where the vigilance rules' DRL lives, relative to the classes folder. */
    static final String VIGILANCE_FOLDER = "org/implantdhr/rules/vigilance/";

    private static final Predicate<String> RELEASE = path -> !path.startsWith(VIGILANCE_FOLDER);
    private static final Predicate<String> VIGILANCE = path -> path.startsWith(VIGILANCE_FOLDER);

    private RuleSetDigest() {}

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Properties properties = new Properties();
        properties.setProperty("artifact.version", args[1]);
        properties.setProperty("drl.sha256", sha256OfDrlFiles(classes, RELEASE));
        properties.setProperty("vigilance.drl.sha256", sha256OfDrlFiles(classes, VIGILANCE));
        Path target = classes.resolve("org/implantdhr/rules/rule-set.properties");
        try (OutputStream out = Files.newOutputStream(target)) {
            properties.store(out, null);
        }
    }

    /** The release rules' digest. */
    public static String sha256OfDrlFiles(Path root) {
        return sha256OfDrlFiles(root, RELEASE);
    }

    /** The vigilance rules' digest. */
    public static String sha256OfVigilanceDrlFiles(Path root) {
        return sha256OfDrlFiles(root, VIGILANCE);
    }

    private static String sha256OfDrlFiles(Path root, Predicate<String> included) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> drl =
                    files.filter(p -> p.toString().endsWith(".drl"))
                            .filter(p -> included.test(relativePath(root, p)))
                            .sorted()
                            .toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : drl) {
                digest.update(relativePath(root, file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String relativePath(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
