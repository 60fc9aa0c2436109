package dev.helhet.coordinators.rest;

import dev.helhet.coordinators.domain.Professional;
import dev.helhet.coordinators.domain.ProfessionalAbsence;
import dev.helhet.coordinators.domain.TeamLimits;
import dev.helhet.coordinators.service.ProfessionalService;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies for professionals. */
public final class ProfessionalDtos {

    private ProfessionalDtos() {
    }

    /** A professional as an admin records them. */
    @Schema(name = "ProfessionalInput")
    public record Input(
            @NotBlank @Size(max = 100) @Schema(description = "The Keycloak user's subject id (sub)", required = true,
                    example = "9c17dfd4-a6cd-4d26-ba6e-1434bda3167d") String subject,
            @NotBlank @Size(max = 200) @Schema(description = "Name", example = "Per Veileder", required = true) String name,
            @NotBlank @Size(max = 100) @Schema(description = "Profession", example = "veileder", required = true) String profession,
            @Email @Size(max = 254) @Schema(description = "E-mail") String email,
            @Size(max = 40) @Schema(description = "Phone") String phone,
            @Size(max = 10) @Schema(description = "Languages they work in", example = "[\"nb\", \"en\", \"ar\"]")
            List<@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag like nb or ar") String> languages,
            @NotEmpty @Size(max = 20) @Schema(description = "Organisations they work for", required = true) Set<@NotNull UUID> organisationIds,
            @Schema(description = "For changes: the version you read", example = "0") Long version) {

        ProfessionalService.Details details() {
            return new ProfessionalService.Details(subject, name, profession, email, phone, languages, organisationIds);
        }
    }

    /** An absence with its deputy. */
    @Schema(name = "AbsenceInput")
    public record AbsenceInput(
            @NotNull @Schema(description = "First day away", example = "2026-12-21", required = true) LocalDate from,
            @NotNull @Schema(description = "Last day away", example = "2027-01-03", required = true) LocalDate to,
            @NotNull @Schema(description = "The colleague who sees the caseload meanwhile", required = true) UUID deputyId,
            @Size(max = 500) @Schema(description = "Note", example = "Juleferie") String note) {
    }

    /** A professional as the API shows them. */
    @Schema(name = "Professional")
    public record View(
            @Schema(description = "Id") UUID id,
            @Schema(description = "Keycloak subject id") String subject,
            @Schema(description = "Name", example = "Per Veileder") String name,
            @Schema(description = "Profession", example = "veileder") String profession,
            @Schema(description = "E-mail") String email,
            @Schema(description = "Phone") String phone,
            @Schema(maxItems = 10, description = "Languages", example = "[\"nb\", \"en\"]") List<String> languages,
            @Schema(maxItems = 20, description = "Organisations they work for") List<UUID> organisationIds,
            @Schema(description = "Recorded absences, latest first: the latest " + TeamLimits.ABSENCES_SHOWN,
                    maxItems = TeamLimits.ABSENCES_SHOWN) List<Absence> absences,
            @Schema(description = "Home municipality", example = "asker") String municipalityId,
            @Schema(description = "Version for optimistic locking", example = "0") long version) {

        static List<View> of(ProfessionalService.Listing listing) {
            return listing.professionals().stream().map(professional -> of(professional, listing)).toList();
        }

        private static View of(Professional professional, ProfessionalService.Listing listing) {
            return new View(professional.id, professional.subject, professional.name, professional.profession, professional.email,
                    professional.phone, professional.languageTags(),
                    listing.memberships().stream().filter(m -> m.professionalId.equals(professional.id)).map(m -> m.organisationId).toList(),
                    listing.absences().stream().filter(a -> a.professionalId.equals(professional.id)).limit(TeamLimits.ABSENCES_SHOWN)
                            .map(Absence::of).toList(),
                    professional.municipalityId, professional.version);
        }
    }

    /** An absence. */
    @Schema(name = "Absence")
    public record Absence(
            @Schema(description = "Id") UUID id,
            @Schema(description = "First day away") LocalDate from,
            @Schema(description = "Last day away") LocalDate to,
            @Schema(description = "The deputy") UUID deputyId,
            @Schema(description = "Note") String note) {

        static Absence of(ProfessionalAbsence absence) {
            return new Absence(absence.id, absence.fromDate, absence.toDate, absence.deputyId, absence.note);
        }
    }
}
