package course.decisions;

/**
 * Which tool for which job: eleven situations from real services, one constant each.
 *
 * <h2>TASK 05.8 - Which tool? (1 point)</h2>
 * Replace each {@code Tool.UNDECIDED} with the tool of the matrix that fits the situation best
 * (README, "The matrix"). Think about what the threads share, how often each side touches it,
 * and what must happen in one step. The check explains each choice it disagrees with, without
 * giving the answer away: read the explanation, think again.
 * <p>Graded by: {@code ./mvnw test -pl 05-decision-matrix}: every choice must fit.
 */
public final class ToolChoices {

    /** The rows of the matrix. */
    public enum Tool { UNDECIDED, MUTEX, POOL, CHANNEL, CONCURRENT_MAP, ATOMIC, SEQUENTIAL }

    private ToolChoices() {
    }

    /** Every request thread adds one to the number of requests served; a metrics scraper reads it once a minute. */
    public static final Tool REQUESTS_SERVED = Tool.UNDECIDED;

    /** Request threads look up a user's session by its id on every request; logins add sessions, logouts remove them. */
    public static final Tool SESSIONS = Tool.UNDECIDED;

    /** One thread parses an upload into records, another writes them to a slower database; the parser may run at most 500 records ahead. */
    public static final Tool PARSER_TO_WRITER = Tool.UNDECIDED;

    /** An account's balance and its list of transactions must always agree; a withdrawal changes both. */
    public static final Tool BALANCE_AND_HISTORY = Tool.UNDECIDED;

    /** Each request encodes its response into a 1 MiB direct ByteBuffer, allocated and dropped per request. */
    public static final Tool RESPONSE_BUFFERS = Tool.UNDECIDED;

    /** The checkout adds up the prices of the 5 to 30 lines of a cart, once per request. */
    public static final Tool CART_TOTAL = Tool.UNDECIDED;

    /** Maintenance mode: a switch read on every request, flipped by an operator a few times a year. */
    public static final Tool MAINTENANCE_SWITCH = Tool.UNDECIDED;

    /** A request thread starts a slow lookup on another thread and must wait for its result, at most 2 seconds. */
    public static final Tool LOOKUP_RESULT = Tool.UNDECIDED;

    /** Many threads count words: for each word they read, one more for that word in a shared table. */
    public static final Tool WORD_COUNTS = Tool.UNDECIDED;

    /** Every new order gets a unique number from a sequence; orders are created on many threads at once. */
    public static final Tool ORDER_NUMBERS = Tool.UNDECIDED;

    /** Opening a database connection takes 50 ms; each request needs one for a few milliseconds. */
    public static final Tool DATABASE_CONNECTIONS = Tool.UNDECIDED;
}
