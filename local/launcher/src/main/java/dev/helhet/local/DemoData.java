package dev.helhet.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A few people for `make run`, registered through the public API as the demo coordinators, so the
 * platform is never empty on first look. Idempotent: each has an identity number (generated, valid,
 * no real person's), and a number already registered answers 409, so nothing is added twice.
 */
final class DemoData {

    /** The demo person's number: the attribute pid of amina.hassan in local/keycloak/helhet-realm.json. */
    private static final String AMINA_PID = "15039410017";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StackProfile profile;
    private final String api;

    private DemoData(StackProfile profile) {
        this.profile = profile;
        this.api = "http://localhost:" + profile.gatewayPort() + "/api/v1";
    }

    static void seed(StackProfile profile) {
        try {
            new DemoData(profile).seed();
        } catch (IOException | RuntimeException e) {
            Console.error("demo data not loaded: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void seed() throws IOException, InterruptedException {
        String asker = token("asker.coordinator");
        String askerAdmin = token("asker.admin");
        String amina = register(asker, """
                {"name": "Amina Hassan", "preferredLanguages": ["so", "nb"], "interpreterNeeded": true, "interpreterLanguage": "so",
                 "contact": {"phone": "+47 912 34 567", "email": "amina.hassan@helhet.example"}, "dateOfBirth": "1994-03-15",
                 "whatMattersToMe": "Å få jobb som helsefagarbeider, og at barna trives på skolen.",
                 "nationalId": {"country": "NO", "number": "%s"}}""".formatted(AMINA_PID));
        if (amina == null) {
            Console.info("demo data present already");
            return;
        }
        String refugeeService = create(askerAdmin, "/coordinators/organisations", """
                {"name": "Flyktningtjenesten Asker", "type": "refugee-service", "phone": "+47 66 90 00 00",
                 "servicesOffered": "Bosetting, introduksjonsprogram og oppfølging av nyankomne flyktninger"}""");
        String nav = create(askerAdmin, "/coordinators/organisations", """
                {"name": "NAV Asker", "type": "nav-office", "phone": "+47 55 55 33 33",
                 "servicesOffered": "Arbeidsrettet oppfølging, økonomisk sosialhjelp, kvalifiseringsprogram"}""");
        String adultEducation = create(askerAdmin, "/coordinators/organisations", """
                {"name": "Asker voksenopplæring", "type": "adult-education", "servicesOffered": "Norskopplæring og grunnskole for voksne"}""");
        Directory services = directory(askerAdmin, nav, adultEducation);
        // The demo partner is Asker voksenopplæring's own system: referrals to it become its webhooks.
        new DemoPartnerOrganisation(profile).registerFor(adultEducation);
        String coordinator = professional(askerAdmin, "asker.coordinator", "Aisha Koordinator", "programrådgiver", refugeeService);
        String adviser = professional(askerAdmin, "asker.professional", "Per Veileder", "NAV-veileder", nav);
        professional(askerAdmin, "asker.teamlead", "Tone Teamleder", "teamleder", refugeeService);
        String harstadAdmin = token("harstad.admin");
        String harstadService = create(harstadAdmin, "/coordinators/organisations",
                "{\"name\": \"Integreringsenheten Harstad\", \"type\": \"refugee-service\"}");
        professional(harstadAdmin, "harstad.coordinator", "Hanne Koordinator", "programrådgiver", harstadService);
        harstadDirectory(harstadAdmin, harstadService);
        {
            post(asker, "/participants/" + amina + "/programmes",
                    "{\"programme\": \"introduction-programme\", \"startDate\": \"2026-02-02\", \"plannedEndDate\": \"2028-02-01\","
                            + " \"settlementDate\": \"2026-01-12\"}");
            String mother = create(asker, "/participants/" + amina + "/network",
                    "{\"name\": \"Hodan Hassan\", \"relation\": \"mor\", \"joinsFollowUpMeetings\": true}");
            // Participants learns from the coordinators' events who the coordinator works for; until then it refuses to record.
            postOnceKnown(asker, "/participants/" + amina + "/consents", """
                    {"receiver": {"type": "team"}, "categories": ["basic", "plan", "education"],
                     "purpose": "Samarbeid om introduksjonsprogram, norskopplæring og arbeid", "validTo": "%s",
                     "recordedHow": "signed-form"}""".formatted(Instant.now().plus(365, ChronoUnit.DAYS)));
            String teamLead = token("asker.teamlead");
            awaitKnownToCoordinators(teamLead, amina);
            put(teamLead, "/coordinators/participants/" + amina + "/coordinator",
                    "{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"note\": \"Ønsker oppfølging på somali.\"}"
                            .formatted(coordinator, refugeeService));
            post(asker, "/coordinators/participants/" + amina + "/team/members",
                    "{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"NAV-veileder\"}".formatted(adviser, nav));
            plan(asker, amina, coordinator, adviser, mother);
            referrals(asker, token("asker.professional"), amina, services, refugeeService, nav);
        }
        String yonas = register(asker, "{\"name\": \"Yonas Tesfaye\", \"preferredLanguages\": [\"ti\", \"nb\"], \"dateOfBirth\": \"2005-09-01\","
                + " \"whatMattersToMe\": \"Fullføre videregående og spille fotball.\","
                + " \"nationalId\": {\"country\": \"NO\", \"number\": \"01090550078\"}}");
        if (yonas != null) {
            post(asker, "/participants/" + yonas + "/programmes", "{\"programme\": \"youth-follow-up\", \"startDate\": \"2026-08-17\"}");
        }
        register(token("harstad.coordinator"), "{\"name\": \"Sara Nilsen\", \"preferredLanguages\": [\"nb\"],"
                + " \"nationalId\": {\"country\": \"NO\", \"number\": \"12118820086\"}}");
        history("asker.coordinator", 0.50, 0.70);
        history("harstad.coordinator", 0.48, 0.60);
        Console.info("demo data ready");
    }

    /** How many people of each demo municipality ended the introduction programme over the last two years. */
    private static final int LEAVERS = 120;
    private static final String[] FIRST_NAMES = {"Abdi", "Amal", "Dawit", "Fatima", "Hamid", "Helen", "Idris", "Leila", "Mahmoud", "Marta",
        "Nour", "Omar", "Rahel", "Samir", "Selam", "Tesfay", "Yasmin", "Zainab", "Ali", "Bilan"};
    private static final String[] SURNAMES = {"Ahmed", "Haile", "Hussein", "Ibrahim", "Jama", "Kahsay", "Mohamed", "Osman", "Tekle", "Yusuf"};

    /**
     * Two years of people leaving the introduction programme, through the participants API as a coordinator would record
     * them (registered, enrolled, ended with a reason), so the statistics dashboard has a trend to show: the share in work
     * or education rising from {@code firstShare} to {@code lastShare}. Fixed seed: the same history every run.
     */
    private void history(String coordinatorUser, double firstShare, double lastShare) throws IOException, InterruptedException {
        String coordinator = token(coordinatorUser);
        java.util.Random random = new java.util.Random(coordinatorUser.hashCode());
        java.time.LocalDate today = java.time.LocalDate.now();
        for (int leaver = 0; leaver < LEAVERS; leaver++) {
            if (leaver % 40 == 39) {
                coordinator = token(coordinatorUser); // hundreds of requests: a fresh token before the last one expires
            }
            double progress = leaver / (double) LEAVERS;
            java.time.LocalDate ended = today.minusMonths(23).withDayOfMonth(1).plusDays((long) (progress * 700) + random.nextInt(20));
            if (ended.isAfter(today)) {
                ended = today;
            }
            java.time.LocalDate started = ended.minusMonths(24 + random.nextInt(6));
            String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
            String person = create(coordinator, "/participants", "{\"name\": \"%s\", \"dateOfBirth\": \"%s\"}"
                    .formatted(name, started.minusYears(19 + random.nextInt(30)).minusDays(random.nextInt(365))));
            String enrolment = create(coordinator, "/participants/" + person + "/programmes", ("{\"programme\": \"introduction-programme\","
                    + " \"startDate\": \"%s\", \"plannedEndDate\": \"%s\", \"settlementDate\": \"%s\"}")
                    .formatted(started, started.plusYears(2), started.minusMonths(1)));
            post(coordinator, "/participants/" + person + "/programmes/" + enrolment + "/end",
                    "{\"endDate\": \"%s\", \"reason\": \"%s\"}".formatted(ended, reason(random, firstShare + (lastShare - firstShare) * progress)));
            // Their follow-up ended with the programme: closed, so they are in nobody's queue or caseload today.
            post(coordinator, "/participants/" + person + "/close", "{\"reason\": \"Introduksjonsprogrammet er avsluttet\"}");
        }
    }

    /** An end reason: work or education with the given chance, else one of the others. */
    private static String reason(java.util.Random random, double workOrEducation) {
        if (random.nextDouble() < workOrEducation) {
            String[] good = {"work", "work", "work", "education", "work-and-education"};
            return good[random.nextInt(good.length)];
        }
        String[] other = {"other-programme", "health", "parental-leave", "moved", "other"};
        return other[random.nextInt(other.length)];
    }

    /** The ids of Asker's demo directory entries. */
    private record Directory(String workTraining, String jobClub, String debtAdvice, String qualification, String norwegian) {
    }

    /** Asker's directory; the referrals service learns the providers from the registry's topic first (400 until then). */
    private Directory directory(String admin, String nav, String adultEducation) throws IOException, InterruptedException {
        String workTraining = createOnceKnown(admin, "/referrals/services", """
                {"organisationId": "%s", "name": "Arbeidstrening med veileder", "description": "Arbeidstrening i en virksomhet i Asker, med oppfølging fra NAV",
                 "eligibility": "Deltakere i introduksjonsprogram eller kvalifiseringsprogram", "languages": ["nb", "en"],
                 "lifeAreas": ["work"], "waitingDays": 21, "phone": "+47 55 55 33 33", "openingHours": "Man–fre 09–15",
                 "servedMunicipalityIds": ["asker"]}""".formatted(nav));
        String jobClub = createOnceKnown(admin, "/referrals/services", """
                {"organisationId": "%s", "name": "Jobbklubb", "description": "Søknader, CV og intervjutrening i gruppe, to ganger i uka",
                 "languages": ["nb", "en", "ar"], "lifeAreas": ["work"], "waitingDays": 7, "servedMunicipalityIds": ["asker"]}""".formatted(nav));
        String debtAdvice = createOnceKnown(admin, "/referrals/services", """
                {"organisationId": "%s", "name": "Økonomi- og gjeldsrådgivning", "description": "Budsjett, gjeld og avtaler med kreditorer",
                 "languages": ["nb"], "lifeAreas": ["economy"], "waitingDays": 28, "servedMunicipalityIds": ["asker"]}""".formatted(nav));
        String qualification = createOnceKnown(admin, "/referrals/services", """
                {"organisationId": "%s", "name": "Kvalifiseringsprogrammet", "description": "Helårig program mot arbeid, med kvalifiseringsstønad",
                 "eligibility": "18–67 år med vesentlig nedsatt arbeidsevne", "languages": ["nb"], "lifeAreas": ["work", "economy"],
                 "waitingDays": 45, "servedMunicipalityIds": ["asker"]}""".formatted(nav));
        String norwegian = createOnceKnown(admin, "/referrals/services", """
                {"organisationId": "%s", "name": "Norsk B1 – kveldskurs", "description": "Norskopplæring fram mot norskprøven B1, to kvelder i uka",
                 "eligibility": "Voksne med rett eller plikt til opplæring i norsk", "languages": ["nb"], "lifeAreas": ["language", "education"],
                 "waitingDays": 30, "openingHours": "Tir og tor 17–20", "servedMunicipalityIds": ["asker"]}""".formatted(adultEducation));
        return new Directory(workTraining, jobClub, debtAdvice, qualification, norwegian);
    }

    /** Harstad's directory: the integration unit's own services. */
    private void harstadDirectory(String admin, String integration) throws IOException, InterruptedException {
        createOnceKnown(admin, "/referrals/services", """
                {"organisationId": "%s", "name": "Språkpraksis med mentor", "description": "Ukentlig språkpraksis med en frivillig mentor i Harstad",
                 "languages": ["nb", "en"], "lifeAreas": ["language", "network"], "waitingDays": 14, "servedMunicipalityIds": ["harstad"]}"""
                .formatted(integration));
        createOnceKnown(admin, "/referrals/services", """
                {"organisationId": "%s", "name": "Boligveiledning for nyankomne", "description": "Hjelp til å finne og beholde en bolig",
                 "languages": ["nb", "ti", "ar"], "lifeAreas": ["housing"], "waitingDays": 10, "servedMunicipalityIds": ["harstad"]}"""
                .formatted(integration));
    }

    /**
     * Amina's referrals, one in each state: sent by her coordinator to NAV's and the adult education centre's services under
     * her consent to NAV; answered, carried out and reported on by the NAV adviser (asker.professional). A draft to the adult
     * education centre stays a draft, and one is withdrawn.
     */
    private void referrals(String coordinator, String adviser, String amina, Directory services, String refugeeService, String nav)
            throws IOException, InterruptedException {
        postOnceKnown(coordinator, "/participants/" + amina + "/consents", """
                {"receiver": {"type": "organisation", "organisationId": "%s"}, "categories": ["basic", "plan", "education", "economy"],
                 "purpose": "Henvisninger til NAVs tjenester", "validTo": "%s", "recordedHow": "signed-form"}"""
                .formatted(nav, Instant.now().plus(365, ChronoUnit.DAYS)));
        refer(coordinator, amina, services.norwegian(), refugeeService, false, "Ønsker kveldskurs når arbeidstreningen starter");
        String requested = refer(coordinator, amina, services.workTraining(), refugeeService, true,
                "Klar for arbeidstrening i helsesektoren; har fullført norsk A2");
        String accepted = refer(coordinator, amina, services.jobClub(), refugeeService, true, "Trenger hjelp med CV og søknader på norsk");
        steps(adviser, accepted, "accept");
        String inProgress = refer(coordinator, amina, services.debtAdvice(), refugeeService, true, "Har gjeld etter flytting; ønsker en nedbetalingsplan");
        steps(adviser, inProgress, "accept", "start");
        String onHold = refer(coordinator, amina, services.qualification(), refugeeService, true, "Vurderes for kvalifiseringsprogram etter introduksjonsprogrammet");
        steps(adviser, onHold, "accept");
        post(adviser, "/referrals/" + onHold + "/hold", "{\"note\": \"Venter til introduksjonsprogrammet nærmer seg slutten\"}");
        String completed = refer(coordinator, amina, services.workTraining(), refugeeService, true, "Språkpraksis i barnehage, våren 2026");
        steps(adviser, completed, "accept", "start");
        post(adviser, "/referrals/" + completed + "/complete", "{\"outcome\": \"delivered\", \"note\": \"Fullført med god attest fra barnehagen\"}");
        String failed = refer(coordinator, amina, services.jobClub(), refugeeService, true, "Jobbklubb høsten 2026");
        steps(adviser, failed, "accept");
        post(adviser, "/referrals/" + failed + "/fail", "{\"reason\": \"did-not-attend\", \"note\": \"Kolliderte med norskundervisningen\"}");
        String rejected = refer(coordinator, amina, services.qualification(), refugeeService, true, "Søknad om kvalifiseringsprogram");
        post(adviser, "/referrals/" + rejected + "/reject", "{\"reason\": \"not-eligible\", \"note\": \"Er i introduksjonsprogrammet; søk igjen før det slutter\"}");
        String cancelled = refer(coordinator, amina, services.debtAdvice(), refugeeService, true, "Spørsmål om bostøtte");
        post(coordinator, "/referrals/" + cancelled + "/cancel", "{\"note\": \"Avklart med Husbanken direkte\"}");
        Console.info("demo referrals: one in each state for Amina (waiting: " + requested + ")");
    }

    /** A referral of the person; sent at once ({@code send}) once the referrals service knows her consent (409 until then). */
    private String refer(String coordinator, String person, String service, String from, boolean send, String reason)
            throws IOException, InterruptedException {
        String body = """
                {"participantId": "%s", "serviceId": "%s", "fromOrganisationId": "%s", "reason": "%s", "categories": ["education"],
                 "send": %s, "handover": {"summary": "Fullført norsk A2; i introduksjonsprogrammet til februar 2028.",
                 "whatMattersToMe": "Å få jobb som helsefagarbeider, og at barna trives på skolen.", "languages": ["so", "nb"],
                 "interpreterNeeded": true, "interpreterLanguage": "so"}}""".formatted(person, service, from, reason, send);
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> answer = send("POST", coordinator, "/referrals", body);
            Matcher id = ID.matcher(answer.body());
            if (answer.statusCode() == 201 && id.find()) {
                return id.group(1);
            }
            if (!java.util.Set.of(404, 409).contains(answer.statusCode()) || attempt == 80) {
                throw new IOException("POST /referrals answered " + answer.statusCode() + ": " + answer.body());
            }
            Thread.sleep(250);
        }
    }

    private void steps(String token, String referral, String... steps) throws IOException, InterruptedException {
        for (String step : steps) {
            post(token, "/referrals/" + referral + "/" + step, "{}");
        }
    }

    /**
     * Amina's plan: her own goal, three goals (one rated over time), actions for her and for NAV (one overdue, so the
     * caseload flags it), a team meeting held yesterday with minutes and a decision, and a follow-up in three weeks.
     */
    private void plan(String asker, String amina, String coordinator, String adviser, String mother) throws IOException, InterruptedException {
        String plan = "/agreements/participants/" + amina + "/plan";
        java.time.LocalDate today = java.time.LocalDate.now();
        // The agreements service learns of the coordinator from Kafka; until then the coordinator is only the registrant (403).
        putOnceKnown(asker, plan + "/own-goal", "{\"ownGoal\": \"Jeg vil jobbe som helsefagarbeider og klare meg selv.\"}");
        String work = create(asker, plan + "/goals", """
                {"lifeArea": "work", "category": "plan", "description": "Fagbrev som helsefagarbeider", "targetDate": "2028-01-31"}""");
        String language = create(asker, plan + "/goals", """
                {"lifeArea": "language", "category": "education", "description": "Bestå norskprøven B1, muntlig og skriftlig",
                 "targetDate": "%s"}""".formatted(today.plusMonths(6)));
        create(asker, plan + "/goals", """
                {"lifeArea": "family", "category": "plan", "description": "Barna trives på skole og i barnehage"}""");
        for (String goal : java.util.List.of(work, language)) {
            put(asker, plan + "/goals/" + goal, "{\"description\": %s, \"status\": \"active\"}".formatted(
                    goal.equals(work) ? "\"Fagbrev som helsefagarbeider\", \"targetDate\": \"2028-01-31\""
                            : "\"Bestå norskprøven B1, muntlig og skriftlig\", \"targetDate\": \"" + today.plusMonths(6) + "\""));
        }
        for (String rating : java.util.List.of("{\"rating\": 3, \"note\": \"Usikker på om helse er riktig retning\"}",
                "{\"rating\": 5, \"note\": \"Språkpraksis på sykehjemmet, trives godt\"}", "{\"rating\": 7}")) {
            post(asker, plan + "/goals/" + work + "/progress", rating);
        }
        post(asker, plan + "/actions", """
                {"goalId": "%s", "description": "Melde seg på norskprøven", "category": "education", "responsible": "person",
                 "dueDate": "%s"}""".formatted(language, today.plusDays(30)));
        post(asker, plan + "/actions", """
                {"goalId": "%s", "description": "Avklare arbeidspraksis på Asker sykehjem", "category": "plan",
                 "responsible": "team-member", "responsibleId": "%s", "dueDate": "%s"}""".formatted(work, adviser, today.minusDays(3)));
        String meeting = create(asker, "/agreements/participants/" + amina + "/meetings", """
                {"kind": "team-meeting", "startsAt": "%s", "place": "Asker rådhus, møterom 2",
                 "roles": {"chairId": "%s", "minuteTakerId": "%s"},
                 "agenda": ["Hvordan går språkpraksisen?", "Arbeidspraksis og fagbrev", "Barnehageplass til yngste barn"],
                 "attendees": [{"kind": "person"}, {"kind": "network-person", "attendeeRef": "%s"},
                               {"kind": "team-member", "attendeeRef": "%s"}, {"kind": "interpreter", "language": "so"}]}"""
                .formatted(Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), coordinator, coordinator, mother, adviser));
        put(asker, "/agreements/meetings/" + meeting + "/minutes", """
                {"minutes": "Amina trives i språkpraksisen og vil gå videre mot fagbrev. NAV undersøker arbeidspraksis på Asker sykehjem.\\nHodan kan passe barna to ettermiddager i uka."}""");
        post(asker, "/agreements/meetings/" + meeting + "/decisions", """
                {"goalId": "%s", "description": "Søke barnehageplass til yngste barn", "category": "plan", "responsible": "person",
                 "dueDate": "%s"}""".formatted(work, today.plusDays(14)));
        put(asker, "/agreements/meetings/" + meeting + "/status", "{\"status\": \"held\"}");
        post(asker, "/agreements/participants/" + amina + "/meetings", """
                {"kind": "follow-up", "startsAt": "%s", "videoLink": "https://meet.helhet.example/asker-amina",
                 "agenda": ["Status arbeidspraksis", "Norskprøven"], "attendees": [{"kind": "person"}, {"kind": "team-member", "attendeeRef": "%s"}]}"""
                .formatted(Instant.now().plus(21, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), adviser));
    }

    private String create(String token, String path, String body) throws IOException, InterruptedException {
        Matcher id = ID.matcher(post(token, path, body).body());
        if (!id.find()) {
            throw new IOException("POST " + path + " answered no id");
        }
        return id.group(1);
    }

    private String professional(String adminToken, String username, String name, String profession, String organisation)
            throws IOException, InterruptedException {
        String subject = claim(token(username), "sub");
        return create(adminToken, "/coordinators/professionals", """
                {"subject": "%s", "name": "%s", "profession": "%s", "organisationIds": ["%s"]}"""
                .formatted(subject, name, profession, organisation));
    }

    /** The coordinators service learns of a new person from Kafka; wait until it has. */
    private void awaitKnownToCoordinators(String teamLead, String participant) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 80; attempt++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api + "/coordinators/participants/" + participant
                    + "/coordinator")).header("Authorization", "Bearer " + teamLead).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IOException("the coordinators service did not learn of the demo person");
    }

    private void put(String token, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IOException("PUT " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static String claim(String token, String name) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(payload);
        if (!value.find()) {
            throw new IllegalStateException("token without " + name);
        }
        return value.group(1);
    }

    /** The new person's id, or null when their identity number was registered already (409). */
    private String register(String token, String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = post(token, "/participants", body);
        if (answer.statusCode() == 409) {
            return null;
        }
        Matcher id = ID.matcher(answer.body());
        return id.find() ? id.group(1) : null;
    }

    /** A POST that another service's event must precede: repeated while it is refused (400, 403), for up to 20 s. */
    private void postOnceKnown(String token, String path, String body) throws IOException, InterruptedException {
        onceKnown("POST", token, path, body, java.util.Set.of(400, 403));
    }

    /** As {@link #postOnceKnown}, answering the id of what it made. */
    private String createOnceKnown(String token, String path, String body) throws IOException, InterruptedException {
        Matcher id = ID.matcher(onceKnown("POST", token, path, body, java.util.Set.of(400, 403)));
        if (!id.find()) {
            throw new IOException("POST " + path + " answered no id");
        }
        return id.group(1);
    }

    /**
     * A PUT that another service's event must precede: repeated while the person is unknown there (404), or known only
     * as registered by the caller and not yet as coordinated by them (403), for up to 20 s.
     */
    private void putOnceKnown(String token, String path, String body) throws IOException, InterruptedException {
        onceKnown("PUT", token, path, body, java.util.Set.of(403, 404));
    }

    /** Answers the body of the first answer that is not refused with one of {@code notYet}. */
    private String onceKnown(String method, String token, String path, String body, java.util.Set<Integer> notYet)
            throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> answer = send(method, token, path, body);
            if (answer.statusCode() < 300) {
                return answer.body();
            }
            if (!notYet.contains(answer.statusCode()) || attempt == 80) {
                throw new IOException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            Thread.sleep(250);
        }
    }

    private HttpResponse<String> send(String method, String token, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String token, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        // The history below sends hundreds of requests as one user: wait as the gateway asks when over its rate.
        for (int retry = 0; answer.statusCode() == 429 && retry < 10; retry++) {
            Thread.sleep(1000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1")));
            answer = http.send(HttpRequest.newBuilder(URI.create(api + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
        if (answer.statusCode() >= 300 && answer.statusCode() != 409) {
            throw new IOException("POST " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    private String token(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=helhet-cli&scope=openid%20organization&password=helhet&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(profile.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IOException("no token for " + user + ": " + answer.statusCode());
        }
        return token.group(1);
    }
}
