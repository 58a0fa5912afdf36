package course.kit.score;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** Reads a scoreboard written by {@link #write}. */
    public static Scoreboard read(Path file) {
        try {
            return GSON.fromJson(Files.readString(file), Scoreboard.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scoreboard " + file, e);
        }
    }
}
