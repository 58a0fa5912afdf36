package course.kit.study;

import course.kit.score.ScoreboardFile;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The proof runs of the study's device script ({@code docs/reliability/device/run.sh}) as study
 * rows. Its {@code results} folder holds {@code study.properties} (the commit and when the runs
 * started) and, for each chapter and round, a {@code starter} and a {@code solution} folder with
 * the side's {@code scoreboard.json} and {@code run.properties}.
 *
 * <p>Each chapter's round is one run, turned into rows as {@link ProofRun} turns a run on this
 * machine. Its time is that of its two sides together, without Maven's start, so it is shorter
 * than a Maven run's; its load is the one at the starter's start. A round that lacks a side's
 * {@code run.properties} was cut short and is left out.
 */
final class DeviceResults {

    private static final String RUN = "run.properties";

    private DeviceResults() {
    }

    /** The rows of every complete run under {@code results}, recorded under {@code condition}. */
    static List<StudyRow> read(Path results, String condition) throws IOException {
        Properties study = properties(results.resolve("study.properties"));
        String runPrefix = study.getProperty("commit", "unknown") + "-" + study.getProperty("started", "unknown");
        List<StudyRow> rows = new ArrayList<>();
        for (Path chapter : folders(results, Comparator.comparing(Path::toString))) {
            for (Path round : folders(chapter, Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString())))) {
                Path starter = round.resolve("starter");
                Path solution = round.resolve("solution");
                if (!Files.exists(starter.resolve(RUN)) || !Files.exists(solution.resolve(RUN))) {
                    continue;
                }
                Properties first = properties(starter.resolve(RUN));
                Properties second = properties(solution.resolve(RUN));
                ProofRun.Row run = new ProofRun.Row(first.getProperty("started"), condition,
                        chapter.getFileName().toString(), runPrefix + "-" + round.getFileName(),
                        Double.parseDouble(first.getProperty("load", "-1")),
                        Long.parseLong(first.getProperty("seconds")) + Long.parseLong(second.getProperty("seconds")));
                rows.addAll(run.of("starter", starter.resolve(ScoreboardFile.NAME), null));
                rows.addAll(run.of("solution", solution.resolve(ScoreboardFile.NAME), null));
            }
        }
        return rows;
    }

    private static List<Path> folders(Path parent, Comparator<Path> order) throws IOException {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted(order).toList();
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
