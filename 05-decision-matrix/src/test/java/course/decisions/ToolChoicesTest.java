package course.decisions;

import static course.decisions.ToolChoices.Tool.ATOMIC;
import static course.decisions.ToolChoices.Tool.CHANNEL;
import static course.decisions.ToolChoices.Tool.CONCURRENT_MAP;
import static course.decisions.ToolChoices.Tool.MUTEX;
import static course.decisions.ToolChoices.Tool.POOL;
import static course.decisions.ToolChoices.Tool.SEQUENTIAL;
import static course.decisions.ToolChoices.Tool.UNDECIDED;

import course.decisions.ToolChoices.Tool;
import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.8", title = "Which tool?", points = 1,
        hint = "For each situation ask: what do the threads share, how often does each side touch it, "
                + "and what must happen in one step? See 05-decision-matrix/README.md, 'Hints for 05.8'.")
@DisplayName("05.8 ToolChoices: the right tool for each situation")
class ToolChoicesTest {

    /** Why a tool is a poor fit, when the situation has no more specific reason. */
    private static final Map<Tool, String> GENERALLY_WRONG = Map.of(
            MUTEX, "a lock is correct almost anywhere, which is why it is rarely the best answer: what would it make "
                    + "threads wait for here, and does something lighter give the same guarantee?",
            POOL, "a pool pays only for objects that are costly to create and used over and over in a hot path; "
                    + "is there such an object here?",
            CHANNEL, "a channel hands data or a signal from one thread to another; does one thread here hand "
                    + "something to another?",
            CONCURRENT_MAP, "a concurrent map is for many keys looked up by many threads; is there a set of keys here?",
            ATOMIC, "an atomic covers one variable changed in one step; does all the state here fit in one?",
            SEQUENTIAL, "plain sequential code fits work too small to share and data no other thread touches; "
                    + "here other threads are involved.");

    private record Question(String name, Tool chosen, Tool fits, Map<Tool, String> wrongBecause) {

        String explanation() {
            return wrongBecause.getOrDefault(chosen, GENERALLY_WRONG.get(chosen));
        }
    }

    private static final List<Question> QUESTIONS = List.of(
            new Question("REQUESTS_SERVED", ToolChoices.REQUESTS_SERVED, ATOMIC, Map.of(
                    MUTEX, "correct, but every request thread would queue on it to add one (chapter 1.2).")),
            new Question("SESSIONS", ToolChoices.SESSIONS, CONCURRENT_MAP, Map.of(
                    MUTEX, "every request would wait for every other request to read a map none of them changes.",
                    ATOMIC, "an immutable map behind one reference would be copied whole at every login and logout.")),
            new Question("PARSER_TO_WRITER", ToolChoices.PARSER_TO_WRITER, CHANNEL, Map.of(
                    MUTEX, "a list under a lock makes the writer poll for records (05.2), and nothing holds the "
                            + "parser back when it runs ahead.",
                    CONCURRENT_MAP, "nothing here is looked up by key: records go from one thread to another, in order.")),
            new Question("BALANCE_AND_HISTORY", ToolChoices.BALANCE_AND_HISTORY, MUTEX, Map.of(
                    ATOMIC, "two variables: between two atomic calls another thread sees one change without the "
                            + "other (05.5).",
                    CONCURRENT_MAP, "a map makes each call atomic, not the two changes together.")),
            new Question("RESPONSE_BUFFERS", ToolChoices.RESPONSE_BUFFERS, POOL, Map.of(
                    SEQUENTIAL, "allocating 1 MiB of direct memory per request means zeroing it and freeing it only "
                            + "when the GC gets round to it (chapter 3.2).")),
            new Question("CART_TOTAL", ToolChoices.CART_TOTAL, SEQUENTIAL, Map.of(
                    CHANNEL, "handing thirty additions to other threads costs far more than doing them (05.6).",
                    ATOMIC, "nothing here is shared: each request adds up its own cart.")),
            new Question("MAINTENANCE_SWITCH", ToolChoices.MAINTENANCE_SWITCH, ATOMIC, Map.of(
                    MUTEX, "correct, but every request would take turns on a lock to read one boolean (05.3).")),
            new Question("LOOKUP_RESULT", ToolChoices.LOOKUP_RESULT, CHANNEL, Map.of(
                    ATOMIC, "an atomic holds the result, but the waiting thread would have to poll it; it needs to "
                            + "be woken, with a deadline.",
                    MUTEX, "a lock protects state; the request thread needs to wait for a result handed to it.")),
            new Question("WORD_COUNTS", ToolChoices.WORD_COUNTS, CONCURRENT_MAP, Map.of(
                    MUTEX, "one lock around the table makes every thread wait for every other, whatever word they count.",
                    ATOMIC, "one atomic per word still needs a table from word to counter that many threads update.")),
            new Question("ORDER_NUMBERS", ToolChoices.ORDER_NUMBERS, ATOMIC, Map.of(
                    MUTEX, "correct, but one incrementAndGet does the same without making threads take turns.")),
            new Question("DATABASE_CONNECTIONS", ToolChoices.DATABASE_CONNECTIONS, POOL, Map.of(
                    CHANNEL, "nothing is handed from one thread to another; each request needs a connection of "
                            + "its own for a moment.")));

    @Test
    @DisplayName("each situation has the tool that fits it")
    @Gate
    void everyChoiceFits(TestReporter reporter) {
        List<Question> unanswered = QUESTIONS.stream().filter(q -> q.chosen() == UNDECIDED).toList();
        List<Question> misfits = QUESTIONS.stream()
                .filter(q -> q.chosen() != UNDECIDED && q.chosen() != q.fits())
                .toList();
        int right = QUESTIONS.size() - unanswered.size() - misfits.size();
        Figures.report(reporter, right + " of " + QUESTIONS.size() + " choices fit", "all " + QUESTIONS.size());
        if (unanswered.isEmpty() && misfits.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder()
                .append(right).append(" of ").append(QUESTIONS.size()).append(" choices fit.");
        for (Question q : misfits) {
            message.append(String.format("%n  %s = %s: %s", q.name(), q.chosen(), q.explanation()));
        }
        if (!unanswered.isEmpty()) {
            message.append(String.format("%n  still UNDECIDED: %s",
                    String.join(", ", unanswered.stream().map(Question::name).toList())));
        }
        throw new AssertionError(message.toString());
    }
}
