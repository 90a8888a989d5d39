package org.emodisparity.sessions;

/** What an audit event records. */
public enum AuditAction {
    CREATED, UPLOADED, VIEWED_STATUS, VIEWED_REPORT, DOWNLOADED_REPORT, LISTED, DELETED, RETENTION_DELETED, VIEWED_TREND, DELETED_CLIENT
}
