package course.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command line")
class SettingsTest {

    @Test
    @DisplayName("a bare submission gets the defaults: every chapter, 330 s a run, 1g heap, two retries, zero for inconclusive")
    void defaults() {
        Settings s = Settings.parse(new String[] {"alice.zip"});
        assertThat(s.submission().getFileName()).hasToString("alice.zip");
        assertThat(s.chapters()).isEmpty();
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(330));
        assertThat(s.budget()).isEqualTo(Duration.ofSeconds(2400));
        assertThat(s.heap()).isEqualTo("1g");
        assertThat(s.inconclusivePolicy()).isEqualTo("retry-2,zero");
    }

    @Test
    @DisplayName("options as Maven passes them, empty ones meaning the default")
    void options() {
        Settings s = Settings.parse(new String[] {"--submission=bob", "--chapters=01-mutex, 04-pitfalls",
                "--timeout=60", "--budget=600", "--retries=0", "--inconclusive=full", "--heap=", "--keep-work=true"});
        assertThat(s.chapters()).containsExactly("01-mutex", "04-pitfalls");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.budget()).isEqualTo(Duration.ofSeconds(600));
        assertThat(s.heap()).isEqualTo("1g");
        assertThat(s.inconclusivePolicy()).isEqualTo("retry-0,full");
        assertThat(s.keepWork()).isTrue();
    }

    @Test
    @DisplayName("a misspelt option or policy is a usage error, not a silent default")
    void rejectsUnknownOptions() {
        assertThatThrownBy(() -> Settings.parse(new String[] {"x", "--timout=3"})).hasMessageContaining("timout");
        assertThatThrownBy(() -> Settings.parse(new String[] {"x", "--inconclusive=half"})).hasMessageContaining("zero or full");
        assertThatThrownBy(() -> Settings.parse(new String[] {})).hasMessageContaining("no submission");
        assertThatThrownBy(() -> Settings.parse(new String[] {"x", "--offline=yes"}))
                .hasMessage("--offline is true or false, not yes");
    }

    @Test
    @DisplayName("a number that is not one says which option and what it takes")
    void rejectsNumbersThatAreNot() {
        assertThatThrownBy(() -> Settings.parse(new String[] {"x", "--timeout=5m"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--timeout is a whole number, not 5m");
        assertThatThrownBy(() -> Settings.parse(new String[] {"x", "--flood-mib=0"}))
                .hasMessage("--flood-mib is a number above zero, not 0");
        assertThatThrownBy(() -> Settings.parse(new String[] {"x", "--retries=-1"}))
                .hasMessage("--retries is zero or more, not -1");
    }

    @Test
    @DisplayName("what ./grade passes when --flood-mib and --work are not given means the defaults")
    void emptyFloodAndWorkMeanTheDefaults() {
        Settings s = Settings.parse(new String[] {"x", "--flood-mib=", "--work="});
        assertThat(s.floodBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(s.work()).isNull();
        assertThat(Settings.parse(new String[] {"x", "--flood-mib=8", "--work=/tmp/w"}).floodBytes())
                .isEqualTo(8L * 1024 * 1024);
    }
}
