package dev.helhet.participants.rest;

import dev.helhet.participants.domain.EndReason;
import dev.helhet.participants.domain.Programme;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Bodies of the programme operations. */
public final class ProgrammeRequests {

    private ProgrammeRequests() {
    }

    /** Enrol a person in a programme. */
    @Schema(name = "EnrolRequest")
    public record Enrol(
            @NotNull
            @Schema(description = "The programme", required = true,
                    enumeration = {"introduction-programme", "youth-follow-up", "social-assistance-follow-up", "other"})
            Programme programme,
            @NotNull
            @Schema(description = "First day in the programme", example = "2026-03-02", required = true)
            LocalDate startDate,
            @Schema(description = "Planned last day", example = "2028-03-01")
            LocalDate plannedEndDate,
            @Schema(description = "Introduction programme only, and required there: the day the person was settled in"
                    + " the municipality. A start more than three months later is flagged.", example = "2026-01-15")
            LocalDate settlementDate) {
    }

    /** Move the planned end of an enrolment. */
    @Schema(name = "ExtendRequest")
    public record Extend(
            @NotNull
            @Schema(description = "The new planned last day; later than the current one", example = "2028-09-01", required = true)
            LocalDate plannedEndDate,
            @NotBlank
            @Size(max = 500)
            @Schema(description = "Why the programme is extended", example = "Permisjon ved fødsel", required = true)
            String reason) {
    }

    /** End an enrolment; the reason is mandatory. */
    @Schema(name = "EndRequest")
    public record End(
            @NotNull
            @Schema(description = "Last day in the programme", example = "2027-12-15", required = true)
            LocalDate endDate,
            @NotNull(message = "an end reason is required")
            @Schema(description = "Why the programme ended", required = true,
                    enumeration = {"work", "education", "work-and-education", "other-programme", "moved", "health", "parental-leave", "other"})
            EndReason reason,
            @Size(max = 1000)
            @Schema(description = "More about the end, if useful", example = "Fast stilling ved Asker sykehjem")
            String note) {
    }
}
