package org.emodisparity.sessions;

/**
 * Who is asking: the token's subject, its clinic (which decides every key the request may touch), its highest
 * role, and the source address for the audit trail.
 */
public record Caller(String subject, String clinicId, String role, String sourceIp) {
}
