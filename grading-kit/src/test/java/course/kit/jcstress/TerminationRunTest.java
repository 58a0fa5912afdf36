package course.kit.jcstress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@DisplayName("TerminationRun: a hoisted read is stuck within seconds, not jcstress's 30")
class TerminationRunTest {

    private final TestReporter reporter = entry -> { };

    @Test
    @DisplayName("a loop on a plain flag is stuck once compiled; the message quotes the STALE outcome")
    void plainFlagIsStale() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> TerminationRun.assertTerminates(Flag_01_PlainSpin.class, reporter))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[STALE] the loop never saw the flag");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(15);
    }

    @Test
    @DisplayName("a loop on a volatile flag always ends")
    void volatileFlagTerminates() {
        assertThatCode(() -> TerminationRun.assertTerminates(Flag_02_VolatileSpin.class, reporter))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("the jcstress run leaves termination tests to TerminationRun")
    void jcstressSkipsTerminationTests() {
        String filter = JcstressRun.sampledTests(List.of(Flag_01_PlainSpin.class.getName(),
                Counter_01_LostUpdate.class.getName()));
        assertThat(filter).contains("Counter_01_LostUpdate").doesNotContain("Flag_01");
    }
}
