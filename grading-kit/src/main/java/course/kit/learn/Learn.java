package course.kit.learn;

import java.nio.file.Path;

/**
 * The entry point of the learner commands, run by the build without running any test:
 *
 * <pre>
 * ./mvnw -q -Pprogress                             every chapter's exercises, points, what next
 * ./mvnw -q -Phint [-Dexercise=01.2] [-Dstep=2]   an exercise's hints, one step at a time
 * ./mvnw -q -Pcompare -Dexercise=01.2              your file against the solution's
 * ./mvnw -q -Pwatch                                grade a chapter again each time a starter is saved
 * </pre>
 *
 * <p>Usage: {@code Learn <progress|hint|compare|watch> <course root> [exercise=ID] [step=N]}. It
 * always exits 0: a red exercise, or a mistyped id, is answered with a message, not a failed build.
 */
public final class Learn {

    private Learn() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.out.println("usage: Learn <progress|hint|compare|watch> <course root> [exercise=ID] [step=N]");
            return;
        }
        Course course = new Course(Path.of(args[1]).toAbsolutePath().normalize());
        String exercise = option(args, "exercise");
        String step = option(args, "step");
        String text = switch (args[0]) {
            case "progress" -> Progress.render(course);
            case "hint" -> Hints.render(course, exercise, step.matches("\\d+") ? Integer.parseInt(step) : 1);
            case "compare" -> Compare.render(course, exercise);
            case "watch" -> {
                Watch.run(course);
                yield "";
            }
            default -> "unknown command " + args[0] + ": progress, hint, compare or watch\n";
        };
        System.out.print(text);
        System.out.flush();
    }

    private static String option(String[] args, String name) {
        for (int i = 2; i < args.length; i++) {
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1).strip();
            }
        }
        return "";
    }
}
