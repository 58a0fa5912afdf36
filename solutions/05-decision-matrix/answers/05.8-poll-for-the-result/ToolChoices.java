package course.decisions;

public final class ToolChoices {

    public enum Tool { UNDECIDED, MUTEX, POOL, CHANNEL, CONCURRENT_MAP, ATOMIC, SEQUENTIAL }

    private ToolChoices() {
    }

    public static final Tool DATABASE_CONNECTIONS = Tool.POOL;
    public static final Tool ORDER_NUMBERS = Tool.ATOMIC;
    public static final Tool WORD_COUNTS = Tool.CONCURRENT_MAP;
    public static final Tool LOOKUP_RESULT = Tool.ATOMIC;
    public static final Tool MAINTENANCE_SWITCH = Tool.ATOMIC;
    public static final Tool CART_TOTAL = Tool.SEQUENTIAL;
    public static final Tool RESPONSE_BUFFERS = Tool.POOL;
    public static final Tool BALANCE_AND_HISTORY = Tool.MUTEX;
    public static final Tool PARSER_TO_WRITER = Tool.CHANNEL;
    public static final Tool SESSIONS = Tool.CONCURRENT_MAP;
    public static final Tool REQUESTS_SERVED = Tool.ATOMIC;
}
