package dev.helhet.e2e.matrix;

import dev.helhet.e2e.GatewayApi;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import static dev.helhet.e2e.GatewayApi.api;
import static dev.helhet.e2e.GatewayApi.as;
import static org.awaitility.Awaitility.await;

/**
 * The people the authorization matrix asks about, built through the real gateway and services: one
 * with a team that includes a NAV adviser under consent, one whose consent was revoked (the adviser
 * is suspended), one nobody coordinates, and one in another municipality; plus organisations and
 * professionals of both municipalities. Who may see whom is stated here once, in {@link #sees}.
 */
public final class CareWorld {

    /** Amina Hassan's identity number in the demo realm; her own view needs her registered. */
    static final String AMINA_NATIONAL_ID = "15039410017";
    private static final Duration EVENTS = Duration.ofSeconds(30);

    final String onTeam;
    final String consentRevoked;
    final String uncoordinated;
    final String otherMunicipality;
    final String askerOrganisation;
    final String harstadOrganisation;
    final String askerProfessional;
    final String askerCoordinator;
    final String harstadProfessional;

    private CareWorld(String onTeam, String consentRevoked, String uncoordinated, String otherMunicipality, String askerOrganisation,
                      String harstadOrganisation, String askerProfessional, String askerCoordinator, String harstadProfessional) {
        this.onTeam = onTeam;
        this.consentRevoked = consentRevoked;
        this.uncoordinated = uncoordinated;
        this.otherMunicipality = otherMunicipality;
        this.askerOrganisation = askerOrganisation;
        this.harstadOrganisation = harstadOrganisation;
        this.askerProfessional = askerProfessional;
        this.askerCoordinator = askerCoordinator;
        this.harstadProfessional = harstadProfessional;
    }

    static CareWorld build() {
        String refugeeService = GatewayApi.organisation("asker.admin", "Flyktningtjenesten (matrix)", "refugee-service");
        String nav = GatewayApi.organisation("asker.admin", "NAV Asker (matrix)", "nav-office");
        String harstadOrganisation = GatewayApi.organisation("harstad.admin", "Flyktningtjenesten Harstad (matrix)", "refugee-service");
        String coordinator = GatewayApi.professional("asker.admin", "asker.coordinator", refugeeService);
        String adviser = GatewayApi.professional("asker.admin", "asker.professional", nav);
        String harstadProfessional = GatewayApi.professional("harstad.admin", "harstad.coordinator", harstadOrganisation);

        String onTeam = teamWithConsent("Matrix Person Med Team", coordinator, refugeeService, adviser, nav);
        String revoked = teamWithConsent("Matrix Person Uten Samtykke", coordinator, refugeeService, adviser, nav);
        String consent = as("asker.coordinator").queryParam("size", 200).when().get(api() + "/participants/" + revoked + "/consents")
                .then().statusCode(200).extract().path("items[0].id");
        as("asker.coordinator").body("{\"reason\": \"Trekker samtykket\"}")
                .when().post(api() + "/participants/" + revoked + "/consents/" + consent + "/revoke").then().statusCode(200);
        String uncoordinated = GatewayApi.partner().body("{\"name\": \"Matrix Person Uten Koordinator\"}")
                .when().post(api() + "/participants").then().statusCode(201).extract().path("id");
        String harstad = as("harstad.coordinator").body("{\"name\": \"Matrix Person Harstad\"}")
                .when().post(api() + "/participants").then().statusCode(201).extract().path("id");
        int amina = as("asker.coordinator").body("{\"name\": \"Amina Hassan\", \"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}}"
                .formatted(AMINA_NATIONAL_ID)).when().post(api() + "/participants").then().extract().statusCode();
        if (amina != 201 && amina != 409) {
            throw new IllegalStateException("Could not register Amina Hassan: " + amina);
        }

        String aminaId = as("asker.teamlead").body("{\"name\": \"Amina Hassan\", \"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}}"
                .formatted(AMINA_NATIONAL_ID)).when().post(api() + "/participants").then().statusCode(409).extract().path("existingParticipantId");
        // The services learn who is on which team from each other's events: wait until both walls stand, and until the
        // coordinators service knows every person the matrix names (an unknown person is a 404 there).
        await().atMost(EVENTS).untilAsserted(() -> {
            for (String known : java.util.List.of(uncoordinated, aminaId)) {
                as("asker.teamlead").when().get(api() + "/coordinators/participants/" + known + "/coordinator").then().statusCode(200);
            }
            as("asker.professional").when().get(api() + "/participants/" + onTeam).then().statusCode(200);
            as("asker.professional").when().get(api() + "/participants/" + revoked).then().statusCode(404);
            as("asker.professional").when().get(api() + "/coordinators/participants/" + revoked + "/team").then().statusCode(404);
            as("asker.coordinator").when().get(api() + "/participants/" + revoked).then().statusCode(200);
            // The agreements service decides from its own projections of the same events.
            as("asker.professional").when().get(api() + "/agreements/participants/" + onTeam + "/plan").then().statusCode(200);
            as("asker.professional").when().get(api() + "/agreements/participants/" + revoked + "/plan").then().statusCode(404);
            as("asker.coordinator").when().get(api() + "/agreements/participants/" + revoked + "/plan").then().statusCode(200);
            as("asker.teamlead").when().get(api() + "/agreements/participants/" + uncoordinated + "/plan").then().statusCode(200);
            as("harstad.coordinator").when().get(api() + "/agreements/participants/" + harstad + "/plan").then().statusCode(200);
        });
        return new CareWorld(onTeam, revoked, uncoordinated, harstad, nav, harstadOrganisation, adviser, coordinator, harstadProfessional);
    }

    private static String teamWithConsent(String name, String coordinator, String coordinatorOrganisation, String adviser, String nav) {
        String person = as("asker.coordinator").body("{\"name\": \"%s\"}".formatted(name))
                .when().post(api() + "/participants").then().statusCode(201).extract().path("id");
        String team = api() + "/coordinators/participants/" + person;
        await().atMost(EVENTS).until(() -> as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}"
                .formatted(coordinator, coordinatorOrganisation)).when().put(team + "/coordinator").statusCode() == 200);
        String consent = """
                {"receiver": {"type": "organisation", "organisationId": "%s"}, "categories": ["basic", "plan"],
                 "purpose": "Samarbeid om arbeid", "validTo": "%s", "recordedHow": "signed-form"}"""
                .formatted(nav, Instant.now().plus(180, ChronoUnit.DAYS));
        // Participants learns of the new organisation from its topic: until then the consent is refused (400) and nothing stored.
        await().atMost(EVENTS).until(() -> as("asker.coordinator").body(consent)
                .when().post(api() + "/participants/" + person + "/consents").statusCode() == 201);
        String member = "{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"NAV-veileder\"}".formatted(adviser, nav);
        await().atMost(EVENTS).until(() -> as("asker.coordinator").body(member).when().post(team + "/team/members").statusCode() == 200);
        return person;
    }

    /** The people of the world, by what makes them differ. */
    Map<String, String> people() {
        return Map.of("on the team, with consent", onTeam, "consent revoked", consentRevoked,
                "coordinated by nobody", uncoordinated, "of Harstad", otherMunicipality);
    }

    /** The users registered as professionals here; only they have a caseload and a {@code /professionals/me}. */
    boolean registeredProfessional(MatrixCaller caller) {
        return Set.of("asker.coordinator", "asker.professional", "harstad.coordinator").contains(caller.name());
    }

    /** Absences are kept by the professional themself, a team lead or the municipality's admin. */
    boolean managesAbsencesOf(MatrixCaller caller, String professionalId) {
        String owner = professionalId.equals(askerProfessional) ? "asker.professional"
                : professionalId.equals(harstadProfessional) ? "harstad.coordinator" : null;
        return caller.name().equals(owner) || caller.roles().contains("team-lead") || caller.roles().contains("municipality-admin");
    }

    /** Why a caller may see a person, as the product defines need-to-know; mirrors the services' CareRelation. */
    enum Relation {
        NONE, MUNICIPALITY_WIDE, TEAM_LEAD, COORDINATOR, TEAM_MEMBER, REGISTRANT,
        /** The municipality admin: registry acts on a person of their municipality (the identity number), no case content. */
        ADMINISTRATOR;

        /** Responsible for the person now: the coordinator, or (until there is one) who registered them. */
        boolean responsible() {
            return this == COORDINATOR || this == REGISTRANT;
        }
    }

    /**
     * Need-to-know: team leads see everyone in their municipality and so do partner systems; the
     * coordinator sees the people they coordinate; whoever registered a person sees them until a
     * coordinator is assigned; a professional from another organisation sees a person while on their
     * team under an active consent; nobody sees across municipalities.
     */
    Relation relation(MatrixCaller caller, String person) {
        String municipality = person.equals(otherMunicipality) ? "harstad" : "asker";
        if (!municipality.equals(caller.municipality())) {
            return Relation.NONE;
        }
        if (caller.roles().contains("team-lead")) {
            return Relation.TEAM_LEAD;
        }
        if (caller.roles().contains("municipality-admin")) {
            return Relation.ADMINISTRATOR;
        }
        if (caller.roles().contains("partner")) {
            return Relation.MUNICIPALITY_WIDE;
        }
        return switch (caller.name()) {
            case "asker.coordinator" -> Set.of(onTeam, consentRevoked).contains(person) ? Relation.COORDINATOR : Relation.NONE;
            case "asker.professional" -> person.equals(onTeam) ? Relation.TEAM_MEMBER : Relation.NONE;
            case "harstad.coordinator" -> Relation.REGISTRANT;
            default -> Relation.NONE;
        };
    }

    /**
     * Whether the operation lets the caller at the person: any relation opens the record, but the
     * export is for whoever is responsible, the access log also for the team lead, and revealing the
     * identity number is not for a team member (who sees only what consent opens to them). Who
     * registered a person is not on their team: the team and coordinator views stay closed to them
     * (docs/adr/0014-need-to-know-and-the-authorization-matrix.md).
     */
    boolean sees(MatrixCaller caller, String person, ApiOperation operation) {
        Relation relation = relation(caller, person);
        if (relation == Relation.NONE) {
            return false;
        }
        if (relation == Relation.ADMINISTRATOR) {
            // The admin's role reaches the identity number only (and the access-log search, which names no person in its path).
            return operation.path().endsWith("/national-id") && operation.method().equals("PUT");
        }
        if (operation.path().startsWith("/api/v1/coordinators/")) {
            // The coordinators service does not keep who registered a person: the registrant is not let in there.
            return relation != Relation.REGISTRANT;
        }
        if (operation.path().startsWith("/api/v1/agreements/")) {
            // Agreements learns the registrant from the registration event's actor (the care-access module's care_registration).
            return true;
        }
        if (operation.path().endsWith("/national-id") && operation.method().equals("PUT")) {
            return relation.responsible();
        }
        if (operation.path().endsWith("/export")) {
            return relation.responsible();
        }
        if (operation.path().endsWith("/access-log")) {
            return relation.responsible() || relation == Relation.TEAM_LEAD;
        }
        if (operation.path().endsWith("/national-id/reveal")) {
            return relation != Relation.TEAM_MEMBER;
        }
        return true;
    }
}
