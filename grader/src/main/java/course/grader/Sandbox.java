package course.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The test JVM of a chapter run, where student code runs, inside a bubblewrap sandbox
 * ({@code bwrap}): the whole file system read-only but for the module's build folder, a private
 * {@code /tmp}, no network, no capabilities, and a process namespace of its own, so that every
 * process student code starts ends with the test JVM. Maven itself, which compiles and writes
 * the test reports, runs outside it; so the reports, the compiled classes and the instructor's
 * files, the local Maven repository included, are out of the sandbox's reach.
 *
 * <p>Surefire starts the test JVM with a {@code java} of our own ({@link #launcher}): a script
 * that runs the real {@code java} in the sandbox, with the JDK's {@code release} file beside it
 * so that surefire still sees which Java it starts.
 */
final class Sandbox {

    /** The build folders the test JVM may read but not write: what Maven compiled and reports. */
    private static final List<String> READ_ONLY_IN_TARGET = List.of("classes", "test-classes", "surefire", "surefire-reports");
    /** The size of the sandbox's private {@code /tmp}, in memory. */
    private static final long TMP_BYTES = 512L * 1024 * 1024;
    private static final Duration TRIAL_LIMIT = Duration.ofSeconds(20);

    private final Path bwrap;

    private Sandbox(Path bwrap) {
        this.bwrap = bwrap;
    }

    /**
     * What {@link #find} found: the sandbox, or why there is none (for the report).
     *
     * @param sandbox the sandbox, when {@code bwrap} is installed and works here
     * @param missing why not, when it is not
     */
    record Found(Optional<Sandbox> sandbox, String missing) {
    }

    /** bubblewrap, when it is on the {@code PATH} and can start a sandbox on this machine. */
    static Found find() throws InterruptedException {
        Optional<Path> bwrap = onPath("bwrap");
        if (bwrap.isEmpty()) {
            return new Found(Optional.empty(), "bubblewrap (bwrap) is not installed (Debian and Ubuntu: apt-get install bubblewrap)");
        }
        Sandbox sandbox = new Sandbox(bwrap.get());
        List<String> trial = new ArrayList<>(sandbox.arguments(List.of(), List.of(), List.of()));
        trial.add("true");
        try {
            BoundedProcess.Result result = BoundedProcess.run(trial, Path.of("/"), Map.of(), TRIAL_LIMIT, 64 * 1024);
            if (result.exitCode() != 0) {
                return new Found(Optional.empty(), bwrap.get() + " cannot start a sandbox here (exit " + result.exitCode()
                        + "): " + result.output().lines().findFirst().orElse("(no message)").strip());
            }
        } catch (IOException e) {
            return new Found(Optional.empty(), bwrap.get() + " cannot be run: " + e.getMessage());
        }
        return new Found(Optional.of(sandbox), null);
    }

    /**
     * Writes, in {@code dir}, a {@code bin/java} that runs {@code java} in the sandbox: it sees
     * {@code work} (the run's copy of the course, which may lie under {@code /tmp}) read-only,
     * and may write {@code target} (a module's build folder in it) but for
     * {@link #READ_ONLY_IN_TARGET}. Those folders are made now if they do not exist yet, so that
     * the test JVM cannot make them. Returns the launcher, for surefire's {@code -Djvm=}.
     */
    Path launcher(Path dir, Path java, Path work, Path target) throws IOException {
        Files.createDirectories(target.resolve("surefire-reports"));
        List<Path> readOnlyInTarget = READ_ONLY_IN_TARGET.stream().map(target::resolve).toList();
        List<String> command = new ArrayList<>(arguments(List.of(work), List.of(target), readOnlyInTarget));
        command.add(java.toString());
        StringBuilder script = new StringBuilder("#!/bin/sh\n# Written by the grader: the test JVM, in a bubblewrap sandbox.\nexec");
        for (String a : command) {
            script.append(' ').append(quoted(a));
        }
        script.append(" \"$@\"\n");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path launcher = bin.resolve("java");
        Files.writeString(launcher, script);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path release = java.getParent().getParent().resolve("release");
        if (Files.isRegularFile(release)) {
            Files.copy(release, dir.resolve("release"));
        }
        return launcher;
    }

    /**
     * bwrap's arguments up to the command: every folder read-only and a fresh {@code /tmp}, then
     * {@code visible} read-only again (what the fresh {@code /tmp} hid), {@code writable}, and in
     * it {@code readOnly}.
     */
    private List<String> arguments(List<Path> visible, List<Path> writable, List<Path> readOnly) {
        List<String> args = new ArrayList<>(List.of(bwrap.toString(),
                "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
                "--size", Long.toString(TMP_BYTES), "--tmpfs", "/tmp"));
        for (Path v : visible) {
            args.addAll(List.of("--ro-bind", v.toString(), v.toString()));
        }
        for (Path w : writable) {
            args.addAll(List.of("--bind", w.toString(), w.toString()));
        }
        for (Path r : readOnly) {
            args.addAll(List.of("--ro-bind-try", r.toString(), r.toString()));
        }
        args.addAll(List.of("--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
                "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--"));
        return args;
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(d -> !d.isBlank())
                .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
    }
}
