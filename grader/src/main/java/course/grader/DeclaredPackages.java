package course.grader;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The package each Java source file declares, read by javac's own parser: a file's folder says
 * nothing to javac, and comments or unicode escapes ({@code \u0070ackage}) hide a declaration
 * from a pattern, never from the parser. A file that does not parse still gives what javac
 * could read of its top.
 */
final class DeclaredPackages {

    /** What a file that declares no package is given: the unnamed package. */
    static final String UNNAMED = "";

    private DeclaredPackages() {
    }

    /** The declared package of each of {@code files}, dotted ({@code course.mutex}); {@link #UNNAMED} for none. */
    static Map<Path, String> of(List<Path> files) {
        Map<Path, String> packages = new HashMap<>();
        if (files.isEmpty()) {
            return packages;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the grader runs on a JDK, and " + System.getProperty("java.home")
                    + " has no Java compiler");
        }
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, fileManager, diagnostic -> { }, List.of("-proc:none"),
                    null, fileManager.getJavaFileObjectsFromPaths(files));
            for (CompilationUnitTree unit : task.parse()) {
                packages.put(Path.of(unit.getSourceFile().toUri()),
                        unit.getPackageName() == null ? UNNAMED : unit.getPackageName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the submission's sources", e);
        }
        return packages;
    }
}
