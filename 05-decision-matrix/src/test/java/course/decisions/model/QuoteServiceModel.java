package course.decisions.model;

import course.decisions.ExchangeRates;
import course.decisions.QuoteService;
import java.math.BigDecimal;
import java.util.Map;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * Two request threads quoting through one {@link QuoteService}, for Lincheck's model checker,
 * once both currencies have been fetched: what is left on the path of a quote is the steady
 * state, in which no thread has any reason to wait for another. Checked for obstruction-freedom:
 * while one thread is paused anywhere inside a quote, the other must still finish its own.
 */
public class QuoteServiceModel {

    private static final Map<String, BigDecimal> RATES = Map.of("USD", new BigDecimal("1.0842"), "GBP", new BigDecimal("0.8571"));

    private final QuoteService service = new QuoteService(Map.of("tea", 1_005L, "mint", 7L), new ExchangeRates(RATES::get));

    public QuoteServiceModel() {
        service.quote("tea", 1, "USD");
        service.quote("tea", 1, "GBP");
    }

    @Operation
    public String quoteInDollars() {
        return service.quote("tea", 2, "USD");
    }

    @Operation
    public String quoteInPounds() {
        return service.quote("mint", 3, "GBP");
    }
}
