package course.kit.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff in the unified format that {@code diff -u} and {@code git diff} print, so that
 * comparing one's file with the solution needs nothing but the JDK. It finds a longest common
 * subsequence of lines (quadratic, which is nothing for files of a few hundred lines) and
 * prints the changes with {@value #CONTEXT} lines of context around them.
 */
public final class UnifiedDiff {

    /** Unchanged lines shown before and after each change. */
    public static final int CONTEXT = 3;

    private record Op(char kind, String line, int oldIndex, int newIndex) {
    }

    private UnifiedDiff() {
    }

    /** The diff from {@code before} to {@code after}; empty when they are the same. */
    public static String diff(List<String> before, List<String> after, String beforeName, String afterName) {
        List<Op> ops = ops(before, after);
        if (ops.stream().allMatch(op -> op.kind() == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(beforeName).append('\n');
        out.append("+++ ").append(afterName).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while the next change is close enough to share context
            for (int j = i; j < ops.size(); j++) {
                if (ops.get(j).kind() != ' ') {
                    end = j;
                } else if (j - end > 2 * CONTEXT) {
                    break;
                }
            }
            int stop = Math.min(ops.size(), end + CONTEXT + 1);
            hunk(ops.subList(start, stop), out);
            i = stop;
        }
        return out.toString();
    }

    private static void hunk(List<Op> ops, StringBuilder out) {
        int oldCount = (int) ops.stream().filter(op -> op.kind() != '+').count();
        int newCount = (int) ops.stream().filter(op -> op.kind() != '-').count();
        Op first = ops.get(0);
        int oldStart = oldCount == 0 ? first.oldIndex() : first.oldIndex() + 1;
        int newStart = newCount == 0 ? first.newIndex() : first.newIndex() + 1;
        out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                .append(" @@\n");
        ops.forEach(op -> out.append(op.kind()).append(op.line()).append('\n'));
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    private static List<Op> ops(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', a.get(i), i++, j++));
            } else if (j == b.size() || (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new Op('-', a.get(i), i++, j));
            } else {
                ops.add(new Op('+', b.get(j), i, j++));
            }
        }
        return ops;
    }
}
