package course.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the kit writes what it produces: the module's {@code target/} directory. */
public final class ReportDir {

    private ReportDir() {
    }

    /** The module's build directory ({@code target/} when run outside Maven), as the run started with it. */
    public static Path get() {
        return KitSettings.current().reportDir();
    }

    /** {@code file}, after creating the directories it goes in. */
    public static Path prepared(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + file, e);
        }
    }
}
