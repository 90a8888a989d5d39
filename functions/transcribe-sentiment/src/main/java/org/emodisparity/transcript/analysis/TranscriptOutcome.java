package org.emodisparity.transcript.analysis;

import java.util.List;

/** A transcript, or why there is none; warnings say what was tried and failed on the way (e.g. a bad upload). */
public sealed interface TranscriptOutcome {

    List<String> warnings();

    record Available(Transcript transcript, List<String> warnings) implements TranscriptOutcome {
        public Available {
            warnings = List.copyOf(warnings);
        }
    }

    record Unavailable(String reason, List<String> warnings) implements TranscriptOutcome {
        public Unavailable {
            warnings = List.copyOf(warnings);
        }
    }
}
