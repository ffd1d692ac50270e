package org.enforcementledger.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The difference the copy check compares, and how it reports a drift. */
class LineDiffTest {

    @Test
    void theSameLinesHaveNoDifference() {
        assertEquals("", LineDiff.hunks(List.of("a", "b"), List.of("a", "b")));
    }

    @Test
    void eachRunOfDifferentLinesIsOneHunkWithoutLineNumbersOrContext() {
        assertEquals("@@\n-b\n+B\n+B2\n@@\n-d\n",
                LineDiff.hunks(List.of("a", "b", "c", "d"), List.of("a", "B", "B2", "c")));
    }

    @Test
    void aLineAddedAboveBothCopiesLeavesTheirDifferenceAsItWas() {
        assertEquals(LineDiff.hunks(List.of("a", "x"), List.of("a", "y")),
                LineDiff.hunks(List.of("new", "a", "x"), List.of("new", "a", "y")));
    }

    @Test
    void packageNamesAreMadeAlikeAndImportsComparedAsASet() {
        assertEquals(List.of("package org.enforcementledger.<service>.support;", "",
                "import org.enforcementledger.<service>.support.Auth;", "import org.enforcementledger.localstack.X;"),
                CopiedInfrastructureTest.normalise(List.of("package org.enforcementledger.personnel.support;", "",
                        "import org.enforcementledger.localstack.X;",
                        "import org.enforcementledger.personnel.support.Auth;")));
    }

    @Test
    void aDriftIsReportedWithWhatIsListedAndWhatWasFound() {
        String report = CopiedInfrastructureTest.report(
                Map.of("main/outbox/EventPublisher.java", "@@\n-a\n+b\n"),
                Map.of("main/outbox/EventPublisher.java", "@@\n-a\n+b\n", "main/time/ClockProducer.java",
                        "@@\n-    return Clock.system(zone);\n+    return Clock.systemUTC();\n"));
        assertEquals("""
                === main/time/ClockProducer.java
                  listed as intended:
                    (no difference)
                  found:
                    @@
                    -    return Clock.system(zone);
                    +    return Clock.systemUTC();

                """, report);
    }
}
