package course.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.kit.score.ListenerRun;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The kit's settings are read before graded code runs, and graded code cannot change them")
class KitSettingsTest {

    static final AtomicReference<KitSettings> SEEN = new AtomicReference<>();
    static final AtomicReference<String> JAVA_HOME_AFTER_RESTORE = new AtomicReference<>();

    /** Graded code that sets the kit's properties in a class initializer, as a student could. */
    static class Meddling {
        static {
            System.setProperty(KitSettings.REPORT_DIR, "/tmp/forged");
            System.setProperty(KitSettings.JCSTRESS_OPTIONS, "-iters 1 -time 1 -t nothing");
            System.setProperty("java.home", "/tmp/forged-jdk");
        }

        @Test
        void looks() {
            SEEN.set(KitSettings.current());
            KitSettings.current().restoreJvmProperties();
            JAVA_HOME_AFTER_RESTORE.set(System.getProperty("java.home"));
        }
    }

    @Test
    @DisplayName("a class initializer that sets course.reportDir, course.jcstress.options or java.home changes nothing")
    void classInitializerChangesNothing(@TempDir Path reportDir) {
        String javaHome = System.getProperty("java.home");
        String previousOptions = System.getProperty(KitSettings.JCSTRESS_OPTIONS);
        try {
            ListenerRun.run(reportDir, Meddling.class);
        } finally {
            System.setProperty("java.home", javaHome);
            if (previousOptions == null) {
                System.clearProperty(KitSettings.JCSTRESS_OPTIONS);
            } else {
                System.setProperty(KitSettings.JCSTRESS_OPTIONS, previousOptions);
            }
        }
        assertThat(SEEN.get()).as("the settings graded code's test saw").isNotNull();
        assertThat(SEEN.get().reportDir()).isEqualTo(reportDir.toAbsolutePath());
        assertThat(SEEN.get().jcstressOptions()).isEqualTo(previousOptions);
        assertThat(SEEN.get().tool("java")).isEqualTo(Path.of(javaHome, "bin", "java"));
        assertThat(JAVA_HOME_AFTER_RESTORE.get()).as("java.home once the kit restored it for a fork").isEqualTo(javaHome);
    }

    @Test
    @DisplayName("a run the build told nothing (an IDE's launcher) writes to the target folder of its tests' module, named after it")
    void ideRunWritesToTheModule() {
        KitSettings told = new KitSettings(Path.of("target").toAbsolutePath(), "chapter", null, Path.of("/jdk"), "");
        KitSettings found = told.forModuleOf(KitSettingsTest.class);
        assertThat(found.reportDir()).isEqualTo(Path.of("target").toAbsolutePath());
        assertThat(found.reportDir().getParent().getFileName()).hasToString("grading-kit");
        assertThat(found.chapter()).isEqualTo("grading-kit");
        assertThat(told.forModuleOf(String.class)).as("a class from no module's target folder").isEqualTo(told);
    }

    @Test
    @DisplayName("a fork's class path has what a launcher's own class loader adds (the JUnit console launcher's -jar form)")
    void forkClassPathHasTheLaunchersLoader(@TempDir Path tests) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader launchers = new URLClassLoader(new URL[] {tests.toUri().toURL()}, before)) {
            thread.setContextClassLoader(launchers);
            assertThat(KitSettings.forkClassPath().split(File.pathSeparator))
                    .contains(tests.toString())
                    .startsWith(System.getProperty("java.class.path").split(File.pathSeparator));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    @DisplayName("without a processor's list on the class path, a check fails with what to do, before the tool starts")
    void missingProcessorListSaysWhatToDo() {
        assertThatThrownBy(() -> ProcessorOutput.require("jcstress", "/META-INF/NoSuchList", KitSettingsTest.class))
                .hasMessageStartingWith("The tests were compiled without jcstress's annotation processor "
                        + "(no META-INF/NoSuchList on the class path)")
                .hasMessageContaining("mvn test");
    }
}
