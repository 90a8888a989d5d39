package org.emodisparity.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import org.emodisparity.fixtures.Dialogue;

/** Reading a report's speakers and timelines against a constructed dialogue's true turns (two-person tests). */
final class ReportSpeakers {
    private ReportSpeakers() {
    }

    /** The report's timeline of {@code stage} ("SPEECH", "TRANSCRIPT", …). */
    static JsonNode timeline(JsonNode report, String stage) {
        for (JsonNode t : report.path("timelines")) {
            if (t.path("stage").asText().equals(stage)) {
                return t;
            }
        }
        throw new AssertionError("no " + stage + " timeline");
    }

    /** Seconds of [start, end) pairs of {@code turns} inside the placed turns of {@code speaker} in {@code truth}. */
    static double overlapWithTruth(Dialogue.Built truth, JsonNode turns, String speaker) {
        double sum = 0;
        for (JsonNode t : turns) {
            for (Dialogue.Placed p : truth.placed()) {
                if (p.speaker().equals(speaker)) {
                    sum += Math.max(0, Math.min(p.end(), t.path("end").asDouble())
                            - Math.max(p.start(), t.path("start").asDouble()));
                }
            }
        }
        return sum;
    }

    /** Seconds the client and the others speak in a window, by the dialogue's placed turns. */
    record Talk(double client, double others) {
    }

    /** Who speaks how long in the report window {@code w} (its start and end) of {@code truth}. */
    static Talk talk(Dialogue.Built truth, String client, JsonNode w) {
        double start = w.path("start").asDouble();
        double end = w.path("end").asDouble();
        double clientSeconds = 0;
        double others = 0;
        for (Dialogue.Placed p : truth.placed()) {
            double o = Math.max(0, Math.min(p.end(), end) - Math.max(p.start(), start));
            if (p.speaker().equals(client)) {
                clientSeconds += o;
            } else {
                others += o;
            }
        }
        return new Talk(clientSeconds, others);
    }

    /** Seconds covered by {@code turns}. */
    static double total(JsonNode turns) {
        double sum = 0;
        for (JsonNode t : turns) {
            sum += t.path("end").asDouble() - t.path("start").asDouble();
        }
        return sum;
    }

    /** The speaker the report names as the client. */
    static JsonNode client(JsonNode report) {
        String id = report.path("speakers").path("clientId").asText();
        for (JsonNode s : report.path("speakers").path("speakers")) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no client in " + report.path("speakers"));
    }
}
