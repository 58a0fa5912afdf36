package course.kit.score;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import course.kit.KitSettings;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs test classes through the JUnit launcher with a fresh scoreboard listener, as surefire would. */
public final class ListenerRun {

    private ListenerRun() {
    }

    /** Runs {@code classes} with {@code course.reportDir} set to {@code reportDir}, then puts the property back. */
    public static void run(Path reportDir, Class<?>... classes) {
        String previous = System.getProperty(KitSettings.REPORT_DIR);
        System.setProperty(KitSettings.REPORT_DIR, reportDir.toString());
        try {
            LauncherFactory.create(LauncherConfig.builder()
                            .enableTestExecutionListenerAutoRegistration(false)
                            .addTestExecutionListeners(new ScoreboardListener())
                            .build())
                    .execute(LauncherDiscoveryRequestBuilder.request()
                            .selectors(Arrays.stream(classes).map(c -> selectClass(c)).toList())
                            .build());
        } finally {
            if (previous == null) {
                System.clearProperty(KitSettings.REPORT_DIR);
            } else {
                System.setProperty(KitSettings.REPORT_DIR, previous);
            }
        }
    }
}
