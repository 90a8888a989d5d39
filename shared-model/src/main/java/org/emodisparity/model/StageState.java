package org.emodisparity.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life cycle of one stage of one session.
 *
 * <pre>
 * PENDING -> RUNNING -> SUCCEEDED | UNAVAILABLE | SKIPPED | FAILED
 * FAILED  -> RUNNING            (a retry)
 * RUNNING -> PENDING            (interrupted by the process shutting down; the attempt is kept)
 * </pre>
 * SUCCEEDED, UNAVAILABLE and SKIPPED are final: a redelivered event finds the stage done and does nothing.
 * UNAVAILABLE means the stage ran but had no model to run; SKIPPED means the media lacks what it needs
 * (no video for the face stage, no audio for speech).
 */
public enum StageState {
    PENDING, RUNNING, SUCCEEDED, UNAVAILABLE, SKIPPED, FAILED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == UNAVAILABLE || this == SKIPPED;
    }

    /** Final or failed: nothing more will happen without a new trigger. */
    public boolean isTerminal() {
        return isFinal() || this == FAILED;
    }

    public Set<StageState> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(RUNNING, SKIPPED, FAILED);
            case RUNNING -> EnumSet.of(PENDING, RUNNING, SUCCEEDED, UNAVAILABLE, SKIPPED, FAILED);
            case FAILED -> EnumSet.of(RUNNING);
            case SUCCEEDED, UNAVAILABLE, SKIPPED -> EnumSet.noneOf(StageState.class);
        };
    }

    public boolean canMoveTo(StageState target) {
        return next().contains(target);
    }
}
