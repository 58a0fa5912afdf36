package course.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A submitted archive is unpacked without trusting it")
class ArchivesTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a zip unpacks its files and folders")
    void unzips() throws IOException {
        Path zip = zip("course-main/01-mutex/src/main/java/course/mutex/HitCounter.java", "class HitCounter {}");
        Archives.unpack(zip, dir.resolve("out"));
        assertThat(dir.resolve("out/course-main/01-mutex/src/main/java/course/mutex/HitCounter.java"))
                .hasContent("class HitCounter {}");
    }

    @Test
    @DisplayName("a zip entry that climbs out of the target directory is refused (zip slip)")
    void refusesZipSlip() throws IOException {
        Path zip = zip("../escaped.txt", "gotcha");
        assertThatThrownBy(() -> Archives.unpack(zip, dir.resolve("out")))
                .isInstanceOf(Archives.Refused.class).hasMessageContaining("leaves the directory");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    @DisplayName("an absolute path in a zip is refused")
    void refusesAbsolutePaths() throws IOException {
        Path zip = zip("/tmp/absolute.txt", "gotcha");
        assertThatThrownBy(() -> Archives.unpack(zip, dir.resolve("out")))
                .isInstanceOf(Archives.Refused.class).hasMessageContaining("absolute");
    }

    @Test
    @DisplayName("a tar.gz unpacks files, long names and folders; links are skipped, never followed")
    void untars() throws IOException {
        String longName = "course/" + "deep/".repeat(30) + "File.java";
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        entry(tar, "course/", '5', new byte[0]);
        entry(tar, "course/a.txt", '0', "hello".getBytes(StandardCharsets.UTF_8));
        entry(tar, "././@LongLink", 'L', (longName + "\0").getBytes(StandardCharsets.UTF_8));
        entry(tar, "ignored", '0', "deep".getBytes(StandardCharsets.UTF_8));
        entry(tar, "course/link", '2', new byte[0]);
        tar.write(new byte[1024]);
        Path file = dir.resolve("s.tar.gz");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(tar.toByteArray());
        }
        assertThat(Archives.unpack(file, dir.resolve("out"))).containsExactly("course/link (tar type 2)");
        assertThat(dir.resolve("out/course/a.txt")).hasContent("hello");
        assertThat(dir.resolve("out").resolve(longName)).hasContent("deep");
        assertThat(dir.resolve("out/course/link")).doesNotExist();
    }

    @Test
    @DisplayName("a tar entry that climbs out of the target directory is refused")
    void refusesTarSlip() throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        entry(tar, "course/../../escaped.txt", '0', "x".getBytes(StandardCharsets.UTF_8));
        tar.write(new byte[1024]);
        Path file = dir.resolve("s.tar");
        Files.write(file, tar.toByteArray());
        assertThatThrownBy(() -> Archives.unpack(file, dir.resolve("out")))
                .isInstanceOf(Archives.Refused.class);
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
    }

    private Path zip(String name, String content) throws IOException {
        Path file = dir.resolve("s.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** One tar entry: a ustar header (the fields the reader uses) and the data, padded to 512 bytes. */
    private static void entry(ByteArrayOutputStream tar, String name, char type, byte[] data) throws IOException {
        byte[] h = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, h, 0, Math.min(100, n.length));
        byte[] size = String.format("%011o", data.length).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(size, 0, h, 124, size.length);
        h[156] = (byte) type;
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 5);
        tar.write(h);
        tar.write(data);
        tar.write(new byte[(512 - data.length % 512) % 512]);
    }
}
