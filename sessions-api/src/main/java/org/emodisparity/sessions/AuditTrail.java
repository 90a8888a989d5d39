package org.emodisparity.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.store.ObjectStore;
import org.jboss.logging.Logger;

/**
 * The append-only audit trail: every event is its own object under
 * {@code audit/{clinic}/{yyyy}/{MM}/{dd}/{epochMillis}-{uuid}.json}, written with putIfAbsent, so no event can
 * replace another. On AWS the audit prefix lives in the reports bucket (Object Lock, no delete permission for the
 * functions) and CloudTrail data events record every object access besides.
 */
@ApplicationScoped
public class AuditTrail {
    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    /** The actor of events the system itself causes (retention). */
    public static final String SYSTEM = "system:retention";

    private final ObjectStore store;
    private final Clock clock;

    public AuditTrail(ObjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public AuditEvent record(Caller caller, AuditAction action, String sessionId, String object) {
        return write(caller.subject(), caller.clinicId(), caller.role(), action, sessionId, object, caller.sourceIp(), null);
    }

    public AuditEvent recordDeletion(Caller caller, AuditAction action, String sessionId, int objectsDeleted) {
        return write(caller.subject(), caller.clinicId(), caller.role(), action, sessionId, null, caller.sourceIp(),
                objectsDeleted);
    }

    public AuditEvent recordSystem(String clinicId, AuditAction action, String sessionId, int objectsDeleted) {
        return write(SYSTEM, clinicId, null, action, sessionId, null, null, objectsDeleted);
    }

    /** The events of a clinic, oldest first (keys sort by day, then by epoch millis). */
    public List<AuditEvent> events(String clinicId) throws IOException {
        List<AuditEvent> out = new ArrayList<>();
        for (String key : store.list(ObjectKeys.clinicPrefix(ObjectKeys.AUDIT, clinicId))) {
            store.get(key).ifPresent(b -> out.add(Contract.fromJson(b, AuditEvent.class)));
        }
        return out;
    }

    private AuditEvent write(String actor, String clinicId, String role, AuditAction action, String sessionId,
                             String object, String sourceIp, Integer objectsDeleted) {
        Instant at = clock.instant();
        String id = UUID.randomUUID().toString();
        AuditEvent event = new AuditEvent(1, id, at, actor, clinicId, role, action, sessionId, object, sourceIp,
                objectsDeleted);
        String key = ObjectKeys.auditEvent(clinicId, at, id);
        try {
            if (!store.putIfAbsent(key, Contract.toJson(event))) {
                throw new IllegalStateException("audit event " + key + " already exists");
            }
        } catch (IOException e) {
            // an action that cannot be audited must not happen: the caller's request fails
            throw new UncheckedIOException("cannot write the audit trail", e);
        }
        LOG.infof("audit %s clinic=%s session=%s", action, clinicId, sessionId == null ? "-" : sessionId);
        return event;
    }
}
