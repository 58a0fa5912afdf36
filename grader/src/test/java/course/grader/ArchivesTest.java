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

    private static final long MIB = 1024 * 1024;
    /** A limit small enough for a test to pass it quickly. */
    private static final Archives.Limits SMALL = new Archives.Limits(MIB, 100);

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

    @Test
    @DisplayName("a zip bomb (32 MiB of zeros in a 32 KiB zip) is refused at the limit: no more than the limit reaches the disk")
    void refusesAZipBomb() throws IOException {
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("course/zeros.bin"));
            writeZeros(zip, 32 * MIB);
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).as("the bomb's compressed size").isLessThan(MIB);
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> Archives.unpack(bomb, out, SMALL))
                .isInstanceOf(Archives.Refused.class)
                .hasMessage("the archive unpacks to more than 1 MiB, the most the grader unpacks (a zip bomb, or "
                        + "build outputs left in): refused at course/zeros.bin");
        assertThat(bytesUnder(out)).as("bytes written before the refusal").isLessThanOrEqualTo(MIB);
    }

    @Test
    @DisplayName("many small zip entries that together pass the limit are refused like one large one")
    void refusesAZipWhoseEntriesTogetherPassTheLimit() throws IOException {
        Path zip = dir.resolve("many.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 5; i++) {
                out.putNextEntry(new ZipEntry("course/part" + i + ".bin"));
                writeZeros(out, 300 * 1024);
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> Archives.unpack(zip, dir.resolve("out"), SMALL))
                .isInstanceOf(Archives.Refused.class)
                .hasMessageContaining("more than 1 MiB").hasMessageEndingWith("refused at course/part3.bin");
        assertThat(dir.resolve("out/course/part4.bin")).doesNotExist();
    }

    @Test
    @DisplayName("a tar.gz bomb is refused from its header, before any of the entry is written")
    void refusesATarGzBombFromItsHeader() throws IOException {
        Path bomb = dir.resolve("bomb.tar.gz");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            gz.write(header("course/zeros.bin", '0', 32 * MIB));
            writeZeros(gz, 32 * MIB);
            gz.write(new byte[1024]);
        }
        assertThat(Files.size(bomb)).as("the bomb's compressed size").isLessThan(MIB);

        assertThatThrownBy(() -> Archives.unpack(bomb, dir.resolve("out"), SMALL))
                .isInstanceOf(Archives.Refused.class)
                .hasMessageContaining("the archive unpacks to more than 1 MiB")
                .hasMessageEndingWith("refused at course/zeros.bin (32 MiB)");
        assertThat(dir.resolve("out/course/zeros.bin")).doesNotExist();
    }

    @Test
    @DisplayName("tar entries that together pass the limit are refused at the one that passes it")
    void refusesATarWhoseEntriesTogetherPassTheLimit() throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (int i = 0; i < 5; i++) {
            entry(tar, "course/part" + i + ".bin", '0', new byte[300 * 1024]);
        }
        tar.write(new byte[1024]);
        Path file = dir.resolve("many.tar");
        Files.write(file, tar.toByteArray());

        assertThatThrownBy(() -> Archives.unpack(file, dir.resolve("out"), SMALL))
                .isInstanceOf(Archives.Refused.class)
                .hasMessageContaining("more than 1 MiB").hasMessageEndingWith("refused at course/part3.bin (300 KiB)");
        assertThat(bytesUnder(dir.resolve("out"))).isLessThanOrEqualTo(MIB);
    }

    @Test
    @DisplayName("the grader's own limit is 200 MiB: an entry declaring one byte more is refused, with nothing written")
    void theDefaultLimitIs200MiB() throws IOException {
        Path file = dir.resolve("huge.tar");
        Files.write(file, header("course/huge.bin", '0', 200 * MIB + 1));

        assertThatThrownBy(() -> Archives.unpack(file, dir.resolve("out")))
                .isInstanceOf(Archives.Refused.class)
                .hasMessageStartingWith("the archive unpacks to more than 200 MiB, the most the grader unpacks")
                .hasMessageEndingWith("refused at course/huge.bin (209,715,201 bytes)");
        assertThat(dir.resolve("out/course/huge.bin")).doesNotExist();
    }

    @Test
    @DisplayName("an archive with more entries than the limit is refused")
    void refusesTooManyEntries() throws IOException {
        Path zip = dir.resolve("entries.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 4; i++) {
                out.putNextEntry(new ZipEntry("course/f" + i + ".txt"));
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> Archives.unpack(zip, dir.resolve("out"), new Archives.Limits(MIB, 3)))
                .isInstanceOf(Archives.Refused.class)
                .hasMessage("the archive holds more than 3 entries, the most the grader unpacks");
    }

    private static void writeZeros(java.io.OutputStream out, long bytes) throws IOException {
        byte[] zeros = new byte[64 * 1024];
        for (long left = bytes; left > 0; left -= zeros.length) {
            out.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
    }

    /** The total size of the regular files under {@code dir}. */
    private static long bytesUnder(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            long total = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    @Test
    @DisplayName("a zip with a file and then a path under it, or a folder then a file of its name, keeps the rest and lists both")
    void zipEntriesThatClashAreSkipped() throws IOException {
        Path file = dir.resolve("s.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String[] e : new String[][] {{"c/a", "a file"}, {"c/a/b.java", "under a file"}, {"c/d/", null},
                    {"c/d", "a file where a folder is"}, {"c/ok.java", "kept"}}) {
                zip.putNextEntry(new ZipEntry(e[0]));
                if (e[1] != null) {
                    zip.write(e[1].getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        assertThat(Archives.unpack(file, dir.resolve("out"))).containsExactly(
                "c/a/b.java (an earlier entry made c/a a file, not a folder)",
                "c/d (an earlier entry made it a folder, not a file)");
        assertThat(dir.resolve("out/c/a")).hasContent("a file");
        assertThat(dir.resolve("out/c/ok.java")).hasContent("kept");
    }

    @Test
    @DisplayName("a tar with a file and then a path under it keeps the rest and lists the entry")
    void tarEntriesThatClashAreSkipped() throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        entry(tar, "c/a", '0', "a file".getBytes(StandardCharsets.UTF_8));
        entry(tar, "c/a/b.java", '0', "under a file".getBytes(StandardCharsets.UTF_8));
        entry(tar, "c/ok.java", '0', "kept".getBytes(StandardCharsets.UTF_8));
        tar.write(new byte[1024]);
        Path file = dir.resolve("s.tar");
        Files.write(file, tar.toByteArray());
        assertThat(Archives.unpack(file, dir.resolve("out")))
                .containsExactly("c/a/b.java (an earlier entry made c/a a file, not a folder)");
        assertThat(dir.resolve("out/c/ok.java")).hasContent("kept");
    }

    @Test
    @DisplayName("a zip entry whose name is not UTF-8 (Windows' zip writes CP437) does not stop the others")
    void namesInTheZipCodePage() throws IOException {
        Path file = dir.resolve("s.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), java.nio.charset.Charset.forName("IBM437"))) {
            for (String name : new String[] {"c/Notizen f\u00fcr mich.txt", "c/01-mutex/src/main/java/course/mutex/HitCounter.java"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Archives.unpack(file, dir.resolve("out"));
        assertThat(dir.resolve("out/c/01-mutex/src/main/java/course/mutex/HitCounter.java")).hasContent("x");
        assertThat(dir.resolve("out/c/Notizen f\u00fcr mich.txt")).hasContent("x");
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
        tar.write(header(name, type, data.length));
        tar.write(data);
        tar.write(new byte[(512 - data.length % 512) % 512]);
    }

    /** A ustar header declaring an entry of {@code size} bytes. */
    private static byte[] header(String name, char type, long size) {
        byte[] h = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, h, 0, Math.min(100, n.length));
        byte[] octal = String.format("%011o", size).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(octal, 0, h, 124, octal.length);
        h[156] = (byte) type;
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 5);
        return h;
    }
}
