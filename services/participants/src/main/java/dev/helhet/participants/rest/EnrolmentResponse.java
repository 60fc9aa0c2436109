package dev.helhet.participants.rest;

import dev.helhet.participants.domain.EndReason;
import dev.helhet.participants.domain.Programme;
import dev.helhet.participants.domain.ProgrammeEnrolment;
import dev.helhet.participants.domain.ProgrammeExtension;
import dev.helhet.participants.domain.RecordLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An enrolment with its extensions. */
@Schema(name = "Enrolment")
public record EnrolmentResponse(
        @Schema(description = "Id of the enrolment") UUID id,
        @Schema(description = "The programme", example = "introduction-programme") Programme programme,
        @Schema(description = "First day", example = "2026-03-02") LocalDate startDate,
        @Schema(description = "Planned last day (after extensions)", example = "2028-03-01") LocalDate plannedEndDate,
        @Schema(description = "Introduction programme: settlement date", example = "2026-01-15") LocalDate settlementDate,
        @Schema(description = "Introduction programme started more than three months after settlement") boolean lateStart,
        @Schema(description = "Last day, once ended", example = "2027-12-15") LocalDate actualEndDate,
        @Schema(description = "Why it ended", example = "work") EndReason endReason,
        @Schema(description = "More about the end") String endNote,
        @Schema(description = "open or ended", enumeration = {"open", "ended"}) String status,
        @Schema(maxItems = RecordLimits.EXTENSIONS_PER_ENROLMENT, description = "Extensions, oldest first") List<Extension> extensions,
        @Schema(description = "When the enrolment was recorded") Instant enrolledAt) {

    /** One extension. */
    @Schema(name = "EnrolmentExtension")
    public record Extension(
            @Schema(description = "Planned end before", example = "2028-03-01") LocalDate previousPlannedEnd,
            @Schema(description = "Planned end after", example = "2028-09-01") LocalDate newPlannedEnd,
            @Schema(description = "Why") String reason,
            @Schema(description = "When it was recorded") Instant recordedAt) {
    }

    static EnrolmentResponse of(ProgrammeEnrolment enrolment, List<ProgrammeExtension> extensions) {
        return new EnrolmentResponse(enrolment.id, enrolment.programme, enrolment.startDate, enrolment.plannedEndDate,
                enrolment.settlementDate, enrolment.lateStart(), enrolment.actualEndDate, enrolment.endReason, enrolment.endNote,
                enrolment.isOpen() ? "open" : "ended",
                extensions.stream().filter(extension -> extension.enrolmentId.equals(enrolment.id))
                        .map(extension -> new Extension(extension.previousPlannedEnd, extension.newPlannedEnd, extension.reason,
                                extension.recordedAt))
                        .toList(),
                enrolment.enrolledAt);
    }
}
