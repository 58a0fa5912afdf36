package course.grader;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a submitted zip or tarball ({@code .zip}, {@code .tar}, {@code .tar.gz}, {@code .tgz})
 * without trusting it: an entry whose path leaves the target directory is refused, links,
 * devices and entries that clash with an earlier one (a file, then a path under it) are skipped
 * and listed, and the whole archive is held to a size and entry budget so that a
 * zip bomb stops early.
 *
 * <p>The size budget counts the bytes as they are unpacked, before each block is written, so
 * no more than the limit ever reaches the disk, whatever the archive's headers claim. A tar
 * entry declares its size in its header, and one that would pass the limit is refused before
 * any of it is written.
 */
final class Archives {

    private static final long MIB = 1024 * 1024;

    /** How a zip entry's name is read when its header does not flag it as UTF-8 (the format's default code page). */
    private static final Charset ZIP_NAMES = Charset.isSupported("IBM437") ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;

    private Archives() {
    }

    /**
     * How much an archive may unpack to.
     *
     * @param maxBytes   refused when the unpacked files pass this many bytes in all
     * @param maxEntries refused when the archive holds more entries than this
     */
    record Limits(long maxBytes, int maxEntries) {

        /** What the grader accepts: 200 MiB in at most 20,000 entries (the course is about 2 MiB). */
        static final Limits DEFAULT = new Limits(200 * MIB, 20_000);
    }

    /** An archive the grader will not unpack, with the reason. */
    static final class Refused extends IOException {
        Refused(String why) {
            super(why);
        }
    }

    /** Whether {@code file} looks like an archive this class can unpack. */
    static boolean isArchive(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".zip") || n.endsWith(".tar") || n.endsWith(".tar.gz") || n.endsWith(".tgz");
    }

    /** Unpacks {@code archive} into the empty directory {@code into}, within {@link Limits#DEFAULT}. */
    static List<String> unpack(Path archive, Path into) throws IOException {
        return unpack(archive, into, Limits.DEFAULT);
    }

    /**
     * Unpacks {@code archive} into the empty directory {@code into}. On a refusal, what was
     * unpacked so far stays in {@code into}, within the limits, for the caller to delete.
     *
     * @return the entries that were skipped (links, devices), for the report
     * @throws Refused when an entry escapes {@code into} or the archive passes {@code limits}
     */
    static List<String> unpack(Path archive, Path into, Limits limits) throws IOException {
        Files.createDirectories(into);
        String n = archive.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive))) {
            if (n.endsWith(".zip")) {
                return unzip(raw, into, new Budget(limits));
            }
            InputStream tar = n.endsWith(".tar") ? raw : new GZIPInputStream(raw);
            return untar(tar, into, new Budget(limits));
        }
    }

    private static List<String> unzip(InputStream in, Path into, Budget budget) throws IOException {
        List<String> skipped = new ArrayList<>();
        // A name the archive does not flag as UTF-8 is in the zip format's own code page, CP437, as
        // Windows' zip writes them: read as UTF-8, such a name stopped the whole archive.
        try (ZipInputStream zip = new ZipInputStream(in, ZIP_NAMES)) {
            for (ZipEntry e; (e = nextEntry(zip)) != null; ) {
                budget.entry();
                Path target = inside(into, e.getName());
                Optional<String> clash = clash(into, target, e.isDirectory());
                if (clash.isPresent()) {
                    skipped.add(e.getName() + " (" + clash.get() + ")");
                } else if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    // The size a zip header declares may be missing or a lie: the bytes are counted as they come.
                    budget.refuseIfDeclaredPastLimit(e.getName(), e.getSize());
                    write(zip, target, e.getName(), budget, Long.MAX_VALUE);
                }
            }
        }
        return skipped;
    }

    private static ZipEntry nextEntry(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw new Refused("a zip entry's name is not the UTF-8 its header says it is, so the entries after it cannot be read");
        }
    }

    /**
     * Why the entry at {@code target} cannot be placed where the entries before it left their
     * files (an entry {@code a}, then {@code a/b}); empty when it can. Such an entry is skipped,
     * the rest of the archive kept.
     */
    private static Optional<String> clash(Path into, Path target, boolean directory) {
        Path root = into.toAbsolutePath().normalize();
        for (Path at = target.getParent(); at != null && at.startsWith(root) && !at.equals(root); at = at.getParent()) {
            if (Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("an earlier entry made " + root.relativize(at) + " a file, not a folder");
            }
        }
        if (target.equals(root) || directory && Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("an earlier entry made it a file, not a folder");
        }
        if (!directory && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("an earlier entry made it a folder, not a file");
        }
        return Optional.empty();
    }

    /** A POSIX (ustar, GNU or pax) tar stream: regular files and directories; the rest is skipped. */
    private static List<String> untar(InputStream in, Path into, Budget budget) throws IOException {
        List<String> skipped = new ArrayList<>();
        byte[] header = new byte[512];
        String longName = null;
        while (true) {
            if (!readBlock(in, header)) {
                return skipped;
            }
            if (isZero(header)) {
                return skipped;
            }
            budget.entry();
            String name = longName != null ? longName : headerName(header);
            longName = null;
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            if (size < 0) {
                throw new Refused("tar entry " + name + " has no readable size: not a tar archive, or a damaged one");
            }
            budget.refuseIfDeclaredPastLimit(name, size);
            switch (type) {
                case 'L' -> longName = cString(readData(in, size, budget));
                case 'x' -> {
                    String path = paxPath(readData(in, size, budget));
                    if (path != null) {
                        longName = path;
                    }
                }
                case 'g' -> readData(in, size, budget);
                case '0', '\0', '7', '5' -> {
                    Path target = inside(into, name);
                    Optional<String> clash = clash(into, target, type == '5');
                    if (clash.isPresent()) {
                        skipped.add(name + " (" + clash.get() + ")");
                        skipFully(in, size);
                    } else if (type == '5') {
                        Files.createDirectories(target);
                    } else {
                        write(in, target, name, budget, size);
                    }
                    skipPadding(in, size);
                }
                default -> {
                    skipped.add(name + " (tar type " + type + ")");
                    skipFully(in, size);
                    skipPadding(in, size);
                }
            }
        }
    }

    /** The path {@code name} resolves to under {@code into}, refused if it leaves it. */
    static Path inside(Path into, String name) throws Refused {
        String clean = name.replace('\\', '/');
        if (clean.startsWith("/") || clean.matches("^[A-Za-z]:.*") || clean.contains("\0")) {
            throw new Refused("archive entry " + name + " is an absolute path");
        }
        Path root = into.toAbsolutePath().normalize();
        Path target = root.resolve(clean).normalize();
        if (!target.startsWith(root)) {
            throw new Refused("archive entry " + name + " leaves the directory it is unpacked into");
        }
        return target;
    }

    private static void write(InputStream in, Path target, String name, Budget budget, long size) throws IOException {
        Files.createDirectories(target.getParent());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(target);
        }
        byte[] buf = new byte[8192];
        long left = size;
        try (OutputStream out = Files.newOutputStream(target)) {
            while (left > 0) {
                int r = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (r < 0) {
                    if (size == Long.MAX_VALUE) {
                        break;
                    }
                    throw new EOFException("archive ends inside " + target.getFileName());
                }
                budget.bytes(name, r);
                out.write(buf, 0, r);
                left -= r;
            }
        }
    }

    private static byte[] readData(InputStream in, long size, Budget budget) throws IOException {
        if (size > 1024 * 1024) {
            throw new Refused("tar metadata entry of " + size + " bytes");
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length != size) {
            throw new EOFException("archive ends inside a tar header");
        }
        budget.bytes("(a tar header)", size);
        skipPadding(in, size);
        return data;
    }

    private static String paxPath(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            int eq = line.indexOf('=');
            if (space > 0 && eq > space && line.substring(space + 1, eq).equals("path")) {
                return line.substring(eq + 1);
            }
        }
        return null;
    }

    private static String headerName(byte[] h) {
        String name = cString(java.util.Arrays.copyOfRange(h, 0, 100));
        String magic = new String(h, 257, 5, StandardCharsets.US_ASCII);
        String prefix = magic.equals("ustar") ? cString(java.util.Arrays.copyOfRange(h, 345, 500)) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String cString(byte[] b) {
        int end = 0;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] h, int offset, int length) {
        long v = 0;
        boolean digits = false;
        for (int i = offset; i < offset + length; i++) {
            byte b = h[i];
            if (b >= '0' && b <= '7') {
                v = v * 8 + (b - '0');
                digits = true;
            } else if (digits && (b == 0 || b == ' ')) {
                break;
            } else if (b != ' ' && b != 0) {
                return -1;
            }
        }
        return v;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, block.length);
        if (n == 0) {
            return false;
        }
        if (n != block.length) {
            throw new EOFException("archive ends inside a tar header");
        }
        return true;
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static void skipPadding(InputStream in, long size) throws IOException {
        skipFully(in, (512 - size % 512) % 512);
    }

    private static void skipFully(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("archive ends early");
                }
                s = 1;
            }
            left -= s;
        }
    }

    /** Counts what an archive unpacks to, and refuses to go past its limits. */
    private static final class Budget {
        private final Limits limits;
        private long bytes;
        private int entries;

        Budget(Limits limits) {
            this.limits = limits;
        }

        /** Counts {@code n} more bytes of entry {@code name}, before they are written. */
        void bytes(String name, long n) throws Refused {
            bytes += n;
            if (bytes > limits.maxBytes()) {
                throw tooLarge(name);
            }
        }

        /** Refuses an entry whose declared size alone takes the archive past the limit. */
        void refuseIfDeclaredPastLimit(String name, long declared) throws Refused {
            if (declared > 0 && declared > limits.maxBytes() - bytes) {
                throw tooLarge(name + " (" + shown(declared) + ")");
            }
        }

        void entry() throws Refused {
            if (++entries > limits.maxEntries()) {
                throw new Refused("the archive holds more than " + limits.maxEntries()
                        + " entries, the most the grader unpacks");
            }
        }

        private Refused tooLarge(String at) {
            return new Refused("the archive unpacks to more than " + shown(limits.maxBytes())
                    + ", the most the grader unpacks (a zip bomb, or build outputs left in): refused at " + at);
        }
    }

    /** {@code bytes} as people read it: {@code 200 MiB}, {@code 64 KiB} or {@code 1,000 bytes}. */
    static String shown(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
