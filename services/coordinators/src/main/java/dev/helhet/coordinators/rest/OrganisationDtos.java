package dev.helhet.coordinators.rest;

import dev.helhet.coordinators.domain.Organisation;
import dev.helhet.coordinators.domain.OrganisationType;
import dev.helhet.coordinators.service.OrganisationService;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies of the organisation registry. */
public final class OrganisationDtos {

    /** The most municipalities an organisation serves besides the one of the admin who registers it. */
    static final int OTHER_MUNICIPALITIES = 20;

    private OrganisationDtos() {
    }

    /** An organisation as an admin records it. */
    @Schema(name = "OrganisationInput")
    public record Input(
            @NotBlank @Size(max = 200) @Schema(description = "Name", example = "NAV Asker", required = true) String name,
            @NotNull @Schema(description = "Kind of service", required = true, enumeration = {"refugee-service", "adult-education",
                    "nav-office", "health-service", "school", "child-welfare", "housing", "volunteer-centre", "other"})
            OrganisationType type,
            @Size(max = 40) @Schema(description = "Phone", example = "+47 55 55 33 33") String phone,
            @Email @Size(max = 254) @Schema(description = "E-mail", example = "nav.asker@nav.example") String email,
            @Size(max = 500) @Schema(description = "Visiting or postal address", example = "Knud Askers vei 22, 1384 Asker") String address,
            @Size(max = 1000) @Schema(description = "What it offers, in a line or two",
                    example = "Arbeidsrettet oppfølging, økonomisk sosialhjelp, kvalifiseringsprogram") String servicesOffered,
            @Size(max = OTHER_MUNICIPALITIES) @Schema(description = "Municipalities it serves besides the admin's own", example = "[\"baerum\"]")
            Set<@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "must be a municipality id like asker") String> municipalityIds,
            @Schema(description = "For changes: the version you read", example = "0") Long version) {

        OrganisationService.Details details() {
            return new OrganisationService.Details(name, type, phone, email, address, servicesOffered, municipalityIds);
        }
    }

    /** An organisation as the registry shows it. */
    @Schema(name = "Organisation")
    public record View(
            @Schema(description = "Id") UUID id,
            @Schema(description = "Name", example = "NAV Asker") String name,
            @Schema(description = "Kind of service", example = "nav-office") OrganisationType type,
            @Schema(description = "Phone") String phone,
            @Schema(description = "E-mail") String email,
            @Schema(description = "Address") String address,
            @Schema(description = "What it offers") String servicesOffered,
            @Schema(description = "The municipality that maintains the entry", example = "asker") String ownerMunicipalityId,
            @Schema(maxItems = OTHER_MUNICIPALITIES + 1, description = "Municipalities it serves: the admin's own and up to "
                    + OTHER_MUNICIPALITIES + " others", example = "[\"asker\", \"baerum\"]") List<String> municipalityIds,
            @Schema(description = "Version for optimistic locking", example = "0") long version) {

        static List<View> of(OrganisationService.Listing listing) {
            return listing.organisations().stream().map(organisation -> of(organisation,
                    listing.municipalities().getOrDefault(organisation.id, List.of()))).toList();
        }

        static View of(Organisation organisation, List<String> municipalities) {
            return new View(organisation.id, organisation.name, organisation.type, organisation.phone, organisation.email,
                    organisation.address, organisation.servicesOffered, organisation.municipalityId, municipalities, organisation.version);
        }
    }
}
