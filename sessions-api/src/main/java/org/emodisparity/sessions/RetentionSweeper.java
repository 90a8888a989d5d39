package org.emodisparity.sessions;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageStatus;
import org.emodisparity.model.store.ObjectStore;
import org.jboss.logging.Logger;

/**
 * Deletes the uploads and intermediate work of every session whose report was written more than
 * {@code emodisparity.retention.phi-after-report} ago (default 7 days), keeping the report and the status, and
 * records each deletion in the audit trail. The report's time is the fusion stage's final status time. On AWS
 * the uploads and work buckets also carry lifecycle rules as a backstop.
 */
@ApplicationScoped
public class RetentionSweeper {
    private static final Logger LOG = Logger.getLogger(RetentionSweeper.class);

    private final ObjectStore store;
    private final SessionService sessions;
    private final AuditTrail audit;
    private final RetentionConfig config;
    private final Clock clock;

    public RetentionSweeper(ObjectStore store, SessionService sessions, AuditTrail audit, RetentionConfig config,
                            Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${emodisparity.retention.sweep-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() throws IOException {
        if (config.enabled()) {
            sweep();
        }
    }

    /** One pass over every clinic's reports; returns the sessions whose PHI was deleted. */
    public Set<SessionRef> sweep() throws IOException {
        Instant cutoff = clock.instant().minus(config.phiAfterReport());
        Set<SessionRef> swept = new LinkedHashSet<>();
        for (String key : store.list(ObjectKeys.REPORTS)) {
            Optional<SessionRef> session = reportSession(key);
            if (session.isEmpty() || swept.contains(session.get())) {
                continue;
            }
            Optional<Instant> reportedAt = sessions.status().read(session.get(), Stage.FUSION)
                    .filter(s -> s.state().isFinal()).map(StageStatus::updatedAt);
            if (reportedAt.isEmpty() || reportedAt.get().isAfter(cutoff)) {
                continue;
            }
            int deleted = sessions.erasePhi(session.get());
            if (deleted > 0) {
                audit.recordSystem(session.get().clinicId(), AuditAction.RETENTION_DELETED,
                        session.get().sessionId(), deleted);
                LOG.infof("retention: session %s: %d upload and work objects deleted", session.get(), deleted);
                swept.add(session.get());
            }
        }
        return swept;
    }

    /** {@code reports/{clinic}/{session}/report.json}; anything else under reports/ is ignored. */
    static Optional<SessionRef> reportSession(String key) {
        String[] parts = key.split("/", -1);
        if (parts.length != 4 || !(parts[0] + "/").equals(ObjectKeys.REPORTS) || !parts[3].equals("report.json")
                || !SessionRef.isSafeId(parts[1]) || !SessionRef.isSafeId(parts[2])) {
            return Optional.empty();
        }
        return Optional.of(new SessionRef(parts[1], parts[2]));
    }
}
