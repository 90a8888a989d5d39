package org.emodisparity.infra;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each control check returns the violations it finds; a control passes with none. */
final class Violations {

    private Violations() {
    }

    static void assertNone(List<String> violations) {
        assertTrue(violations.isEmpty(), "violations: " + violations);
    }

    /** The mutated copy (control removed) must be reported: proves the check can fail. */
    static void assertCaught(List<String> violations) {
        assertFalse(violations.isEmpty(), "the check did not notice the removed control");
    }
}
