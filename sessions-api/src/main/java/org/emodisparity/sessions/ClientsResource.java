package org.emodisparity.sessions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.course.ClientCourse;
import org.emodisparity.model.course.ClientSessions;
import org.emodisparity.model.course.CourseHtml;
import org.emodisparity.model.store.ObjectStore;
import org.jboss.logging.Logger;

/**
 * A client's course across sessions, by the clinic's pseudonymous {@code clientRef}. As for sessions, every request
 * acts in the clinic of its token: a reference unknown in that clinic, or known only in another clinic, is the same
 * 404. Every access is audited; erasing a client erases each of their sessions.
 */
@Path("/clients")
@Tag(name = "clients")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.CLINICIAN, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {
    private static final Logger LOG = Logger.getLogger(ClientsResource.class);

    private final ClientSessions clients;
    private final SessionService sessions;
    private final AuditTrail audit;
    private final CallerResolver callers;

    public ClientsResource(ObjectStore store, SessionService sessions, AuditTrail audit, CallerResolver callers) {
        this.clients = new ClientSessions(store);
        this.sessions = sessions;
        this.audit = audit;
        this.callers = callers;
    }

    @GET
    @Path("{ref}/trend")
    @Operation(summary = "The client's course over their reported sessions (JSON), relative to their own history")
    @APIResponse(responseCode = "404", description = "no reported session of this client in the caller's clinic")
    public ClientCourse trend(@PathParam("ref") String ref) throws IOException {
        return course(ref);
    }

    @GET
    @Path("{ref}/trend.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The client's course as a self-contained HTML page (inline SVG, no script)")
    @APIResponse(responseCode = "404", description = "no reported session of this client in the caller's clinic")
    public Response trendHtml(@PathParam("ref") String ref) throws IOException {
        return Response.ok(CourseHtml.render(course(ref)), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", SessionsResource.REPORT_CSP).header("X-Frame-Options", "DENY")
                .build();
    }

    private ClientCourse course(String ref) throws IOException {
        Caller caller = callers.caller();
        ClientCourse course = clients.course(caller.clinicId(), ref).orElseThrow(NotFoundException::new);
        audit.record(caller, AuditAction.VIEWED_TREND, null, "client/" + ref);
        return course;
    }

    /** Erasure of a client: every session linked to the reference, in every area. Admins only, like session erasure. */
    @DELETE
    @Path("{ref}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase every session of the client (right to erasure); admin role")
    @APIResponse(responseCode = "200", description = "erased: how many sessions and objects")
    @APIResponse(responseCode = "404", description = "no session of this client in the caller's clinic")
    public Api.ClientErased delete(@PathParam("ref") String ref) throws IOException {
        Caller caller = callers.caller();
        List<SessionRef> found = clients.sessions(caller.clinicId(), ref);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        int objects = 0;
        for (SessionRef s : found) {
            int deleted = sessions.erase(s);
            audit.recordDeletion(caller, AuditAction.DELETED, s.sessionId(), deleted);
            objects += deleted;
        }
        audit.recordDeletion(caller, AuditAction.DELETED_CLIENT, null, objects);
        LOG.infof("client %s/%s erased: %d sessions, %d objects", caller.clinicId(), ref, found.size(), objects);
        return new Api.ClientErased(ref, found.size(), objects);
    }
}
