package course.kit.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import course.kit.score.ExerciseResult;
import course.kit.score.Scoreboard;

/**
 * The whole course at a glance: every chapter's exercises with their status and points from
 * the chapter's last test run ({@code target/scoreboard.json}), the course total, and the one
 * thing to do next. It runs no test and never fails because an exercise is red: red is the
 * learner's normal state. Exercises come from the scoreboards and the README tables, so a
 * chapter that never ran still shows what it holds.
 */
public final class Progress {

    /** Where an exercise stands. */
    enum Status {
        PASS("[PASS]"), FAIL("[FAIL]"), INCONCLUSIVE("[??]"), NOT_RUN("[    ]");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    /** One exercise in the report. */
    record Entry(String id, String title, int points, Status status) {
        int earned() {
            return status == Status.PASS ? points : 0;
        }
    }

    /** One chapter in the report. */
    record ChapterState(Chapter chapter, boolean ran, boolean changed, String lastRun, List<Entry> entries,
                        String problem) {
        int earned() {
            return entries.stream().mapToInt(Entry::earned).sum();
        }

        int available() {
            return entries.stream().mapToInt(Entry::points).sum();
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Comparator<String> BY_ID = Comparator
            .comparing((String id) -> id.substring(0, id.indexOf('.')))
            .thenComparingInt(id -> Integer.parseInt(id.substring(id.indexOf('.') + 1)));

    private Progress() {
    }

    /** The report, as printed. */
    public static String render(Course course) {
        List<ChapterState> states = course.chapters().stream().map(Progress::state).toList();
        StringBuilder out = new StringBuilder();
        int earned = states.stream().mapToInt(ChapterState::earned).sum();
        int available = states.stream().mapToInt(ChapterState::available).sum();
        long passed = states.stream().flatMap(s -> s.entries().stream()).filter(e -> e.status() == Status.PASS).count();
        long total = states.stream().mapToLong(s -> s.entries().size()).sum();
        out.append(Text.RULE).append('\n');
        out.append(Text.format(" Course progress: %d of %d points, %d of %d exercises passed%n",
                earned, available, passed, total));
        out.append(Text.RULE).append('\n');
        for (ChapterState s : states) {
            String right;
            if (s.problem() != null) {
                right = s.problem();
            } else if (!s.ran()) {
                right = "not run yet: " + Commands.test(s.chapter().name());
            } else {
                right = Text.format("%d/%d pts, last run %s", s.earned(), s.available(), s.lastRun());
            }
            out.append(Text.spread(" " + s.chapter().name(), right)).append('\n');
            if (s.changed()) {
                out.append("   (files changed since this run: " + Commands.test(s.chapter().name()) + " to update)\n");
            }
            for (Entry e : s.entries()) {
                String points = (e.status() == Status.NOT_RUN ? "-" : String.valueOf(e.earned())) + "/" + e.points() + " pts";
                out.append(Text.spread(Text.format("   %-6s %s %s", e.status().label, e.id(), e.title()), points))
                        .append('\n');
            }
        }
        out.append(Text.RULE).append('\n');
        next(states).forEach(line -> out.append(line).append('\n'));
        out.append(Text.RULE).append('\n');
        return out.toString();
    }

    /** The lines that say what to do next. */
    static List<String> next(List<ChapterState> states) {
        List<String> lines = new ArrayList<>();
        Optional<ChapterState> open = states.stream()
                .filter(s -> s.problem() != null || s.entries().stream().anyMatch(
                        e -> e.status() == Status.FAIL || e.status() == Status.NOT_RUN))
                .findFirst();
        if (open.isEmpty()) {
            open = states.stream().filter(s -> s.entries().stream().anyMatch(e -> e.status() == Status.INCONCLUSIVE))
                    .findFirst();
        }
        if (open.isEmpty()) {
            lines.add(" Every exercise passes. See how the reference solutions did it:");
            states.stream().findFirst().ifPresent(s -> lines.add("   " + Commands.compare(s.chapter().number())));
            return lines;
        }
        ChapterState s = open.get();
        String name = s.chapter().name();
        if (s.problem() != null) {
            lines.add(" Next: grade " + name + " again; its last scoreboard could not be read:");
            lines.add("   " + Commands.test(name));
            return lines;
        }
        if (!s.ran()) {
            lines.add(" Next: start " + name + ". Read " + name + "/README.md, then grade the starter:");
            lines.add("   " + Commands.test(name));
            return lines;
        }
        if (s.changed()) {
            lines.add(" Next: you changed " + name + " since its last run. Grade it again:");
            lines.add("   " + Commands.test(name));
            return lines;
        }
        Entry e = s.entries().stream().filter(x -> x.status() == Status.FAIL || x.status() == Status.NOT_RUN)
                .findFirst()
                .orElseGet(() -> s.entries().stream().filter(x -> x.status() == Status.INCONCLUSIVE).findFirst().orElseThrow());
        lines.add(" Next: " + e.id() + " " + e.title());
        if (e.status() == Status.INCONCLUSIVE) {
            lines.add("   its timing check could not judge on a busy machine; rerun when it is quiet:");
            lines.add("   grade  " + Commands.test(name));
            return lines;
        }
        s.chapter().readme().row(e.id()).map(ChapterReadme.Row::file)
                .ifPresent(file -> lines.add("   edit   " + name + "/" + file));
        lines.add("   grade  " + Commands.test(name));
        lines.add("   hint   " + Commands.hint(e.id(), 1));
        return lines;
    }

    /**
     * The exercise to work on now: the first one, in course order, that is red or has not run
     * (else the first inconclusive one); empty when every exercise passes.
     */
    public static Optional<String> nextExercise(Course course) {
        List<Entry> all = course.chapters().stream().map(Progress::state).flatMap(s -> s.entries().stream()).toList();
        return all.stream().filter(e -> e.status() == Status.FAIL || e.status() == Status.NOT_RUN).findFirst()
                .or(() -> all.stream().filter(e -> e.status() == Status.INCONCLUSIVE).findFirst())
                .map(Entry::id);
    }

    static ChapterState state(Chapter chapter) {
        ChapterReadme readme = chapter.readme();
        Map<String, Entry> entries = new LinkedHashMap<>();
        Optional<Scoreboard> board;
        try {
            board = chapter.scoreboard();
        } catch (RuntimeException e) {
            readme.exercises().forEach(r -> entries.put(r.id(), new Entry(r.id(), r.title(), r.points(), Status.NOT_RUN)));
            return new ChapterState(chapter, false, false, null, sorted(entries),
                    "last scoreboard unreadable: " + Commands.test(chapter.name()));
        }
        board.ifPresent(b -> b.exercises().forEach(
                e -> entries.put(e.id(), new Entry(e.id(), e.title(), e.points(), status(e)))));
        readme.exercises().forEach(r -> entries.putIfAbsent(r.id(), new Entry(r.id(), r.title(), r.points(), Status.NOT_RUN)));
        String lastRun = board.map(b -> lastRun(chapter)).orElse(null);
        return new ChapterState(chapter, board.isPresent(), board.isPresent() && chapter.changedSinceLastRun(),
                lastRun, sorted(entries), null);
    }

    private static List<Entry> sorted(Map<String, Entry> entries) {
        return entries.values().stream().sorted(Comparator.comparing(Entry::id, BY_ID)).toList();
    }

    private static Status status(ExerciseResult e) {
        return switch (e.verdict()) {
            case PASS -> Status.PASS;
            case FAIL -> Status.FAIL;
            case INCONCLUSIVE -> Status.INCONCLUSIVE;
        };
    }

    private static String lastRun(Chapter chapter) {
        try {
            return WHEN.format(Files.getLastModifiedTime(chapter.scoreboardFile()).toInstant().atZone(ZoneId.systemDefault()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
