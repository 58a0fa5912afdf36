package course.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ReadsWhileGrowing: a key must stay readable while other keys are added")
class ReadsWhileGrowingTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final int KEYS = 1 << 16;

    @Test
    @DisplayName("a HashMap read without the writer's lock misses the key while the table grows")
    void unlockedHashMapReadMisses() {
        ReadsWhileGrowing.Outcome outcome = ReadsWhileGrowing.run(Long.MAX_VALUE, LIMIT, KEYS, () -> seeded(new HashMap<>()),
                (map, key) -> {
                    synchronized (map) {
                        map.put(key, 0L);
                    }
                }, map -> map.getOrDefault(-1, 0L), 1);
        assertThat(outcome.clean()).isFalse();
        assertThat(outcome.wrong()).isEqualTo("0");
        assertThat(outcome.reads()).isPositive();
    }

    @Test
    @DisplayName("a ConcurrentHashMap read never misses, and the run ends once the reader watched enough keys added")
    void concurrentHashMapReadSeesTheKey() {
        ReadsWhileGrowing.Outcome outcome = ReadsWhileGrowing.run(50_000, LIMIT, KEYS, () -> seeded(new ConcurrentHashMap<>()),
                (map, key) -> map.put(key, 0L), map -> map.getOrDefault(-1, 0L), 1);
        assertThat(outcome.clean()).isTrue();
        assertThat(outcome.keysAdded()).isGreaterThanOrEqualTo(outcome.keysWatched());
    }

    @Test
    @DisplayName("a read that throws is a wrong read, with the exception")
    void throwingReadIsWrong() {
        ReadsWhileGrowing.Outcome outcome = ReadsWhileGrowing.run(Long.MAX_VALUE, LIMIT, KEYS, () -> seeded(new HashMap<>()),
                (map, key) -> { }, map -> {
                    throw new IllegalStateException("torn");
                }, 1);
        assertThat(outcome.wrong()).contains("IllegalStateException: torn");
        assertThat(outcome.reads()).isEqualTo(1);
    }

    private static Map<Integer, Long> seeded(Map<Integer, Long> map) {
        map.put(-1, 1L);
        return map;
    }
}
