package course.kit.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An exercise's hints, one step at a time, read from the {@code ### Hints for NN.N} section of
 * its chapter's README: first a nudge, then the idea, then the API to use. Asking for step
 * {@code n} prints steps 1 to {@code n}, so the learner never sees more than they asked for,
 * and says how to get the next one.
 */
public final class Hints {

    private Hints() {
    }

    /**
     * The hint text for {@code exercise} up to {@code step}; with no exercise, the hints of
     * the exercise to work on next.
     */
    public static String render(Course course, String exercise, int step) {
        String id = exercise == null || exercise.isBlank()
                ? Progress.nextExercise(course).orElse(null)
                : exercise.strip();
        if (id == null) {
            return Text.paragraph("Every exercise passes: no hint needed. " + Commands.progress() + " shows the course.");
        }
        Optional<Chapter> chapter = course.chapter(id);
        if (chapter.isEmpty() || !id.matches("\\d\\d\\.\\d+")) {
            return unknown(course, id, chapter);
        }
        ChapterReadme readme = chapter.get().readme();
        List<String> steps = readme.hintsFor(id);
        if (steps.isEmpty()) {
            return unknown(course, id, chapter);
        }
        int shown = Math.max(1, Math.min(step, steps.size()));
        String title = readme.row(id).map(ChapterReadme.Row::title).orElse("");
        List<String> lines = new ArrayList<>();
        lines.add(Text.RULE);
        lines.add(Text.format(" %s %s: hint %d of %d", id, title, shown, steps.size()).stripTrailing());
        lines.add(Text.RULE);
        for (int i = 0; i < shown; i++) {
            List<String> wrapped = Text.wrap(steps.get(i), "      ");
            wrapped.set(0, Text.format("   %-2s", (i + 1) + ".") + wrapped.get(0).substring(5));
            lines.addAll(wrapped);
        }
        lines.add(Text.RULE);
        if (shown < steps.size()) {
            lines.add(" Try it, then grade: " + Commands.test(chapter.get().name()));
            lines.add(" Next step:          " + Commands.hint(id, shown + 1));
        } else {
            lines.add(" That was the last step. Grade: " + Commands.test(chapter.get().name()));
            lines.add(" Still stuck? Compare your file with the solution: " + Commands.compare(id));
        }
        lines.add(Text.RULE);
        return String.join("\n", lines) + "\n";
    }

    private static String unknown(Course course, String id, Optional<Chapter> chapter) {
        if (chapter.isEmpty()) {
            return Text.paragraph("There is no exercise \"" + id + "\". Exercise ids look like 01.2; the chapters are "
                    + course.chapterNames() + ".");
        }
        ChapterReadme readme = chapter.get().readme();
        List<String> ids = readme.exercises().stream().map(ChapterReadme.Row::id).toList();
        return Text.paragraph("There are no hints for \"" + id + "\" in " + chapter.get().name() + "/README.md. "
                + "Its exercises are " + String.join(", ", ids) + "; for example:")
                + "   " + Commands.hint(ids.isEmpty() ? chapter.get().number() + ".1" : ids.get(0), 1) + "\n";
    }
}
