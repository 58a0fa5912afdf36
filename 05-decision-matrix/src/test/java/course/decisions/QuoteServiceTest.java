package course.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import course.decisions.model.QuoteServiceModel;
import course.kit.Exercise;
import course.kit.Figures;
import course.kit.Gate;
import course.kit.lincheck.ModelCheck;
import course.kit.measure.Contention;
import course.kit.measure.FlightRecording;
import course.kit.measure.Together;
import course.kit.measure.WrittenMemory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Exercise(id = "05.7", title = "Profile before you optimize", points = 2,
        hint = "Run the check, then read the profile it recorded: the command is in the failure message. "
                + "See 05-decision-matrix/README.md, 'Reading a profile' and 'Hints for 05.7'.")
@DisplayName("05.7 QuoteService: find the hotspot with a profile, then fix it")
class QuoteServiceTest {

    private static final Map<String, Long> CATALOG = Map.of("tea", 1_005L, "mint", 7L, "cocoa", 2_450L);
    private static final Map<String, BigDecimal> RATES = Map.of(
            "USD", new BigDecimal("1.0842"), "GBP", new BigDecimal("0.8571"),
            "CHF", new BigDecimal("0.9420"), "SEK", new BigDecimal("1.5"), "DKK", new BigDecimal("7.45713"));
    private static final String[] CURRENCIES = {"USD", "GBP", "CHF", "SEK"};
    private static final String PROFILE = "quotes";
    /**
     * A quote costs about a hundred times what a counter's increment does, so the quoting
     * threads run three times as long as other contention checks: on a busy machine a lock gets
     * few chances to show in half a second of quotes.
     */
    private static final Duration MEASURE_FOR = Duration.ofMillis(1_500);

    @Test
    @DisplayName("quotes are exact: catalog price x quantity x rate, rounded half-even to cents")
    void quotesExactly() {
        QuoteService service = new QuoteService(CATALOG, new ExchangeRates(RATES::get));
        assertThat(service.quote("tea", 3, "USD")).isEqualTo("tea x3 = 32.69 USD");
        assertThat(service.quote("cocoa", 1, "GBP")).isEqualTo("cocoa x1 = 21.00 GBP");
        assertThat(service.quote("mint", 1, "SEK"))
                .as("0.07 EUR at 1.5 is 0.105: half-even gives 0.10 (doubles give 0.11)")
                .isEqualTo("mint x1 = 0.10 SEK");
        assertThat(service.quote("cocoa", 100, "DKK"))
                .as("2,450.00 EUR at 7.45713 is 18,269.9685: every digit of the rate counts (cut to 7.4571, 18,269.90)")
                .isEqualTo("cocoa x100 = 18269.97 DKK");
    }

    /*
     * Two currencies arrive at once, two threads each: a cache that copies its map to add one
     * currency, or locks by currency around a shared one, loses the other currency's rate and
     * asks for it again on its next quote.
     */
    @Test
    @DisplayName("4 threads asking for two new currencies at once ask the slow source once for each")
    void asksTheSourceOncePerCurrency() {
        Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
        Function<String, BigDecimal> slowSource = currency -> {
            asked.computeIfAbsent(currency, c -> new AtomicInteger()).incrementAndGet();
            sleep(50);
            return RATES.get(currency);
        };
        QuoteService service = new QuoteService(CATALOG, new ExchangeRates(slowSource));
        Together.run("4 threads quoting in USD and GBP for the first time", 4, Duration.ofSeconds(30),
                i -> () -> service.quote("tea", 1, i % 2 == 0 ? "USD" : "GBP"));
        service.quote("tea", 2, "USD");
        service.quote("tea", 2, "GBP");
        assertThat(asked.get("USD")).as("times the source was asked for USD (two threads at once, then one more quote)")
                .hasValue(1);
        assertThat(asked.get("GBP")).as("times the source was asked for GBP (two threads at once, then one more quote)")
                .hasValue(1);
    }

    /** Two threads per currency: a quote that locks its currency's entry (compute() on every call) makes them take turns. */
    @Test
    @Gate
    @DisplayName("4 threads quoting for 1.5 s stop less than once per million quotes (profiled with JFR)")
    void quotingThreadsDoNotWait(TestReporter reporter) {
        QuoteService service = new QuoteService(CATALOG, new ExchangeRates(RATES::get));
        int[] length = new int[4];
        Contention contention = FlightRecording.during(PROFILE, () -> Contention.measure(
                "4 threads quoting", 4, MEASURE_FOR,
                i -> () -> length[i] += service.quote("tea", 1 + i, CURRENCIES[i / 2]).length()));
        Figures.report(reporter, contention.summary("quotes"), Contention.threshold());
        contention.abortIfTooFewToTell();
        assertThat(contention.threadsRarelyStop())
                .withFailMessage("4 threads quoting %s. Something on the path of a quote makes them wait for each "
                        + "other. Find out where before changing anything; this check recorded a profile of them:%n"
                        + "    %s%n(then `hot-methods` instead of `contention-by-site` shows where the CPU went)",
                        contention, FlightRecording.viewCommand("contention-by-site", PROFILE))
                .isTrue();
    }

    @Test
    @Gate
    @DisplayName("no schedule of two threads quoting makes one wait for the other (Lincheck)")
    void noQuoteWaitsForAnother(TestReporter reporter) {
        ModelCheck.of(QuoteServiceModel.class).assertNonBlocking(reporter, "quote()",
                "The schedule's last steps name the line where the thread waited: that is the place to fix.");
    }

    @Test
    @DisplayName("a quote in a currency already fetched writes nothing the other quotes read (JOL)")
    void quotingWritesNothingShared(TestReporter reporter) {
        QuoteService service = new QuoteService(CATALOG, new ExchangeRates(RATES::get));
        for (int round = 0; round < 2; round++) {
            for (String currency : CURRENCIES) {
                service.quote("tea", 1, currency);
            }
        }
        List<String> written = WrittenMemory.writtenBy(service, () -> service.quote("tea", 1, "USD")).stream()
                .map(WrittenMemory.Word::field).distinct().toList();
        Figures.report(reporter, written.size() + " fields of the service's objects written by a quote", "none");
        assertThat(written)
                .withFailMessage("A quote in USD, fetched long before, wrote %s: state that every quoting thread reads "
                        + "and now writes, so each quote needs the others out of the way (a lock) and takes the cache "
                        + "line from them. A lookup that only reads needs neither: an access-ordered map moves its "
                        + "entry on every get.", written)
                .isEmpty();
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
