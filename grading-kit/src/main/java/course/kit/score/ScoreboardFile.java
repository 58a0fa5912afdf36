package course.kit.score;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import course.kit.ReportDir;

/** The scoreboard as JSON, for the course proof, the grader and any other tool. */
public final class ScoreboardFile {

    /** The file name under the module's build directory. */
    public static final String NAME = "scoreboard.json";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private ScoreboardFile() {
    }

    /** Writes {@code board} as JSON to {@code file}. */
    public static void write(Scoreboard board, Path file) {
        try {
            Files.writeString(ReportDir.prepared(file), GSON.toJson(board));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This run's {@code board}, completed from the board an earlier run of the same chapter left
     * in {@code file}: the exercises and checks this run did not reach (a run of one test class,
     * an IDE's run of one check) keep their earlier results, and those exercises are listed in
     * {@link Scoreboard#earlier()}. A file that cannot be read adds nothing.
     */
    public static Scoreboard completed(Scoreboard board, Path file) {
        Scoreboard before;
        try {
            before = Files.isRegularFile(file) ? read(file) : null;
        } catch (RuntimeException e) {
            before = null;
        }
        if (before == null || !board.chapter().equals(before.chapter()) || before.exercises() == null) {
            return board;
        }
        Map<String, ExerciseResult> now = new TreeMap<>();
        board.exercises().forEach(e -> now.put(e.id(), e));
        List<String> earlier = new ArrayList<>();
        for (ExerciseResult old : before.exercises()) {
            ExerciseResult ran = now.get(old.id());
            List<CheckResult> kept = ran == null ? old.checks() : old.checks().stream()
                    .filter(c -> ran.checks().stream().noneMatch(r -> r.name().equals(c.name()))).toList();
            if (kept.isEmpty()) {
                continue;
            }
            List<CheckResult> checks = new ArrayList<>(ran == null ? List.of() : ran.checks());
            checks.addAll(kept);
            ExerciseResult base = ran == null ? old : ran;
            now.put(old.id(), new ExerciseResult(base.id(), base.title(), base.points(), base.hint(), checks));
            earlier.add(old.id());
        }
        return new Scoreboard(board.chapter(), List.copyOf(now.values()), earlier.stream().sorted().toList());
    }

    /** Reads a scoreboard written by {@link #write}. */
    public static Scoreboard read(Path file) {
        try {
            return GSON.fromJson(Files.readString(file), Scoreboard.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scoreboard " + file, e);
        }
    }
}
