package course.grader;

import course.kit.learn.Chapter;
import course.kit.learn.Course;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A chapter as the pristine course declares it, read once before grading: where it is (the
 * kit's {@link Chapter}, found by the kit's {@link Course} as the learner commands find it),
 * the packages of its starter, the only places a student's files are taken from, and its
 * exercises, read from the {@code @Exercise} annotations of its test sources.
 *
 * @param chapter   the chapter on disk
 * @param packages  its starter's package folders under {@code src/main/java}, as in {@code course/mutex}
 * @param exercises its exercises, ordered by id
 */
record ChapterSpec(Chapter chapter, List<String> packages, List<ExerciseSpec> exercises) {

    /** Reads the starter packages and the exercises of {@code chapter}. */
    static ChapterSpec of(Chapter chapter) {
        return new ChapterSpec(chapter, chapter.starterPackages(),
                ExerciseScanner.scan(chapter.dir().resolve("src/test/java")));
    }

    /**
     * The pristine course at {@code root}, checked to be one: the repository the grader runs
     * from, with the {@code pom.xml} and {@code mvnw} every chapter is built with.
     *
     * @throws IllegalArgumentException when {@code root} is not a course
     */
    static Course course(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs.resolve("pom.xml")) || !Files.isRegularFile(abs.resolve("mvnw"))) {
            throw new IllegalArgumentException(abs + " is not the course: no pom.xml and mvnw there");
        }
        return new Course(abs);
    }

    /**
     * The chapters {@code names} asks for, each by its name ({@code 01-mutex}) or number
     * ({@code 01}), in the order given; every chapter of the course when {@code names} is empty.
     *
     * @throws IllegalArgumentException for a name that is no chapter of the course
     */
    static List<ChapterSpec> select(Course course, List<String> names) {
        if (names.isEmpty()) {
            return course.chapters().stream().map(ChapterSpec::of).toList();
        }
        return names.stream().map(name -> {
            Optional<Chapter> found = name.matches("\\d\\d") ? course.chapter(name)
                    : course.chapters().stream().filter(c -> c.name().equals(name)).findFirst();
            return found.map(ChapterSpec::of).orElseThrow(() -> new IllegalArgumentException(
                    "no chapter " + name + " in the course (--chapters takes names such as 01-mutex, or numbers "
                            + "such as 01); it has " + course.chapterNames()));
        }).toList();
    }

    /** The chapter's folder and Maven module, as in {@code 01-mutex}. */
    String name() {
        return chapter.name();
    }

    /** Points available in the chapter. */
    int points() {
        return exercises.stream().mapToInt(ExerciseSpec::points).sum();
    }
}
