package course.kit.learn;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watch mode: grades a chapter again each time one of its starter files is saved. It watches
 * every chapter's {@code src/main/java} with the JDK's {@link WatchService}, waits for the
 * editor to finish writing (saves come in bursts), then runs {@code ./mvnw -q test -pl} for
 * the chapter that changed, so its scoreboard appears by itself. Saves made during a run are
 * graded right after it. Ctrl-C stops it.
 */
public final class Watch {

    /** How long the files must stay quiet before a run starts. */
    static final long SETTLE_MILLIS = 400;

    private final Course course;
    private final Consumer<Chapter> onSave;
    private final WatchService service;
    private final Map<WatchKey, Chapter> chapters = new HashMap<>();

    /** Starts watching every chapter's starter folder at once; {@link #loop} reports the saves. */
    Watch(Course course, Consumer<Chapter> onSave) throws IOException {
        this.course = course;
        this.onSave = onSave;
        this.service = FileSystems.getDefault().newWatchService();
        for (Chapter chapter : course.chapters()) {
            register(chapter, chapter.dir().resolve("src/main/java"));
        }
    }

    /** Watches until the process is stopped, grading each chapter whose starter was saved. */
    public static void run(Course course) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("\nStopped watching.")));
        try {
            new Watch(course, Watch::grade).loop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls {@code onSave} for each chapter saved, until this thread is interrupted. */
    void loop() throws IOException {
        try (service) {
            waiting();
            while (true) {
                round();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void round() throws IOException, InterruptedException {
        Set<Chapter> changed = new LinkedHashSet<>(collect(service.take()));
        // an editor writes a file in several steps: wait until the files stay quiet
        for (WatchKey more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS); more != null;
                more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
            changed.addAll(collect(more));
        }
        for (Chapter chapter : changed) {
            onSave.accept(chapter);
        }
        if (!changed.isEmpty()) {
            waiting();
        }
    }

    private void waiting() {
        System.out.println();
        System.out.println("Watching the starters of " + course.chapterNames() + ".");
        System.out.println("Save a file to grade its chapter again; Ctrl-C to stop.");
        System.out.flush();
    }

    /** The chapters whose Java files changed in this key's events; registers new folders. */
    private List<Chapter> collect(WatchKey key) throws IOException {
        List<Chapter> changed = new ArrayList<>();
        Chapter chapter = chapters.get(key);
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name) || chapter == null) {
                continue;
            }
            Path file = dir.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                register(chapter, file);
            } else if (file.toString().endsWith(".java") && !changed.contains(chapter)) {
                changed.add(chapter);
            }
        }
        key.reset();
        return changed;
    }

    private void register(Chapter chapter, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                chapters.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY), chapter);
            }
        }
    }

    /** Runs the chapter's tests in a child Maven that prints to this console; returns when it ends. */
    private static void grade(Chapter chapter) {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        // red exercises are the normal state here: the scoreboard says it, Maven need not repeat it
        List<String> args = List.of("-q", "test", "-pl", chapter.name(), "-Dmaven.test.failure.ignore=true");
        List<String> command = new ArrayList<>(windows
                ? List.of("cmd", "/c", "mvnw.cmd")
                : List.of(chapter.root().resolve("mvnw").toString()));
        command.addAll(args);
        System.out.println();
        System.out.println("Saved in " + chapter.name() + ": ./mvnw -q test -pl " + chapter.name());
        System.out.flush();
        try {
            new ProcessBuilder(command).directory(chapter.root().toFile()).inheritIO().start().waitFor();
        } catch (IOException e) {
            System.out.println("Could not start " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
