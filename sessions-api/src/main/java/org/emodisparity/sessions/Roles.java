package org.emodisparity.sessions;

import java.util.Set;

/** The roles of a token's {@code groups} claim and the claim that names the token's clinic. */
public final class Roles {
    /** Creates, uploads, lists and reads the sessions of their clinic. */
    public static final String CLINICIAN = "clinician";
    /** Everything a clinician may do, plus erasure of a session. */
    public static final String ADMIN = "admin";
    public static final Set<String> ALL = Set.of(CLINICIAN, ADMIN);
    public static final String CLINIC_CLAIM = "clinic";

    private Roles() {
    }
}
