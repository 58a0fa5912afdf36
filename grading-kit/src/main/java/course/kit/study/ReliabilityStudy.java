package course.kit.study;

import course.kit.proof.Answer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reliability study of the grading (issue "prove the grading"): runs the proof of chapters
 * again and again, on a quiet machine or with every core but one kept busy, records the verdict
 * and figure of every check in {@code docs/reliability/runs.csv}, and renders
 * {@code docs/reliability.md} from everything recorded so far.
 *
 * <pre>
 * study run quiet|loaded RUNS [CHAPTER...] [answers=SELECTION]
 *                                            append RUNS proof runs of each chapter (all five by default),
 *                                            each with its answer corpus, or the answers SELECTION names
 *                                            (exercise ids or answer names, as 01.2,03.3,05.6: then the
 *                                            chapters default to those of the selection)
 * study import DIR CONDITION                 append the runs of docs/reliability/device/run.sh, found in DIR
 * study report                               rewrite docs/reliability.md from the recorded runs
 * </pre>
 *
 * Chapters take turns within each round, so that a change in the machine's load over time
 * spreads over all of them. The study appends as it goes: stopping it loses at most one run.
 */
public final class ReliabilityStudy {

    private static final List<String> CHAPTERS =
            List.of("01-mutex", "02-false-sharing", "03-pooling", "04-pitfalls", "05-decision-matrix");
    private static final String ANSWERS = "answers=";
    /** A Markdown link to a path, not to a page on the web, a root path or an anchor. */
    private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\((?![a-z]+:|/|#)([^)\\s]+)\\)");
    private static final String COMMAND = "./mvnw -q -Pstudy -pl grading-kit verify -Dstudy=\"...\"";

    private ReliabilityStudy() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("course.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(StudyRow.FILE);
        if (args.length >= 2 && args[0].equals("run")) {
            String condition = args[1];
            if (!condition.equals("quiet") && !condition.equals("loaded")) {
                usage("the condition is quiet or loaded, not " + condition);
            }
            int runs = Integer.parseInt(args[2]);
            List<String> rest = Arrays.asList(args).subList(3, args.length);
            String answers = rest.stream().filter(a -> a.startsWith(ANSWERS)).map(a -> a.substring(ANSWERS.length()))
                    .findFirst().orElse("");
            List<String> named = rest.stream().filter(a -> !a.startsWith(ANSWERS)).toList();
            List<String> chapters = !named.isEmpty() ? named : answers.isBlank() ? CHAPTERS
                    : CHAPTERS.stream().filter(c -> Arrays.stream(answers.split(","))
                            .anyMatch(a -> a.strip().startsWith(c.substring(0, 2) + "."))).toList();
            run(root, data, condition, runs, chapters, answers);
            report(root, data);
        } else if (args.length == 3 && args[0].equals("import")) {
            String condition = args[2];
            if (condition.equals("quiet") || condition.equals("loaded")) {
                usage("quiet and loaded are this machine's conditions; name the device's, such as 16-core");
            }
            importRuns(data, DeviceResults.read(root.resolve(args[1]), condition));
            report(root, data);
        } else if (args.length == 1 && args[0].equals("report")) {
            report(root, data);
        } else {
            usage("unknown arguments " + String.join(" ", args));
        }
    }

    private static void run(Path root, Path data, String condition, int runs, List<String> chapters, String answers)
            throws IOException, InterruptedException {
        if (!Files.exists(data)) {
            Files.createDirectories(data.getParent());
            Files.writeString(data, StudyRow.HEADER + "\n");
        }
        Map<String, String> expected = expectations(root);
        String study = commit(root) + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        try (CpuHog hog = condition.equals("loaded") ? new CpuHog() : null) {
            if (hog != null) {
                System.out.printf("study: %d busy thread(s) keep the other core(s) loaded%n", hog.threads());
            }
            for (int round = 1; round <= runs; round++) {
                for (String chapter : chapters) {
                    String runId = study + "-" + round;
                    Path log = root.resolve("target/study/" + chapter + "-" + condition + "-" + runId + ".log");
                    List<StudyRow> rows = ProofRun.run(root, chapter, condition, runId, log, answers);
                    Files.write(data, rows.stream().map(StudyRow::toCsv).toList(), StandardOpenOption.APPEND);
                    System.out.printf(Locale.ROOT, "study: %s %s run %d/%d: %d s, %s, %d wrong on answers%n", condition,
                            chapter, round, runs, rows.get(0).seconds(), outcome(rows),
                            StudyReport.wrongAnswerVerdicts(rows, expected));
                }
            }
        }
    }

    private static void importRuns(Path data, List<StudyRow> rows) throws IOException {
        if (rows.isEmpty()) {
            usage("no complete run to import");
        }
        Files.write(data, rows.stream().map(StudyRow::toCsv).toList(), StandardOpenOption.APPEND);
        rows.stream().collect(Collectors.groupingBy(r -> r.chapter() + " run " + r.run(), TreeMap::new, Collectors.toList()))
                .forEach((run, runRows) -> System.out.printf(Locale.ROOT, "study: imported %s %s: %d s, %s%n",
                        runRows.get(0).condition(), run, runRows.get(0).seconds(), outcome(runRows)));
    }

    /** The commit the study runs on (its run ids start with it), or "unknown" outside git. */
    private static String commit(Path root) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(root.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 && out.matches("[0-9a-f]+") ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String outcome(List<StudyRow> rows) {
        long wrong = StudyReport.wrongVerdicts(rows);
        long inconclusive = rows.stream().filter(r -> r.verdict().equals("INCONCLUSIVE"))
                .map(r -> r.side() + r.exercise()).distinct().count();
        return wrong + " wrong, " + inconclusive + " inconclusive";
    }

    private static void report(Path root, Path data) throws IOException {
        List<StudyRow> rows = Files.readAllLines(data).stream().skip(1).filter(l -> !l.isBlank())
                .map(StudyRow::fromCsv).toList();
        String header = """
                # Reliability of the grading

                Generated on %s by `./mvnw -q -Pstudy -pl grading-kit verify -Dstudy=report` from the %,d
                rows of [`reliability/runs.csv`](reliability/runs.csv). How it was measured, and what the
                figures mean: see "How to read this" at the end.
                """.formatted(LocalDate.now(ZoneOffset.UTC), rows.size());
        String body = StudyReport.render(rows, header, expectations(root));
        Path notes = root.resolve("docs/reliability/notes.md");
        String footer = Files.exists(notes) ? "\n" + fromDocs(Files.readString(notes)) : "";
        Files.writeString(root.resolve("docs/reliability.md"), body + footer);
        System.out.println("study: wrote " + root.resolve("docs/reliability.md"));
    }

    /**
     * The notes' Markdown with each relative link made relative to {@code docs/}, where the report
     * lies: the notes link {@code device/README.md}, as read in {@code docs/reliability/}.
     */
    static String fromDocs(String notes) {
        return RELATIVE_LINK.matcher(notes).replaceAll("](reliability/$1)");
    }

    /** What each answer of the corpus must get, by its study side: {@code passes}, or the check that must fail it. */
    private static Map<String, String> expectations(Path root) {
        Map<String, String> expected = new TreeMap<>();
        for (String chapter : CHAPTERS) {
            for (Answer a : Answer.all(root.resolve("solutions").resolve(chapter).resolve("answers"))) {
                expected.put(ProofRun.ANSWER_SIDE + a.name(), a.accepted() ? "passes" : a.failingCheck());
            }
        }
        return expected;
    }

    private static void usage(String problem) {
        System.err.println("study: " + problem + "\nusage: " + COMMAND.replace("...", "run quiet|loaded RUNS [CHAPTER...] [answers=SELECTION]")
                + "\n       " + COMMAND.replace("...", "import DIR CONDITION")
                + "\n       " + COMMAND.replace("...", "report"));
        System.exit(2);
    }
}
