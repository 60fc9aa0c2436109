package dev.helhet.notifications.rest;

import dev.helhet.common.http.Created;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.notifications.service.Subscriptions;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import java.util.UUID;

/** A partner client's webhook subscriptions in its municipality, and the log of what was sent to each (ADR 0042). */
@Path("/api/v1/notifications/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Webhooks", description = "Signed webhooks for partner services: subscribe to event types your client may see, and follow"
        + " each delivery. A webhook carries ids only; read the content through the API with your own token (docs/partners.md).")
public class SubscriptionResource {

    private final Subscriptions subscriptions;
    private final PartnerClients partners;
    private final CallerContext caller;

    public SubscriptionResource(Subscriptions subscriptions, PartnerClients partners, CallerContext caller) {
        this.subscriptions = subscriptions;
        this.partners = partners;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe to webhooks",
            description = "Answers the signing secret this once. 403 `event-type-not-permitted` for an event type your client may not"
                    + " see; 400 `webhook-url-not-permitted` for a receiver that is not an https URL of a public host; 409"
                    + " `limit-reached` past 20 subscriptions per client and municipality.")
    @APIResponse(responseCode = "201", description = "Subscribed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionDtos.WithSecret.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<SubscriptionDtos.WithSecret>> subscribe(@Valid @NotNull SubscriptionDtos.Input input) {
        return subscriptions.subscribe(caller.municipalityId(), partners.current(), input.url(), input.eventTypes())
                .map(made -> Created.at("/api/v1/notifications/subscriptions/" + made.subscription().id, SubscriptionDtos.WithSecret.of(made)));
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "Your client's subscriptions", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The subscriptions")
    public Uni<Page<SubscriptionDtos.View>> list(@Valid @BeanParam PageRequest page) {
        return subscriptions.list(caller.municipalityId(), partners.current(), page).map(found -> found.map(SubscriptionDtos.View::of));
    }

    @GET
    @Path("/{subscriptionId}")
    @Operation(operationId = "getWebhookSubscription", summary = "One of your client's subscriptions")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionDtos.View.class)))
    public Uni<SubscriptionDtos.View> get(@PathParam("subscriptionId") UUID subscriptionId) {
        return subscriptions.get(caller.municipalityId(), partners.current(), subscriptionId).map(SubscriptionDtos.View::of);
    }

    @DELETE
    @Path("/{subscriptionId}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Unsubscribe",
            description = "Deliveries not yet sent are not sent; the delivery log goes with it.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    public Uni<Void> delete(@PathParam("subscriptionId") UUID subscriptionId) {
        return subscriptions.unsubscribe(caller.municipalityId(), partners.current(), subscriptionId);
    }

    @POST
    @Path("/{subscriptionId}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Get a new signing secret",
            description = "Answers the new secret this once. For the hours asked (24 at most) the old secret signs too (a second"
                    + " `v1=` in Helhet-Webhook-Signature), so your receiver can switch over without losing a webhook; 0 stops a"
                    + " leaked secret at once.")
    @APIResponse(responseCode = "200", description = "The new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionDtos.WithSecret.class)))
    public Uni<SubscriptionDtos.WithSecret> rotateSecret(@PathParam("subscriptionId") UUID subscriptionId,
                                                         @Valid @NotNull SubscriptionDtos.Rotation rotation) {
        return subscriptions.rotateSecret(caller.municipalityId(), partners.current(), subscriptionId,
                java.time.Duration.ofHours(rotation.previousSecretSignsForHours())).map(SubscriptionDtos.WithSecret::of);
    }

    @GET
    @Path("/{subscriptionId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The subscription's delivery log",
            description = "Newest first, kept 30 days: each delivery's status, attempts, last answer and next attempt.")
    @APIResponse(responseCode = "200", description = "The deliveries")
    public Uni<Page<SubscriptionDtos.DeliveryView>> deliveries(@PathParam("subscriptionId") UUID subscriptionId,
                                                               @Valid @BeanParam PageRequest page) {
        return subscriptions.deliveries(caller.municipalityId(), partners.current(), subscriptionId, page)
                .map(found -> found.map(SubscriptionDtos.DeliveryView::of));
    }
}
