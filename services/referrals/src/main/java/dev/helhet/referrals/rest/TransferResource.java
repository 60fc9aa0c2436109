package dev.helhet.referrals.rest;

import dev.helhet.careaccess.InformationCategory;
import dev.helhet.common.http.Created;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.referrals.domain.Handover;
import dev.helhet.referrals.domain.NewTransfer;
import dev.helhet.referrals.domain.Transfer;
import dev.helhet.referrals.rest.ReferralDtos.HandoverInput;
import dev.helhet.referrals.rest.ReferralDtos.HandoverResponse;
import dev.helhet.referrals.service.TransferService;
import dev.helhet.referrals.service.TransferService.TransferView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Moving to another municipality: offered by the person's coordinator with her consent, answered by the receiving team lead. */
@Path("/api/v1/referrals/transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers", description = "Offering a person's follow-up, with their consent, to the municipality they move to, and answering"
        + " such offers there.")
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
public class TransferResource {

    private static final String PATH = "/api/v1/referrals/transfers/";

    private final TransferService transfers;
    private final CallerContext caller;

    public TransferResource(TransferService transfers, CallerContext caller) {
        this.transfers = transfers;
        this.caller = caller;
    }

    @Schema(name = "TransferInput")
    record TransferInput(
            @NotNull @Schema(description = "The person (her record here)", required = true) UUID participantId,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[a-zA-Z0-9-]+") @Schema(description = "The municipality she moves to", required = true,
                    example = "harstad") String toMunicipalityId,
            @Size(max = 7) @Schema(description = "What her consent lets it have (basic always)", example = "[\"basic\", \"plan\"]")
            List<@NotNull InformationCategory> categories,
            @NotNull @Pattern(regexp = "signed-form|verbal|digital") @Schema(description = "How she gave her consent to the transfer",
                    required = true, example = "signed-form") String consentRecordedHow,
            @Size(max = 2000) @Schema(description = "Words to the receiving municipality", example = "Flytter 1. mars; ønsker å fortsette i arbeidspraksis")
            String note,
            @Valid @Schema(description = "What the receiving municipality reads once it has accepted") HandoverInput handover) {

        NewTransfer toNew() {
            EnumSet<InformationCategory> shared = EnumSet.of(InformationCategory.BASIC);
            if (categories != null) {
                shared.addAll(categories);
            }
            return new NewTransfer(participantId, toMunicipalityId, shared, consentRecordedHow, note,
                    handover == null ? new Handover(null, null, List.of(), false, null, List.of(), List.of()) : handover.toHandover());
        }
    }

    @Schema(name = "TransferAnswerInput", description = "Words with an answer or a withdrawal")
    record AnswerInput(@Size(max = 2000) @Schema(description = "Why (required to decline)",
            example = "Personen er allerede registrert hos oss via NAV") String reason) {
    }

    @Schema(name = "Transfer", description = "A person's follow-up offered to the municipality she moves to")
    record TransferResponse(
            @Schema(description = "Id of the transfer", required = true) UUID id,
            @Schema(description = "The person's record in the sending municipality; absent for the receiving side") UUID participantId,
            @Schema(description = "The municipality she moves from", required = true) String fromMunicipalityId,
            @Schema(description = "The municipality she moves to", required = true) String toMunicipalityId,
            @Schema(uniqueItems = true, description = "What her consent lets the receiving municipality have", required = true) List<InformationCategory> categories,
            @Schema(description = "How she gave her consent", required = true) String consentRecordedHow,
            @Schema(description = "The sender's words") String note,
            @Schema(description = "offered, accepted, declined or withdrawn", required = true,
                    enumeration = {"offered", "accepted", "declined", "withdrawn"}) String status,
            @Schema(description = "When it was offered", required = true) Instant offeredAt,
            @Schema(description = "When it was answered or withdrawn") Instant answeredAt,
            @Schema(description = "Why it was declined") String declineReason,
            @Schema(description = "The side the caller is on: sender or receiver", required = true, enumeration = {"sender", "receiver"})
            String yourSide,
            @Schema(description = "The handover: to the sender, and to the receiver once accepted") HandoverResponse handover) {

        static TransferResponse of(TransferView view) {
            Transfer transfer = view.transfer();
            return new TransferResponse(transfer.id, view.sender() ? transfer.participantId : null, transfer.fromMunicipalityId,
                    transfer.toMunicipalityId, transfer.sharedCategories().stream().sorted().toList(), transfer.consentRecordedHow, transfer.note,
                    transfer.status.name().toLowerCase(Locale.ROOT), transfer.offeredAt, transfer.answeredAt, transfer.declineReason,
                    view.sender() ? "sender" : "receiver", HandoverResponse.of(view.handover()));
        }
    }

    @POST
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "offerTransfer",
            summary = "Offer a person's follow-up to the municipality she moves to", description = "By her coordinator, the deputy or a"
            + " team lead (403 `transfer-not-yours` otherwise), with her consent (how she gave it) and what it lets the receiving"
            + " municipality have; one open offer per person (409 `transfer-settled`).")
    @APIResponse(responseCode = "201", description = "Offered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<TransferResponse>> offer(@Valid @NotNull TransferInput input) {
        return transfers.offer(caller.inMunicipality(), input.toNew()).map(TransferResponse::of)
                .map(transfer -> Created.at(PATH + transfer.id(), transfer));
    }

    @GET
    @Operation(operationId = "listParticipantTransfers",
            summary = "A person's transfers from here", description = "404 for a person the caller may not see.")
    @APIResponse(responseCode = "200", description = "Newest first")
    public Uni<Page<TransferResponse>> ofPerson(@Parameter(description = "The person", required = true) @QueryParam("participantId") @NotNull UUID participantId, @Valid @BeanParam PageRequest paging) {
        return transfers.ofPerson(caller.inMunicipality(), participantId).map(found -> Page.of(found, paging).map(TransferResponse::of));
    }

    @GET
    @Path("/incoming")
    @RolesAllowed(Roles.TEAM_LEAD)
    @Operation(operationId = "listIncomingTransfers",
            summary = "Transfers to my municipality", description = "For its team leads: open offers, or answered ones too (`answered=true`).")
    @APIResponse(responseCode = "200", description = "One page of the newest 500, newest first")
    public Uni<Page<TransferResponse>> incoming(@Parameter(description = "Answered ones too") @QueryParam("answered") boolean answered, @Valid @BeanParam PageRequest paging) {
        return transfers.incoming(caller.inMunicipality(), answered, paging).map(found -> found.map(TransferResponse::of));
    }

    @GET
    @Path("/{transferId}")
    @Operation(operationId = "getTransfer",
            summary = "A transfer", description = "For the sending side (who may see the person) or the receiving team leads; 404 otherwise.")
    @APIResponse(responseCode = "200", description = "The transfer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferResponse.class)))
    public Uni<TransferResponse> get(@PathParam("transferId") UUID transferId) {
        return transfers.get(caller.inMunicipality(), transferId).map(TransferResponse::of);
    }

    @POST
    @Path("/{transferId}/accept")
    @RolesAllowed(Roles.TEAM_LEAD)
    @Operation(operationId = "acceptTransfer",
            summary = "Accept a person moving in", description = "By a team lead of the receiving municipality: participants makes her"
            + " record here from what her consent allows, and closes the old one as moved (read-only history there).")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferResponse.class)))
    public Uni<TransferResponse> accept(@PathParam("transferId") UUID transferId, @Valid AnswerInput words) {
        return transfers.accept(caller.inMunicipality(), transferId).map(TransferResponse::of);
    }

    @POST
    @Path("/{transferId}/decline")
    @RolesAllowed(Roles.TEAM_LEAD)
    @Operation(operationId = "declineTransfer",
            summary = "Decline a person moving in", description = "By a team lead of the receiving municipality, with a `reason`.")
    @APIResponse(responseCode = "200", description = "Declined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferResponse.class)))
    public Uni<TransferResponse> decline(@PathParam("transferId") UUID transferId, @Valid AnswerInput input) {
        return transfers.decline(caller.inMunicipality(), transferId, input == null ? null : input.reason()).map(TransferResponse::of);
    }

    @POST
    @Path("/{transferId}/withdraw")
    @Operation(operationId = "withdrawTransfer", summary = "Withdraw an open offer", description = "By the sending side, before an answer.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferResponse.class)))
    public Uni<TransferResponse> withdraw(@PathParam("transferId") UUID transferId, @Valid AnswerInput words) {
        return transfers.withdraw(caller.inMunicipality(), transferId).map(TransferResponse::of);
    }
}
