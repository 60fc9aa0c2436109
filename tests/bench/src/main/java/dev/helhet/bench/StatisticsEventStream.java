package dev.helhet.bench;

import dev.helhet.contracts.EventType;
import dev.helhet.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Events as two municipalities' services publish them over four years: 20,000 people each, and per person her
 * registration, enrolment, coordinator, consent, goals and their outcome, actions done, meetings, referrals and their
 * answers, a transition met and the programme's end — 25 events a person, 1,000,000 in all, sent to their real topics.
 */
final class StatisticsEventStream {

    static final int PEOPLE_PER_MUNICIPALITY = 20_000;
    static final int EVENTS_PER_PERSON = 25;
    static final List<String> MUNICIPALITIES = List.of("asker", "harstad");

    private static final Map<String, String> TOPIC = Topics.eventTypes().stream()
            .collect(Collectors.toMap(EventType::name, EventType::topic));
    private static final String[] OUTCOMES = {"work", "work", "education", "work-and-education", "health", "moved", "other", "other-programme"};
    private static final String[] LIFE_AREAS = {"work", "education", "language", "health", "housing"};
    private static final String[] AGE_BANDS = {"18-24", "25-34", "35-44", "45-54"};

    private StatisticsEventStream() {
    }

    /** Sends every event; answers how many. */
    static long send(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        SplittableRandom random = new SplittableRandom(20261201);
        // Registered three to four years ago, so that every programme has ended (20–25 months in) before today.
        Instant start = LocalDate.now().minusYears(4).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        long sent = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (String municipality : MUNICIPALITIES) {
                for (int person = 0; person < PEOPLE_PER_MUNICIPALITY; person++) {
                    sent += person(producer, municipality, start.plus(random.nextInt(365), ChronoUnit.DAYS), random);
                }
            }
            producer.flush();
        }
        return sent;
    }

    private static int person(KafkaProducer<String, String> producer, String municipality, Instant registered, SplittableRandom random) {
        String person = UUID.randomUUID().toString();
        Sender send = new Sender(producer, municipality, person);
        String enrolment = UUID.randomUUID().toString();
        LocalDate startDate = day(registered).plusDays(14);
        send.event("ParticipantRegistered", registered, "\"participantId\":\"%s\",\"ageBand\":\"%s\"".formatted(person, AGE_BANDS[random.nextInt(AGE_BANDS.length)]));
        send.event("ProgrammeEnrolled", registered.plus(14, ChronoUnit.DAYS), ("\"participantId\":\"%s\",\"enrolmentId\":\"%s\",\"programme\":\"introduction-programme\","
                + "\"startDate\":\"%s\",\"plannedEndDate\":\"%s\",\"lateStart\":false").formatted(person, enrolment, startDate, startDate.plusYears(2)));
        send.event("CoordinatorAssigned", registered.plus(1 + random.nextInt(20), ChronoUnit.DAYS), ("\"participantId\":\"%s\",\"assignmentId\":\"%s\","
                + "\"professionalId\":\"%s\",\"organisationId\":\"%s\"").formatted(person, UUID.randomUUID(), coordinator(municipality, random), ORGANISATION));
        send.event("ConsentGranted", registered.plus(2, ChronoUnit.DAYS), ("\"participantId\":\"%s\",\"consentId\":\"%s\",\"receiverType\":\"organisation\","
                + "\"receiverOrganisationId\":\"%s\",\"categories\":[\"plan\"],\"validFrom\":\"%s\"").formatted(person, UUID.randomUUID(), ORGANISATION, registered));
        for (int goal = 0; goal < 3; goal++) {
            String goalId = UUID.randomUUID().toString();
            String area = LIFE_AREAS[random.nextInt(LIFE_AREAS.length)];
            send.event("GoalSet", registered.plus(10 + goal, ChronoUnit.DAYS), "\"participantId\":\"%s\",\"goalId\":\"%s\",\"lifeArea\":\"%s\",\"category\":\"plan\""
                    .formatted(person, goalId, area));
            send.event("GoalStatusChanged", registered.plus(60 + random.nextInt(300), ChronoUnit.DAYS), ("\"participantId\":\"%s\",\"goalId\":\"%s\","
                    + "\"lifeArea\":\"%s\",\"category\":\"plan\",\"from\":\"active\",\"to\":\"%s\"").formatted(person, goalId, area,
                    random.nextInt(3) == 0 ? "not-achieved" : "achieved"));
        }
        for (int action = 0; action < 3; action++) {
            String actionId = UUID.randomUUID().toString();
            send.event("ActionAgreed", registered.plus(12, ChronoUnit.DAYS), ("\"participantId\":\"%s\",\"actionId\":\"%s\",\"category\":\"plan\","
                    + "\"responsible\":\"team-member\",\"dueDate\":\"%s\"").formatted(person, actionId, day(registered).plusDays(40 + random.nextInt(30))));
            send.event("ActionStatusChanged", registered.plus(30 + random.nextInt(60), ChronoUnit.DAYS), ("\"participantId\":\"%s\",\"actionId\":\"%s\","
                    + "\"from\":\"in-progress\",\"to\":\"done\"").formatted(person, actionId));
        }
        for (int meeting = 0; meeting < 2; meeting++) {
            Instant held = registered.plus(20 + meeting * 90 + random.nextInt(30), ChronoUnit.DAYS);
            send.event("MeetingHeld", held, ("\"participantId\":\"%s\",\"meetingId\":\"%s\",\"kind\":\"team-meeting\",\"heldAt\":\"%s\","
                    + "\"withPerson\":true,\"withNetworkPerson\":%s").formatted(person, UUID.randomUUID(), held, random.nextBoolean()));
        }
        for (int referral = 0; referral < 2; referral++) {
            String referralId = UUID.randomUUID().toString();
            Instant sent = registered.plus(30 + random.nextInt(200), ChronoUnit.DAYS);
            send.event("ReferralRequested", sent, ("\"participantId\":\"%s\",\"referralId\":\"%s\",\"serviceId\":\"%s\",\"sendingOrganisationId\":\"%s\","
                    + "\"receivingOrganisationId\":\"%s\",\"categories\":[\"plan\"]").formatted(person, referralId, UUID.randomUUID(), ORGANISATION, NAV));
            boolean accepted = random.nextInt(4) != 0;
            send.event(accepted ? "ReferralAccepted" : "ReferralRejected", sent.plus(1 + random.nextInt(15), ChronoUnit.DAYS),
                    ("\"participantId\":\"%s\",\"referralId\":\"%s\",\"receivingOrganisationId\":\"%s\"" + (accepted ? "" : ",\"reason\":\"no-capacity\""))
                            .formatted(person, referralId, NAV));
        }
        String task = UUID.randomUUID().toString();
        LocalDate due = startDate.plusMonths(18);
        send.event("TransitionDue", registered.plus(14, ChronoUnit.DAYS), "\"participantId\":\"%s\",\"taskId\":\"%s\",\"rule\":\"nav-before-programme-end\",\"dueDate\":\"%s\""
                .formatted(person, task, due));
        send.event("TransitionMet", due.minusDays(20 - random.nextInt(40)).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                "\"participantId\":\"%s\",\"taskId\":\"%s\",\"rule\":\"nav-before-programme-end\",\"referralId\":\"%s\"".formatted(person, task, UUID.randomUUID()));
        LocalDate ended = startDate.plusMonths(20 + random.nextInt(6));
        send.event("ProgrammeEnded", ended.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), ("\"participantId\":\"%s\",\"enrolmentId\":\"%s\","
                + "\"programme\":\"introduction-programme\",\"endDate\":\"%s\",\"reason\":\"%s\"").formatted(person, enrolment, ended, OUTCOMES[random.nextInt(OUTCOMES.length)]));
        return send.count;
    }

    private static final String ORGANISATION = "0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10";
    private static final String NAV = "1c7b4d63-7a1f-4b54-9e2f-6f3a5c9dab21";
    private static final Map<String, List<String>> COORDINATORS = MUNICIPALITIES.stream().collect(Collectors.toMap(Function.identity(),
            municipality -> java.util.stream.IntStream.range(0, 300).mapToObj(i -> UUID.randomUUID().toString()).toList()));

    private static String coordinator(String municipality, SplittableRandom random) {
        List<String> coordinators = COORDINATORS.get(municipality);
        return coordinators.get(random.nextInt(coordinators.size()));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    /** Wraps payloads in envelopes and sends them keyed by the person, as the outbox does. */
    private static final class Sender {
        private final KafkaProducer<String, String> producer;
        private final String municipality;
        private final String person;
        private int count;

        Sender(KafkaProducer<String, String> producer, String municipality, String person) {
            this.producer = producer;
            this.municipality = municipality;
            this.person = person;
        }

        void event(String type, Instant occurredAt, String payload) {
            String envelope = ("{\"eventId\":\"%s\",\"eventType\":\"%s\",\"eventVersion\":1,\"occurredAt\":\"%s\",\"municipalityId\":\"%s\","
                    + "\"aggregateId\":\"%s\",\"actor\":{\"type\":\"user\",\"subject\":\"bench\"},\"traceparent\":null,\"payload\":{%s}}")
                    .formatted(UUID.randomUUID(), type, occurredAt, municipality, person, payload);
            producer.send(new ProducerRecord<>(TOPIC.get(type), person, envelope));
            count++;
        }
    }
}
