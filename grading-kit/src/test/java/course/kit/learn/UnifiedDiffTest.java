package course.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UnifiedDiff: the format of diff -u, from the JDK alone")
class UnifiedDiffTest {

    static List<String> numbered(int count) {
        return new ArrayList<>(IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).toList());
    }

    @Test
    @DisplayName("two equal files have no diff")
    void same() {
        assertThat(UnifiedDiff.diff(numbered(5), numbered(5), "a", "b")).isEmpty();
    }

    @Test
    @DisplayName("a changed line is shown as removed and added, with three lines of context each side")
    void changedLine() {
        List<String> after = numbered(10);
        after.set(4, "line five");
        assertThat(UnifiedDiff.diff(numbered(10), after, "mine", "theirs")).isEqualTo("""
                --- mine
                +++ theirs
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8
                """);
    }

    @Test
    @DisplayName("changes far apart make two hunks; a line added at the start and one removed at the end")
    void twoHunks() {
        List<String> after = numbered(20);
        after.add(0, "first");
        after.remove(after.size() - 1);
        assertThat(UnifiedDiff.diff(numbered(20), after, "a", "b")).isEqualTo("""
                --- a
                +++ b
                @@ -1,3 +1,4 @@
                +first
                 line 1
                 line 2
                 line 3
                @@ -17,4 +18,3 @@
                 line 17
                 line 18
                 line 19
                -line 20
                """);
    }

    @Test
    @DisplayName("a missing file reads as empty: every line of the other is added")
    void fromNothing() {
        assertThat(UnifiedDiff.diff(List.of(), List.of("x", "y"), "a", "b")).isEqualTo("""
                --- a
                +++ b
                @@ -0,0 +1,2 @@
                +x
                +y
                """);
    }
}
