package org.emodisparity.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of the audit trail: who did what to which session, when and from where. Ids only: no file names, no
 * transcript, no token. {@code object} names the artefact (e.g. {@code report.html}, {@code video}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(int schemaVersion, String id, Instant at, String actor, String clinicId, String role,
                         AuditAction action, String sessionId, String object, String sourceIp, Integer objectsDeleted) {
}
