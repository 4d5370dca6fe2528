package org.implantdhr.casefile.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * STL files as CAD systems write them (test resources {@code stl/}, written for these tests,
 * modelled on the cases of the STL repair tool admesh): each is first checked against the STL
 * format itself by a plain structural check independent of {@link StlParser}, then read by the
 * parser.
 */
class StlFixturesTest {

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final StlParser parser = new StlParser();

    static byte[] fixture(String name) {
        try (InputStream in =
                StlFixturesTest.class.getClassLoader().getResourceAsStream("stl/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the STL format requires, checked plainly: a binary file is 84 + 50 n bytes with n at
     * byte 80; an ASCII file is {@code solid [name]}, then per facet {@code facet normal n n n /
     * outer loop / vertex x y z} ×3 {@code / endloop / endfacet}, then {@code endsolid [name]}
     * (keywords in any case). Returns the violations, or the facet count as "n facets".
     */
    static List<String> structure(byte[] file) {
        List<String> found = new ArrayList<>();
        if (file.length >= 84) {
            long n =
                    Integer.toUnsignedLong(
                            ByteBuffer.wrap(file, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
            if (file.length == 84 + 50 * n) {
                found.add("binary, " + n + " facets");
                return found;
            }
        }
        String[] tokens = new String(file, StandardCharsets.US_ASCII).strip().split("\\s+");
        String[] lines = new String(file, StandardCharsets.US_ASCII).strip().split("\\r?\\n");
        if (!lines[0].strip().toLowerCase().startsWith("solid")) {
            found.add("neither 84 + 50 n bytes nor beginning with 'solid'");
            return found;
        }
        int i = 1 + lines[0].strip().split("\\s+").length - 1;
        int facets = 0;
        while (i < tokens.length && tokens[i].equalsIgnoreCase("facet")) {
            String[] expected = {
                "facet",
                "normal",
                "#",
                "#",
                "#",
                "outer",
                "loop",
                "vertex",
                "#",
                "#",
                "#",
                "vertex",
                "#",
                "#",
                "#",
                "vertex",
                "#",
                "#",
                "#",
                "endloop",
                "endfacet"
            };
            for (String e : expected) {
                if (i >= tokens.length
                        || (e.equals("#")
                                ? !NUMBER.matcher(tokens[i]).matches()
                                : !tokens[i].equalsIgnoreCase(e))) {
                    found.add(
                            "facet "
                                    + (facets + 1)
                                    + ": expected "
                                    + e
                                    + ", found "
                                    + (i < tokens.length ? tokens[i] : "the end"));
                    return found;
                }
                i++;
            }
            facets++;
        }
        if (i >= tokens.length || !tokens[i].equalsIgnoreCase("endsolid")) {
            found.add("expected endsolid after facet " + facets);
            return found;
        }
        found.add("ASCII, " + facets + " facets");
        return found;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cube-capitals-crlf.stl",
                "cube-missing-triangle.stl",
                "cube-flipped-triangle.stl",
                "cube-binary-solid-header.stl"
            })
    void everyFixtureIsAnStlFile(String name) {
        assertThat(structure(fixture(name)))
                .singleElement()
                .asString()
                .matches("(binary|ASCII), 1[12] facets");
    }

    @Test
    void theStructuralCheckItselfRefusesWhatIsNotStl() {
        byte[] binary = fixture("cube-binary-solid-header.stl");
        assertThat(structure(java.util.Arrays.copyOf(binary, binary.length - 1)))
                .singleElement()
                .asString()
                .isEqualTo("expected endsolid after facet 0");
        assertThat(
                        structure(
                                "solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nendloop\nendfacet\nendsolid x\n"
                                        .getBytes(StandardCharsets.US_ASCII)))
                .containsExactly("facet 1: expected vertex, found endloop");
    }

    @Test
    void asciiInCapitalsWithCrlfIndentationAndANameIsRead() {
        byte[] file = fixture("cube-capitals-crlf.stl");
        assertThat(structure(file)).containsExactly("ASCII, 12 facets");

        StlMesh mesh = parser.parse(file, DesignUnit.MILLIMETRE);

        assertThat(mesh.format()).isEqualTo(StlMesh.Format.ASCII);
        assertThat(mesh.volumeMm3()).isEqualByComparingTo("1000");
        assertThat(mesh.defect()).isNull();
    }

    @Test
    void aBinaryFileWhoseHeaderBeginsWithSolidIsBinary() {
        StlMesh mesh = parser.parse(fixture("cube-binary-solid-header.stl"), DesignUnit.MILLIMETRE);

        assertThat(mesh.format()).isEqualTo(StlMesh.Format.BINARY);
        assertThat(mesh.volumeMm3()).isEqualByComparingTo("1000");
        assertThat(mesh.defect()).isNull();
    }

    @Test
    void aCubeWithATriangleMissingIsNamedOpen() {
        StlMesh mesh = parser.parse(fixture("cube-missing-triangle.stl"), DesignUnit.MILLIMETRE);

        assertThat(mesh.closed()).isFalse();
        assertThat(mesh.defect())
                .isEqualTo(
                        "open mesh: 3 edges belong to one triangle only: "
                                + "(0.0 0.0 10.0)–(0.0 10.0 10.0), (0.0 10.0 0.0)–(0.0 10.0 10.0), (0.0 10.0 0.0)–(0.0 0.0 10.0) "
                                + "(vertices in file units)");
    }

    @Test
    void aCubeWithAFlippedTriangleIsNamedInconsistentlyOriented() {
        StlMesh mesh = parser.parse(fixture("cube-flipped-triangle.stl"), DesignUnit.MILLIMETRE);

        assertThat(mesh.closed()).isTrue();
        assertThat(mesh.defect())
                .startsWith(
                        "inconsistently oriented: 3 edges are traversed twice in the same direction: ")
                .contains("(0.0 0.0 0.0)–(10.0 0.0 0.0)");
    }
}
