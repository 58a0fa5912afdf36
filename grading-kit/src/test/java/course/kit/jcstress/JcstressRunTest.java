package course.kit.jcstress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.openjdk.jcstress.infra.Status;

@DisplayName("JcstressRun: runs the module's race tests once and never passes what did not run")
class JcstressRunTest {

    private final TestReporter ignored = entries -> { };

    @Test
    @DisplayName("a racy counter fails with its forbidden outcome and description")
    void catchesLostUpdate() {
        JcstressVerdict verdict = JcstressRun.verdictOf(Counter_01_LostUpdate.class);
        assertThat(verdict.passed()).as("lost update caught").isFalse();
        assertThatThrownBy(() -> verdict.assertPassed(ignored))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[1]")
                .hasMessageContaining("lost update: both threads read 0");
    }

    @Test
    @DisplayName("a correct counter passes, with samples taken")
    void passesAtomicCounter() {
        JcstressVerdict verdict = JcstressRun.verdictOf(Counter_02_Atomic.class);
        assertThat(verdict.samples()).isPositive();
        verdict.assertPassed(ignored);
    }

    @Test
    @DisplayName("a class that is not a jcstress test is an error, not a pass")
    void missingClassFails() {
        assertThatThrownBy(() -> JcstressRun.verdictOf(JcstressRunTest.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not in META-INF/TestList");
    }

    @Test
    @DisplayName("an empty selection is an error, not a pass")
    void emptySelectionFails() {
        assertThatThrownBy(() -> JcstressRun.requireListed(List.of(), "some.Test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("selection is empty");
    }

    @Test
    @DisplayName("a skipped test (jcstress API_MISMATCH) is an error, not a pass")
    void skippedFails() {
        JcstressVerdict skipped = new JcstressVerdict("x.Skipped", Status.API_MISMATCH, 0, List.of(), List.of("gone"));
        assertThat(skipped.passed()).isFalse();
        assertThatThrownBy(() -> skipped.assertPassed(ignored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SKIPPED");
    }

    @Test
    @DisplayName("a test that took no samples is an error, not a pass")
    void noSamplesFails() {
        JcstressVerdict empty = new JcstressVerdict("x.Empty", Status.NORMAL, 0, List.of(), List.of());
        assertThatThrownBy(() -> empty.assertPassed(ignored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no samples");
    }
}
