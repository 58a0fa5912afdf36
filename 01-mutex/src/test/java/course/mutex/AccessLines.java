package course.mutex;

import java.util.Locale;

/** Access-log lines for the tests of {@link AccessLog}, and the parser a real service would use. */
public final class AccessLines {

    private AccessLines() {
    }

    /** A log line for a GET of {@code path}, as a web server writes it. */
    public static String get(String path) {
        return "10.0.0.7 - - [28/Nov/2026:10:00:00 +0000] \"GET " + path + " HTTP/1.1\" 200 512";
    }

    /**
     * The normalized path of a line like
     * {@code 10.0.0.7 - - [28/Nov/2026:10:00:00 +0000] "GET /Cart/?item=42 HTTP/1.1" 200 512}:
     * the query dropped, lower-cased, without a trailing slash ({@code /cart}). Scanning,
     * splitting and copying make it slow compared with counting.
     */
    public static String pathOf(String line) {
        int start = line.indexOf('"');
        int end = line.indexOf('"', start + 1);
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("not an access log line: " + line);
        }
        String[] request = line.substring(start + 1, end).split(" ");
        String path = request.length > 1 ? request[1] : "/";
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        path = path.toLowerCase(Locale.ROOT);
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
