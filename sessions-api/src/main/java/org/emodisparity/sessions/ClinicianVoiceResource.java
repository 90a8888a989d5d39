package org.emodisparity.sessions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own voice sample, kept once and given to every session they create afterwards, so that in a
 * two-person recording the other voice is known to be the client's. Only ever the caller's own: the token's subject
 * and clinic choose the key.
 */
@Path("/clinicians/me/voice")
@Tag(name = "clinicians")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.CLINICIAN, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ClinicianVoiceResource {
    private final ClinicianVoices voices;
    private final AuditTrail audit;
    private final CallerResolver callers;

    public ClinicianVoiceResource(ClinicianVoices voices, AuditTrail audit, CallerResolver callers) {
        this.voices = voices;
        this.audit = audit;
        this.callers = callers;
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Store (or replace) the caller's voice sample: some seconds of their voice alone; given to each session they create from now on")
    @APIResponse(responseCode = "204", description = "stored")
    @APIResponse(responseCode = "400", description = "not an accepted audio type, or empty")
    public Response put(@HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        Caller caller = callers.caller();
        String name = UploadTypes.clinicianVoiceFileName(contentType).orElseThrow(() -> new BadRequestException(
                "Content-Type must be one of " + UploadTypes.audioTypes()));
        try {
            voices.put(caller, name, body);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        audit.record(caller, AuditAction.STORED_VOICE_SAMPLE, null, "clinician-voice");
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "Whether the caller has a voice sample")
    @APIResponse(responseCode = "404", description = "no sample")
    public Map<String, String> get() throws IOException {
        String key = voices.sample(callers.caller()).orElseThrow(NotFoundException::new);
        return Map.of("file", key.substring(key.lastIndexOf('/') + 1));
    }

    @DELETE
    @Operation(summary = "Erase the caller's voice sample (sessions already created keep their copy until they are erased)")
    @APIResponse(responseCode = "204", description = "erased")
    @APIResponse(responseCode = "404", description = "no sample")
    public Response delete() throws IOException {
        Caller caller = callers.caller();
        int deleted = voices.delete(caller);
        if (deleted == 0) {
            throw new NotFoundException();
        }
        audit.recordDeletion(caller, AuditAction.DELETED_VOICE_SAMPLE, null, deleted);
        return Response.noContent().build();
    }
}
