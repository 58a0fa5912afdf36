package course.grader;

import course.kit.learn.Course;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The instructor's grader: grades a student's copy of the course and writes the reports.
 *
 * <pre>
 * ./grade path/to/submission.zip --report=reports/alice
 * </pre>
 *
 * <p>Nothing in the submission is trusted but the files a student is meant to edit: each
 * chapter is built from the pristine course (the repository this runs from), with the
 * student's {@code src/main/java} files of that chapter laid over it. Every chapter is graded
 * even when another one breaks, and every run of student code has a heap limit, a time limit
 * and an output limit.
 *
 * <p>Exit status: 0 when grading worked, whatever the score; 2 on a usage error (no such
 * submission, an unknown option); 3 when the course itself cannot be built here.
 */
public final class Grade {

    private Grade() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Grades as {@code main} does and returns the exit status instead of exiting. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Settings settings;
        Course course;
        try {
            settings = Settings.parse(args);
            course = ChapterSpec.course(settings.course());
            ChapterSpec.select(course, settings.chapters());
            if (!Files.exists(settings.submission())) {
                throw new IllegalArgumentException("no such submission: " + settings.submission());
            }
        } catch (IllegalArgumentException e) {
            err.println("grade: " + e.getMessage());
            err.print(Settings.USAGE);
            return 2;
        }
        try {
            Grades.Report report = grade(course, settings, out);
            ReportWriter.writeAll(report, settings.report());
            out.printf(Locale.ROOT, "%nGrade: %d of %d points in %.0f s%n", report.score(), report.maxScore(),
                    report.executionTime());
            for (Grades.Chapter c : report.chapters()) {
                out.printf(Locale.ROOT, "  %-20s %3d / %-3d %s%n", c.chapter(), c.earned(), c.points(), c.outcome());
            }
            out.println("Reports: " + settings.report().resolve("grade.md") + " (and grade.json, results.json, junit.xml, classroom.json)");
            return 0;
        } catch (ChapterGrader.EnvironmentFailure e) {
            err.println("grade: the grader cannot run here: " + e.getMessage());
            return 3;
        } catch (IOException | RuntimeException e) {
            err.println("grade: the grader failed: " + e);
            e.printStackTrace(err);
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("grade: interrupted");
            return 3;
        }
    }

    static Grades.Report grade(Course course, Settings settings, PrintStream out) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path work = settings.work() != null ? settings.work() : Files.createTempDirectory("course-grader-");
        Files.createDirectories(work);
        Path logs = settings.report().resolve("logs");
        Files.createDirectories(logs);
        List<String> notes = new ArrayList<>();
        List<Grades.Chapter> chapters = new ArrayList<>();
        List<ChapterSpec> selected = ChapterSpec.select(course, settings.chapters());
        try {
            Path unpacked = unpack(settings.submission(), work.resolve("submission"), notes);
            if (unpacked == null) {
                for (ChapterSpec c : selected) {
                    chapters.add(refused(c, notes.get(notes.size() - 1)));
                }
            } else {
                Path root = Workspace.courseRootOf(unpacked, course);
                if (!root.equals(unpacked)) {
                    notes.add("graded the course found in " + unpacked.relativize(root));
                }
                List<String> ignored = Workspace.ignoredChanges(course, root, 40);
                if (!ignored.isEmpty()) {
                    notes.add("changed files that are not the student's to edit were ignored: " + String.join(", ", ignored));
                }
                Sandbox.Found sandbox = settings.sandbox() ? Sandbox.find()
                        : new Sandbox.Found(Optional.empty(), "--sandbox=false");
                if (sandbox.sandbox().isEmpty()) {
                    notes.add("no sandbox: " + sandbox.missing() + "; student code ran with the grader's rights, "
                            + "with every process it started killed at the end of its run");
                }
                ChapterGrader grader = new ChapterGrader(course, settings, root, work, logs, out, sandbox.sandbox());
                grader.installKit();
                for (ChapterSpec c : selected) {
                    out.println(c.name() + ": grading " + c.exercises().size() + " exercises, " + c.points() + " points");
                    chapters.add(grader.grade(c));
                }
            }
        } finally {
            if (!settings.keepWork()) {
                Workspace.deleteTree(work.resolve("submission"));
                if (settings.work() == null) {
                    Workspace.deleteTree(work);
                }
            }
        }
        double seconds = Math.round((System.nanoTime() - start) / 1e8) / 10.0;
        return new Grades.Report(settings.submission().toString(), at.toString().replace("Z", ""),
                chapters.stream().mapToInt(Grades.Chapter::earned).sum(),
                chapters.stream().mapToInt(Grades.Chapter::points).sum(), seconds, settings.inconclusivePolicy(),
                List.copyOf(chapters), List.copyOf(notes));
    }

    /**
     * The submission as a directory: itself, or an archive unpacked into {@code into}; null when the
     * archive was refused (the reason is the last note).
     */
    private static Path unpack(Path submission, Path into, List<String> notes) throws IOException {
        if (Files.isDirectory(submission, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(submission)) {
            return submission;
        }
        if (!Archives.isArchive(submission)) {
            notes.add("the submission is neither a directory nor a .zip, .tar, .tar.gz or .tgz: nothing to grade");
            return null;
        }
        Workspace.deleteTree(into);
        try {
            List<String> skipped = Archives.unpack(submission, into);
            if (!skipped.isEmpty()) {
                notes.add("archive entries skipped: " + String.join(", ", skipped));
            }
            return into;
        } catch (IOException e) {
            // whatever went wrong in it, the archive costs this submission its grade, never the reports
            notes.add("the archive was refused: " + (e instanceof Archives.Refused ? e.getMessage() : e.toString()));
            return null;
        }
    }

    private static Grades.Chapter refused(ChapterSpec c, String why) {
        List<Grades.Exercise> exercises = c.exercises().stream()
                .map(e -> new Grades.Exercise(e.id(), e.title(), e.points(), 0, course.kit.score.Verdict.FAIL, why,
                        List.of(), 0))
                .toList();
        return new Grades.Chapter(c.name(), c.points(), 0, "not submitted", exercises, List.of(), 0);
    }
}
