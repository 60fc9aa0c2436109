package dev.helhet.referrals.rest;

import dev.helhet.careaccess.LifeArea;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.referrals.domain.DirectoryService;
import dev.helhet.referrals.service.ServiceDirectory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One directory entry as the API shows it (after Open Referral HSDS: a service of an organisation). */
@Schema(name = "DirectoryService")
public record DirectoryServiceResponse(
        @Schema(description = "Id", required = true) UUID id,
        @Schema(description = "Name of the service", example = "Språkpraksis med mentor", required = true) String name,
        @Schema(description = "The organisation that provides it, as the registry names it", example = "Frivilligsentralen", required = true)
        String provider,
        @Schema(description = "The provider in the registry; absent for entries made before the registry") UUID organisationId,
        @Schema(description = "What the service offers") String description,
        @Schema(description = "Who it is for") String eligibility,
        @Schema(maxItems = 30, description = "The languages it is given in (language codes)", required = true) List<String> languages,
        @Schema(uniqueItems = true, description = "The parts of life it helps with", required = true) List<LifeArea> lifeAreas,
        @Schema(description = "The usual wait before it starts, in days") Integer waitingDays,
        @Schema(description = "Phone for referrers") String phone,
        @Schema(description = "E-mail for referrers") String email,
        @Schema(description = "When it can be reached or visited", example = "Man–fre 09–15") String openingHours,
        @Schema(maxItems = 50, description = "The municipalities it serves", required = true) List<String> servedMunicipalityIds,
        @Schema(description = "The municipality that keeps the entry", required = true) String keptBy,
        @Schema(description = "The entry's version; send it back with a change", required = true) long version) {

    static DirectoryServiceResponse of(ServiceDirectory.Listed listed) {
        DirectoryService row = listed.service();
        return new DirectoryServiceResponse(row.id, row.name, listed.providerName(), row.organisationId, row.description, row.eligibility,
                Arrays.asList(row.languages), List.copyOf(CodedEnum.splitKnown(LifeArea.class, String.join(",", row.lifeAreas))), row.waitingDays, row.phone, row.email,
                row.openingHours, Arrays.asList(row.servedMunicipalityIds), row.municipalityId, row.version);
    }
}
