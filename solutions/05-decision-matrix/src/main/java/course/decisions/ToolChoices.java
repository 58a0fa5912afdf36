package course.decisions;

/**
 * Which tool for which job: eleven situations from real services, one constant each.
 */
public final class ToolChoices {

    /*
     * SOLUTION 05.8. The reasoning behind each answer is the question to ask of any design:
     * what do the threads share, how often does each side touch it, and what must happen in
     * one step?
     */

    /** The rows of the matrix. */
    public enum Tool { UNDECIDED, MUTEX, POOL, CHANNEL, CONCURRENT_MAP, ATOMIC, SEQUENTIAL }

    private ToolChoices() {
    }

    /** One number, written by every request, read rarely: a LongAdder (chapter 1.2). */
    public static final Tool REQUESTS_SERVED = Tool.ATOMIC;

    /** Many keys, read on every request, written at login and logout: a ConcurrentHashMap. */
    public static final Tool SESSIONS = Tool.CONCURRENT_MAP;

    /** One thread hands records to another, and the hand-over must hold the parser back: a bounded BlockingQueue (capacity 500). */
    public static final Tool PARSER_TO_WRITER = Tool.CHANNEL;

    /** Two pieces of state under one invariant: one lock around both changes and around reading them (05.5). */
    public static final Tool BALANCE_AND_HISTORY = Tool.MUTEX;

    /** A large direct buffer is costly to allocate and freed late; reuse it from a bounded pool (chapter 3.2). */
    public static final Tool RESPONSE_BUFFERS = Tool.POOL;

    /** Thirty additions: handing them to another thread costs more than doing them (05.6). */
    public static final Tool CART_TOTAL = Tool.SEQUENTIAL;

    /** One boolean, read constantly, written almost never: a volatile field (05.3). */
    public static final Tool MAINTENANCE_SWITCH = Tool.ATOMIC;

    /** A result handed from one thread to a waiting one, with a deadline: a CompletableFuture and get(2, SECONDS). */
    public static final Tool LOOKUP_RESULT = Tool.CHANNEL;

    /** Many keys, each updated by read-modify-write: ConcurrentHashMap.merge, or LongAdder values (05.1). */
    public static final Tool WORD_COUNTS = Tool.CONCURRENT_MAP;

    /** One number changed in one step, whose every value matters: AtomicLong.incrementAndGet. */
    public static final Tool ORDER_NUMBERS = Tool.ATOMIC;

    /** The textbook case for a pool: costly to create, used briefly, over and over (a connection pool). */
    public static final Tool DATABASE_CONNECTIONS = Tool.POOL;
}
