package org.emodisparity.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Status of one stage of one session, stored at {@code status/{clinic}/{session}/{stage}.json}.
 * {@code reason}/{@code message} say why a stage failed, skipped or is unavailable; {@code progress} is in
 * [0, 1] while RUNNING and drives the progress bars of the CLI and the sessions API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StageStatus(int schemaVersion, String clinicId, String sessionId, Stage stage, StageState state,
                          double progress, ReasonCode reason, String message, int attempt, Instant updatedAt) {

    public static StageStatus pending(SessionRef s, Stage stage) {
        return new StageStatus(Contract.SCHEMA_VERSION, s.clinicId(), s.sessionId(), stage, StageState.PENDING, 0,
                null, null, 0, Instant.now());
    }

    public SessionRef session() {
        return new SessionRef(clinicId, sessionId);
    }

    /** The next status, checked against the allowed transitions; a retry from FAILED counts a new attempt. */
    public StageStatus moveTo(StageState target, double newProgress, ReasonCode newReason, String newMessage) {
        if (target != state || state != StageState.RUNNING) {
            if (!state.canMoveTo(target)) {
                throw new IllegalStateException(stage.id() + " of " + session() + ": cannot go from " + state
                        + " to " + target);
            }
        }
        int nextAttempt = (target == StageState.RUNNING && state != StageState.RUNNING) ? attempt + 1 : attempt;
        double p = target.isFinal() ? 1.0 : Math.max(0, Math.min(1, newProgress));
        return new StageStatus(Contract.SCHEMA_VERSION, clinicId, sessionId, stage, target, p, newReason, newMessage,
                nextAttempt, Instant.now());
    }

    /**
     * A stage found RUNNING by a new delivery: the process that ran it died (its message came back after the
     * visibility timeout). It starts over from the beginning as a new attempt.
     */
    public StageStatus restartedAfterInterruption() {
        if (state != StageState.RUNNING) {
            throw new IllegalStateException(stage.id() + " of " + session() + " is " + state + ", not interrupted");
        }
        return new StageStatus(Contract.SCHEMA_VERSION, clinicId, sessionId, stage, StageState.RUNNING, 0, null,
                "restarted after an interruption", attempt + 1, Instant.now());
    }
}
