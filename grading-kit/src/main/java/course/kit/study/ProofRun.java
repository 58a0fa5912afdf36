package course.kit.study;

import course.kit.proof.AnswerProof;
import course.kit.score.CheckResult;
import course.kit.score.ExerciseResult;
import course.kit.score.Scoreboard;
import course.kit.score.ScoreboardFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a chapter's proof, exactly as {@code ./mvnw -Pproof verify} runs it (starter, then
 * solution, then the answer corpus), turned into study rows: every check of every exercise on
 * both sides, and every check of each answer's exercise, on the side {@code answer <name>}.
 */
final class ProofRun {

    /** A chapter's whole proof with its corpus takes up to 7 min quiet (05), more next to a busy core. */
    private static final Duration LIMIT = Duration.ofMinutes(30);

    private ProofRun() {
    }

    /** The side of the study rows of one answer of the corpus. */
    static final String ANSWER_SIDE = "answer ";

    /**
     * Runs the proof of {@code chapter} from the course at {@code root}, logging to {@code log};
     * of the corpus, only the answers {@code answers} selects ({@code course.answers}; all when blank).
     * A run of selected answers reuses the starter's and the solution's scoreboards of an earlier
     * run, where there are, and records no rows for them: those rounds are about the answers'
     * margins, and the two runs would take half of their time.
     */
    static List<StudyRow> run(Path root, String chapter, String condition, String runId, Path log, String answers)
            throws IOException, InterruptedException {
        Path starterBoard = root.resolve(chapter).resolve("target").resolve(ScoreboardFile.NAME);
        Path solutionTarget = root.resolve("solutions").resolve(chapter).resolve("target");
        Path solutionBoard = solutionTarget.resolve(ScoreboardFile.NAME);
        Path corpusWork = solutionTarget.resolve("answers");
        boolean starterRuns = answers.isBlank() || !Files.exists(starterBoard);
        boolean solutionRuns = answers.isBlank() || !Files.exists(solutionBoard);
        if (starterRuns) {
            Files.deleteIfExists(starterBoard);
        }
        if (solutionRuns) {
            Files.deleteIfExists(solutionBoard);
        }
        Files.deleteIfExists(corpusWork.resolve(AnswerProof.MANIFEST));
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Files.createDirectories(log.getParent());
        Process maven = new ProcessBuilder(root.resolve("mvnw").toString(), "-q", "-o", "-Pproof", "verify", "-pl", "solutions/" + chapter,
                "-Dkit.skipTests=true", "-DskipChapterTests=" + !starterRuns,
                "-DskipSolutionTests=" + !solutionRuns, "-Dcourse.answers=" + answers)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long begin = System.nanoTime();
        if (!maven.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
        }
        long seconds = (System.nanoTime() - begin) / 1_000_000_000L;
        List<StudyRow> rows = new ArrayList<>();
        Row row = new Row(started, condition, chapter, runId, load, seconds);
        if (starterRuns) {
            rows.addAll(row.of("starter", starterBoard, null));
        }
        if (solutionRuns) {
            rows.addAll(row.of("solution", solutionBoard, null));
        }
        Path manifest = corpusWork.resolve(AnswerProof.MANIFEST);
        if (Files.exists(manifest)) {
            for (String line : Files.readAllLines(manifest).stream().skip(1).toList()) {
                String[] answer = line.split("\t");
                rows.addAll(row.of(ANSWER_SIDE + answer[0], corpusWork.resolve(answer[3]).resolve(ScoreboardFile.NAME),
                        answer[1]));
            }
        }
        if (rows.isEmpty()) {
            rows.add(row.missing("answers", "-", "no answer manifest was written"));
        }
        return rows;
    }

    /** What every row of one run shares; also what the device runs' import turns into rows. */
    record Row(String started, String condition, String chapter, String run, double load, long seconds) {

        /**
         * The rows of one side's scoreboard, of {@code exercise} only when it is not null, or one
         * MISSING row when the side wrote none.
         */
        List<StudyRow> of(String side, Path board, String exercise) {
            if (!Files.exists(board)) {
                return List.of(missing(side, exercise == null ? "-" : exercise, "no scoreboard was written"));
            }
            Scoreboard scoreboard = ScoreboardFile.read(board).ranNow();
            List<StudyRow> rows = new ArrayList<>();
            for (ExerciseResult e : scoreboard.exercises()) {
                if (exercise != null && !e.id().equals(exercise)) {
                    continue;
                }
                for (CheckResult c : e.checks()) {
                    rows.add(new StudyRow(started, condition, chapter, run, load, side, e.id(), e.verdict().name(),
                            c.name(), c.gate(), result(c), c.measured(), c.threshold(), seconds));
                }
            }
            return rows;
        }

        /** The one row of a side that wrote nothing to read. */
        StudyRow missing(String side, String exercise, String what) {
            return new StudyRow(started, condition, chapter, run, load, side, exercise, "MISSING", what, true, "FAIL", "", "",
                    seconds);
        }

        /** The check's verdict, and how it failed when that was not by its own assertion. */
        private static String result(CheckResult c) {
            boolean byAssertion = c.failure() == null || c.failure().equals(CheckResult.ASSERTION);
            return byAssertion ? c.verdict().name() : c.verdict().name() + ":" + c.failure();
        }
    }
}
