package course.kit;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the kit is told by the build (where it writes, which chapter it grades, how jcstress runs)
 * and which JVM it runs on, read once when a test run starts: before any code it grades runs.
 * Graded code can set system properties; a class initializer that sets
 * {@code course.jcstress.options} or {@code java.home} changes nothing the kit does.
 *
 * <p>The scoreboard listener takes these settings when the JUnit Platform creates it, before
 * test discovery, and installs them for the run ({@link #install}). Outside a test run (the
 * learner commands, the proof's own process) {@link #current} reads the system properties.
 *
 * @param reportDir       the module's build directory, where every result is written
 * @param chapter         the chapter's name, as in {@code 01-mutex}
 * @param jcstressOptions jcstress's command-line options, or null for the kit's own
 * @param javaHome        the JDK the tests run on, whose {@code java} every fork starts
 * @param classPath       the test run's class path, which every fork gets
 */
public record KitSettings(Path reportDir, String chapter, String jcstressOptions, Path javaHome, String classPath) {

    /** System property set by the build to the module's build directory. */
    public static final String REPORT_DIR = "course.reportDir";

    /** System property naming the chapter in the scoreboard's title. */
    public static final String CHAPTER = "course.chapter";

    /** System property with jcstress's options, as the proof sets them to select race tests. */
    public static final String JCSTRESS_OPTIONS = "course.jcstress.options";

    private static volatile KitSettings installed;

    /** The settings as the system properties say now. */
    public static KitSettings read() {
        return new KitSettings(Path.of(System.getProperty(REPORT_DIR, "target")).toAbsolutePath(),
                System.getProperty(CHAPTER, "chapter"),
                System.getProperty(JCSTRESS_OPTIONS),
                Path.of(System.getProperty("java.home")),
                forkClassPath());
    }

    /**
     * The class path a fork needs to load what this JVM loads: {@code java.class.path}, then what
     * a launcher's own class loaders add. The JUnit console launcher's {@code -jar} form loads the
     * tests, the kit and jcstress through a loader of its own, and {@code java.class.path} names
     * only its jar: jcstress's forks, started with that alone, died of ClassNotFoundException.
     */
    static String forkClassPath() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path", "").split(File.pathSeparator)));
        entries.remove("");
        for (ClassLoader loader : List.of(KitSettings.class.getClassLoader(), Thread.currentThread().getContextClassLoader())) {
            for (ClassLoader l = loader; l != null && l != ClassLoader.getSystemClassLoader(); l = l.getParent()) {
                if (l instanceof URLClassLoader urls) {
                    for (URL url : urls.getURLs()) {
                        fileOf(url).ifPresent(entries::add);
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Optional<String> fileOf(URL url) {
        try {
            return Optional.of(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty(); // not a file (a jar inside a jar, a remote URL): no fork could use it either
        }
    }

    /** Whether the build said where to write (surefire does; an IDE's own launcher may not). */
    public static boolean toldByBuild() {
        return System.getProperty(REPORT_DIR) != null;
    }

    /**
     * These settings for a run the build told nothing (an IDE's own launcher): the report folder
     * and chapter of the Maven module whose {@code target/test-classes} holds {@code testClass}, as
     * surefire would set them; unchanged when the class comes from anywhere else.
     */
    public KitSettings forModuleOf(Class<?> testClass) {
        Path classes;
        try {
            classes = Path.of(testClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return this;
        }
        Path target = classes.getParent();
        if (target == null || !target.endsWith("target") || target.getParent() == null) {
            return this;
        }
        Path module = target.getParent();
        boolean solution = module.getParent() != null && module.getParent().endsWith("solutions");
        String name = module.getFileName() + (solution ? "-solution" : "");
        return new KitSettings(target, name, jcstressOptions, javaHome, classPath);
    }

    /** The settings of the test run in progress, or those the system properties give outside one. */
    public static KitSettings current() {
        KitSettings run = installed;
        return run != null ? run : read();
    }

    /** Makes {@code settings} the current ones (null: none) and returns those it replaces. */
    public static KitSettings install(KitSettings settings) {
        KitSettings previous = installed;
        installed = settings;
        return previous;
    }

    /** This JDK's {@code tool} ({@code java}, {@code jfr}), by absolute path. */
    public Path tool(String tool) {
        return javaHome.resolve("bin").resolve(tool);
    }

    /**
     * Puts back {@code java.home} and {@code java.class.path} as the run started with them, for the
     * libraries that read them when they start a fork (jcstress does).
     */
    public void restoreJvmProperties() {
        System.setProperty("java.home", javaHome.toString());
        System.setProperty("java.class.path", classPath);
    }
}
