package course.mutex;

/**
 * Extracts the request path from one line of an access log. Parsing is slow compared with
 * counting: it scans, splits and normalizes the line.
 */
@FunctionalInterface
public interface LineParser {

    /** The normalized request path of {@code line}, such as {@code "/cart"}. */
    String pathOf(String line);

    /**
     * The parser used in production: takes the path from a line like
     * {@code 10.0.0.7 - - [28/Nov/2026:10:00:00 +0000] "GET /Cart/?item=42 HTTP/1.1" 200 512},
     * drops the query, lower-cases it and strips a trailing slash.
     */
    static LineParser standard() {
        return line -> {
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
            path = path.toLowerCase(java.util.Locale.ROOT);
            return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        };
    }
}
