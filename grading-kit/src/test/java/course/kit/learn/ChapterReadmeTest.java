package course.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ChapterReadme: the exercise table and the hint steps, read from a chapter's README")
class ChapterReadmeTest {

    static final String README = """
            # 99 Demo

            ## Exercises

            | id | exercise | file to edit | points | graded by |
            |---|---|---|---:|---|
            | 99.1 | Count every hit | `src/main/java/demo/Hits.java` | 2 | jcstress: no lost hit |
            | 99.2 | Stop queueing | `src/main/java/demo/Queue.java` | 3 | 4 threads never stop |

            ## Reference results

            | check | starter | solution |
            |---|---|---|
            | 99.1 jcstress: lost updates | 10% | 0 |

            ## Hints

            Each hint comes in steps.

            ### Hints for 99.1

            1. A first nudge.
            2. The idea, written over
               two lines.
            3. The API: `AtomicLong`.

            ### Hints for 99.2

            1. Only one step here.

            ## Further reading

            1. Not a hint: a numbered list after the hints.
            """;

    @Test
    @DisplayName("the exercise table gives id, title, file and points; other tables are not exercises")
    void exerciseTable() {
        ChapterReadme readme = ChapterReadme.parse(README);
        assertThat(readme.exercises()).containsExactly(
                new ChapterReadme.Row("99.1", "Count every hit", "src/main/java/demo/Hits.java", 2),
                new ChapterReadme.Row("99.2", "Stop queueing", "src/main/java/demo/Queue.java", 3));
    }

    @Test
    @DisplayName("each hint section gives its numbered steps, continuation lines joined, and ends at the next heading")
    void hintSteps() {
        ChapterReadme readme = ChapterReadme.parse(README);
        assertThat(readme.hintsFor("99.1")).containsExactly(
                "A first nudge.", "The idea, written over two lines.", "The API: `AtomicLong`.");
        assertThat(readme.hintsFor("99.2")).containsExactly("Only one step here.");
        assertThat(readme.hintsFor("99.3")).isEmpty();
    }
}
