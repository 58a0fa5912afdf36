package course.kit.jcstress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.TestReporter;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.TestGrading;

import course.kit.Figures;

/**
 * What jcstress saw for one test class, over all its forks: how many samples, and which
 * forbidden outcomes showed up how often.
 *
 * @param test      the test class name
 * @param status    jcstress's worst status over the forks; anything but NORMAL means it did not
 *                  run cleanly (SKIPPED is jcstress's API_MISMATCH)
 * @param samples   outcomes observed in total
 * @param forbidden forbidden outcomes that were observed, with their descriptions
 * @param messages  what jcstress said about errors, if any
 */
public record JcstressVerdict(String test, Status status, long samples, List<Observed> forbidden,
                              List<String> messages) {

    /** One forbidden outcome, how often it appeared, and what it means. */
    public record Observed(String outcome, long count, String description) {
        @Override
        public String toString() {
            return "[" + outcome + "] " + Figures.count(count) + " times: " + description;
        }
    }

    static JcstressVerdict of(String test, List<TestResult> results) {
        Status status = Status.NORMAL;
        long samples = 0;
        Map<String, Observed> forbidden = new TreeMap<>();
        List<String> messages = new ArrayList<>();
        for (TestResult r : results) {
            status = status.combine(r.status());
            messages.addAll(r.getMessages());
            if (r.status() != Status.NORMAL) {
                continue;
            }
            samples += r.getTotalCount();
            for (GradingResult g : TestGrading.grade(r).gradingResults.values()) {
                if (g.expect == Expect.FORBIDDEN && g.count > 0) {
                    forbidden.merge(g.id, new Observed(g.id, g.count, g.description),
                            (a, b) -> new Observed(a.outcome(), a.count() + b.count(), a.description()));
                }
            }
        }
        return new JcstressVerdict(test, status, samples, List.copyOf(forbidden.values()), messages);
    }

    /** True when jcstress ran the test cleanly, took samples, and saw no forbidden outcome. */
    public boolean passed() {
        return status == Status.NORMAL && samples > 0 && forbidden.isEmpty();
    }

    /**
     * Fails the calling check unless the test passed. A forbidden outcome is an assertion
     * failure that quotes the outcome's description; a test that did not run (skipped, errored,
     * timed out, no samples) is an error, because nothing was checked.
     */
    public void assertPassed(TestReporter reporter) {
        String simple = test.substring(test.lastIndexOf('.') + 1);
        if (status != Status.NORMAL) {
            String label = status == Status.API_MISMATCH ? "SKIPPED" : status.name();
            throw new IllegalStateException("jcstress " + label + " " + simple + ": it did not run, so it proves nothing. "
                    + String.join("\n", messages));
        }
        if (samples == 0) {
            throw new IllegalStateException("jcstress took no samples of " + simple + ": it proves nothing");
        }
        long bad = forbidden.stream().mapToLong(Observed::count).sum();
        Figures.report(reporter, "forbidden outcomes in " + Figures.count(bad) + " of " + Figures.count(samples)
                + " samples", "0");
        if (!forbidden.isEmpty()) {
            StringBuilder message = new StringBuilder(simple + ": jcstress saw a forbidden outcome in "
                    + Figures.count(bad) + " of " + Figures.count(samples) + " samples:");
            forbidden.forEach(o -> message.append("\n  ").append(o));
            throw new AssertionError(message.toString());
        }
    }
}
