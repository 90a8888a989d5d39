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

    /** @param unreadable whether an uploaded transcript was there but could not be read (the reason says why) */
    record Unavailable(String reason, List<String> warnings, boolean unreadable) implements TranscriptOutcome {
        public Unavailable {
            warnings = List.copyOf(warnings);
        }

        public Unavailable(String reason, List<String> warnings) {
            this(reason, warnings, false);
        }
    }
}
