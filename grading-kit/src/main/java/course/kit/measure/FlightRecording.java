package course.kit.measure;

import course.kit.KitSettings;
import course.kit.ReportDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.function.Supplier;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A JDK Flight Recorder profile of one measurement, written under the module's {@code target/}
 * so that a learner can open what the check saw. It uses the JDK's "profile" settings, and
 * records every monitor wait and park however short (by default JFR drops those under 10-20 ms,
 * which hides exactly the short, frequent waits of a contended lock).
 */
public final class FlightRecording {

    private FlightRecording() {
    }

    /** Runs {@code measurement} while recording, writes {@code target/<name>.jfr}, and returns its result. */
    public static <T> T during(String name, Supplier<T> measurement) {
        Path file = file(name);
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ZERO).withStackTrace();
            recording.enable("jdk.ThreadPark").withThreshold(Duration.ZERO).withStackTrace();
            recording.setDestination(ReportDir.prepared(file));
            recording.start();
            T result = measurement.get();
            recording.stop();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the flight recording " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the JDK's 'profile' JFR settings cannot be read", e);
        }
    }

    /** Where {@link #during} writes the recording called {@code name}. */
    public static Path file(String name) {
        return ReportDir.get().resolve(name + ".jfr");
    }

    /** The command that prints {@code view} (such as {@code contention-by-site}) of a recording, with this JDK's jfr tool. */
    public static String viewCommand(String view, String name) {
        Path jfr = KitSettings.current().tool("jfr");
        return jfr + " view " + view + " " + file(name);
    }
}
