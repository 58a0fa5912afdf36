package course.grader;

import course.kit.score.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a test class's results from the XML report that Maven's surefire plugin writes when the
 * class has finished ({@code target/surefire-reports/TEST-<class>.xml}). The report is read as
 * untrusted input: no DTDs, no external entities, a size limit.
 */
final class SurefireReports {

    /** What the kit throws when it could not run a harness at all: not a verdict on the code. */
    static final String HARNESS_FAILURE = "course.kit.HarnessFailure";

    /** A report larger than this is not read. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private SurefireReports() {
    }

    /**
     * One test method as the report gives it.
     *
     * @param name    the method, as in {@code countsOnOneThread}
     * @param verdict pass, fail, or inconclusive (a test aborted with {@code INCONCLUSIVE: ...})
     * @param message the failure or abort message; null on a pass
     * @param harnessFailed whether it failed with the kit's {@link #HARNESS_FAILURE}: the kit
     *                      could not run jcstress or JMH, so the check said nothing of the code
     */
    record TestCase(String name, Verdict verdict, String message, boolean harnessFailed) {

        /** A test case that did not fail for the harness. */
        TestCase(String name, Verdict verdict, String message) {
            this(name, verdict, message, false);
        }
    }

    /** The report of {@code testClass} under {@code reportsDir}, if surefire wrote one. */
    static Optional<List<TestCase>> read(Path reportsDir, String testClass) throws IOException {
        Path file = reportsDir.resolve("TEST-" + testClass + ".xml");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("the test report " + file.getFileName() + " is larger than "
                    + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        Document doc;
        try {
            doc = parser().parse(file.toFile());
        } catch (Exception e) {
            throw new IOException("the test report " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        List<TestCase> cases = new ArrayList<>();
        NodeList nodes = doc.getDocumentElement().getElementsByTagName("testcase");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element tc = (Element) nodes.item(i);
            cases.add(testCase(tc));
        }
        return Optional.of(List.copyOf(cases));
    }

    private static TestCase testCase(Element tc) {
        String name = tc.getAttribute("name");
        for (Node n = tc.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            String message = messageOf(e);
            switch (e.getTagName()) {
                case "failure", "error", "rerunFailure", "rerunError", "flakyFailure", "flakyError" -> {
                    String type = e.getAttribute("type");
                    boolean plain = type.isEmpty() || type.endsWith("AssertionError") || type.endsWith("AssertionFailedError");
                    String shown = message == null ? "(no message)" : message.strip();
                    return new TestCase(name, Verdict.FAIL, plain ? shown : simpleName(type) + ": " + shown,
                            type.equals(HARNESS_FAILURE));
                }
                case "skipped" -> {
                    if (message != null && message.startsWith("INCONCLUSIVE")) {
                        return new TestCase(name, Verdict.INCONCLUSIVE, message.strip());
                    }
                    return new TestCase(name, Verdict.FAIL,
                            "skipped" + (message == null ? "" : " (" + message.strip() + ")")
                                    + ": a check that does not run never passes");
                }
                default -> {
                }
            }
        }
        return new TestCase(name, Verdict.PASS, null);
    }

    /**
     * The element's message attribute or, when it has none (surefire writes aborted tests as
     * {@code <skipped type="...TestAbortedException">} with the stack trace as text), the
     * exception's message taken from that text.
     */
    private static String messageOf(Element e) {
        if (e.hasAttribute("message")) {
            return e.getAttribute("message");
        }
        String text = e.getTextContent();
        if (text == null || text.isBlank()) {
            return null;
        }
        String type = e.getAttribute("type");
        String body = text.strip();
        if (!type.isEmpty() && body.startsWith(type + ":")) {
            body = body.substring(type.length() + 1);
        }
        StringBuilder message = new StringBuilder();
        for (String line : body.lines().toList()) {
            if (line.strip().startsWith("at ") || line.strip().startsWith("...")) {
                break;
            }
            message.append(message.isEmpty() ? "" : "\n").append(line);
        }
        return message.toString().strip();
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder builder = f.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // the exception says it all; nothing on stderr
        return builder;
    }
}
