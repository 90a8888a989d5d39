package org.emodisparity.sessions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emodisparity.model.SessionRef;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The sessions API. Every request acts in the clinic of its token; a session id that is unsafe, unknown or of
 * another clinic is the same 404, so nothing reveals whether another clinic's session exists.
 */
@Path("/sessions")
@Tag(name = "sessions")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.CLINICIAN, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {
    private static final Logger LOG = Logger.getLogger(SessionsResource.class);
    /** The report is self-contained (inline CSS and SVG, no script): nothing else may load or run. */
    static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

    private final SessionService sessions;
    private final AuditTrail audit;
    private final CallerResolver callers;
    private final ClinicianVoices voices;

    public SessionsResource(SessionService sessions, AuditTrail audit, CallerResolver callers, ClinicianVoices voices) {
        this.sessions = sessions;
        this.audit = audit;
        this.callers = callers;
        this.voices = voices;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a session; returns where to upload its video (and transcript)")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "media type not allowed")
    public Response create(Api.CreateSession body) throws IOException {
        Caller caller = callers.caller();
        if (body == null) {
            throw new BadRequestException("body required: {\"mediaType\": \"video/mp4\"}");
        }
        Api.CreatedSession created;
        try {
            created = sessions.create(caller, body);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        MDC.put("sessionId", created.sessionId());
        audit.record(caller, AuditAction.CREATED, created.sessionId(), null);
        // the creator's voice sample, if they keep one: the other voice of the recording is the client's
        if (voices.giveTo(caller, new SessionRef(caller.clinicId(), created.sessionId()))) {
            audit.record(caller, AuditAction.UPLOADED, created.sessionId(), "clinician-voice");
        }
        LOG.infof("session %s/%s created", caller.clinicId(), created.sessionId());
        return Response.status(Response.Status.CREATED).entity(created)
                .location(java.net.URI.create("/sessions/" + created.sessionId())).build();
    }

    @GET
    @Operation(summary = "The sessions of the caller's clinic")
    public List<Api.SessionSummary> list() throws IOException {
        Caller caller = callers.caller();
        List<Api.SessionSummary> all = sessions.list(caller.clinicId());
        audit.record(caller, AuditAction.LISTED, null, null);
        return all;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Status per stage, and whether the report is ready")
    @APIResponse(responseCode = "404", description = "no such session in the caller's clinic")
    public Api.SessionView get(@PathParam("id") String id) throws IOException {
        Caller caller = callers.caller();
        SessionRef session = existing(caller, id);
        Api.SessionView view = sessions.view(session).orElseThrow(NotFoundException::new);
        audit.record(caller, AuditAction.VIEWED_STATUS, session.sessionId(), null);
        return view;
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "The report as JSON")
    @APIResponse(responseCode = "404", description = "no such session, or no report yet")
    public Response reportJson(@PathParam("id") String id, @QueryParam("download") boolean download) throws IOException {
        return report(id, false, download);
    }

    @GET
    @Path("{id}/report.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The report as a self-contained HTML page")
    @APIResponse(responseCode = "404", description = "no such session, or no report yet")
    public Response reportHtml(@PathParam("id") String id, @QueryParam("download") boolean download) throws IOException {
        return report(id, true, download);
    }

    private Response report(String id, boolean html, boolean download) throws IOException {
        Caller caller = callers.caller();
        SessionRef session = existing(caller, id);
        byte[] body = sessions.report(session, html).orElseThrow(NotFoundException::new);
        String name = html ? "report.html" : "report.json";
        audit.record(caller, download ? AuditAction.DOWNLOADED_REPORT : AuditAction.VIEWED_REPORT, session.sessionId(), name);
        Response.ResponseBuilder response = Response.ok(body, html ? MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")
                : MediaType.APPLICATION_JSON_TYPE);
        if (html) {
            response.header("Content-Security-Policy", REPORT_CSP).header("X-Frame-Options", "DENY");
        }
        if (download) {
            response.header("Content-Disposition", "attachment; filename=\"" + session.sessionId() + "-" + name + "\"");
        }
        return response.build();
    }

    @PUT
    @Path("{id}/upload")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the video through the API (stores that cannot presign, e.g. the embedded mode)")
    @APIResponse(responseCode = "204", description = "stored")
    @APIResponse(responseCode = "409", description = "already uploaded (uploads are immutable)")
    public Response uploadVideo(@PathParam("id") String id, InputStream body) throws IOException {
        return upload(id, SessionService.UploadKind.VIDEO, body);
    }

    @PUT
    @Path("{id}/transcript")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the transcript through the API; upload it before the video")
    @APIResponse(responseCode = "204", description = "stored")
    @APIResponse(responseCode = "409", description = "already uploaded, or no transcript was declared at creation")
    public Response uploadTranscript(@PathParam("id") String id, InputStream body) throws IOException {
        return upload(id, SessionService.UploadKind.TRANSCRIPT, body);
    }

    @PUT
    @Path("{id}/participant/{role}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload one participant's own audio (role client or clinician) through the API; before the video")
    @APIResponse(responseCode = "204", description = "stored")
    @APIResponse(responseCode = "409", description = "already uploaded, or no such participant audio was declared at creation")
    public Response uploadParticipant(@PathParam("id") String id, @PathParam("role") String role, InputStream body)
            throws IOException {
        return upload(id, SessionService.UploadKind.PARTICIPANT, role, body);
    }

    private Response upload(String id, SessionService.UploadKind kind, InputStream body) throws IOException {
        return upload(id, kind, null, body);
    }

    private Response upload(String id, SessionService.UploadKind kind, String role, InputStream body)
            throws IOException {
        Caller caller = callers.caller();
        SessionRef session = existing(caller, id);
        return switch (sessions.upload(session, kind, role, body)) {
            case NO_SUCH_SESSION -> throw new NotFoundException();
            case NOT_DECLARED, ALREADY_UPLOADED -> Response.status(Response.Status.CONFLICT).build();
            case STORED -> {
                audit.record(caller, AuditAction.UPLOADED, session.sessionId(), switch (kind) {
                    case VIDEO -> "video";
                    case TRANSCRIPT -> "transcript";
                    case PARTICIPANT -> "participant-" + role;
                });
                yield Response.noContent().build();
            }
        };
    }

    /**
     * Erasure: removes every object of the session (uploads, work, status, reports). Admins only: it cannot be
     * undone, and a clinic decides who handles erasure requests; the audit trail keeps that it happened.
     */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase every artefact of the session (right to erasure); admin role")
    @APIResponse(responseCode = "204", description = "erased")
    public Response delete(@PathParam("id") String id) throws IOException {
        Caller caller = callers.caller();
        SessionRef session = existing(caller, id);
        int deleted = sessions.erase(session);
        audit.recordDeletion(caller, AuditAction.DELETED, session.sessionId(), deleted);
        LOG.infof("session %s erased: %d objects", session, deleted);
        return Response.noContent().build();
    }

    /** The caller's session with this id, or 404: unsafe ids never reach a key. */
    private SessionRef existing(Caller caller, String id) throws IOException {
        SessionRef session = SessionService.ref(caller.clinicId(), id).orElseThrow(NotFoundException::new);
        MDC.put("sessionId", session.sessionId());
        if (!sessions.exists(session)) {
            throw new NotFoundException();
        }
        return session;
    }
}
