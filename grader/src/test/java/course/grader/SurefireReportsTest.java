package course.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.kit.score.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Test results are read from surefire's XML reports")
class SurefireReportsTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("passes, assertion failures, errors, inconclusive aborts (message as attribute or as text) and plain skips each get their verdict")
    void readsEachKindOfResult() throws IOException {
        Files.writeString(dir.resolve("TEST-p.ATest.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="p.ATest" tests="5">
                  <testcase name="passes" classname="A"/>
                  <testcase name="asserts" classname="A"><failure message="lost 3 of 10" type="java.lang.AssertionError">trace</failure></testcase>
                  <testcase name="throws" classname="A"><error message="boom" type="java.lang.OutOfMemoryError">trace</error></testcase>
                  <testcase name="measures" classname="A"><skipped message="INCONCLUSIVE: no parallelism"/></testcase>
                  <testcase name="disabled" classname="A"><skipped message="off"/></testcase>
                  <testcase name="gate" classname="A"><skipped type="org.opentest4j.TestAbortedException"><![CDATA[org.opentest4j.TestAbortedException: INCONCLUSIVE: 1.02 CPUs
                  of 2
                	at course.kit.jmh.TimingGate.run(TimingGate.java:90)
                ]]></skipped></testcase>
                </testsuite>
                """);
        List<SurefireReports.TestCase> cases = SurefireReports.read(dir, "p.ATest").orElseThrow();
        assertThat(cases).containsExactly(
                new SurefireReports.TestCase("passes", Verdict.PASS, null),
                new SurefireReports.TestCase("asserts", Verdict.FAIL, "lost 3 of 10"),
                new SurefireReports.TestCase("throws", Verdict.FAIL, "OutOfMemoryError: boom"),
                new SurefireReports.TestCase("measures", Verdict.INCONCLUSIVE, "INCONCLUSIVE: no parallelism"),
                new SurefireReports.TestCase("disabled", Verdict.FAIL, "skipped (off): a check that does not run never passes"),
                new SurefireReports.TestCase("gate", Verdict.INCONCLUSIVE, "INCONCLUSIVE: 1.02 CPUs\n  of 2"));
    }

    @Test
    @DisplayName("only the kit's own exception type marks a harness failure, not a message that says so")
    void harnessFailureByType() throws IOException {
        Files.writeString(dir.resolve("TEST-p.BTest.xml"), """
                <testsuite name="p.BTest" tests="2">
                  <testcase name="kit" classname="B"><error message="jcstress failed to run; see log" type="course.kit.HarnessFailure">trace</error></testcase>
                  <testcase name="student" classname="B"><error message="jcstress failed to run; see log" type="java.lang.IllegalStateException">trace</error></testcase>
                </testsuite>
                """);
        List<SurefireReports.TestCase> cases = SurefireReports.read(dir, "p.BTest").orElseThrow();
        assertThat(cases).extracting(SurefireReports.TestCase::harnessFailed).containsExactly(true, false);
    }

    @Test
    @DisplayName("a missing report is no result, not a pass")
    void missingReportIsEmpty() throws IOException {
        assertThat(SurefireReports.read(dir, "p.Missing")).isEmpty();
    }

    @Test
    @DisplayName("a report with a DOCTYPE (external entities) is refused")
    void refusesDoctype() throws IOException {
        Files.writeString(dir.resolve("TEST-p.Evil.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <testsuite><testcase name="&x;"/></testsuite>
                """);
        assertThatThrownBy(() -> SurefireReports.read(dir, "p.Evil")).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot be read");
    }
}
