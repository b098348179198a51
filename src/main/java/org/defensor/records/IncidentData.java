package org.defensor.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.FuzzyDate;
import org.defensor.shared.Place;

/**
 * An incident with its acts and proceedings, edited as one unit. {@code accountability} is derived
 * from the proceedings and ignored on input.
 */
public record IncidentData(
        UUID id,
        Long version,
        @NotBlank @Size(max = Limits.NAME) String title,
        @NotNull FuzzyDate start,
        FuzzyDate end,
        LocalTime time,
        boolean timeApproximate,
        @Valid PlaceData place,
        @Size(max = Limits.TEXT) String description,
        List<Theme> themes,
        InformationStatus informationStatus,
        Confidentiality confidentiality,
        List<@Valid RelationData> relations,
        List<@Valid ActData> acts,
        List<@Valid ProceedingData> proceedings,
        List<@Valid CitationData> sources,
        AccountabilityRule.Assessment accountability) {

    /** A place as submitted, validated field by field before it becomes a {@link Place}. */
    public record PlaceData(
            @jakarta.validation.constraints.Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as KAZ")
                    String country,
            @Size(max = Limits.SHORT) String region,
            @Size(max = Limits.SHORT) String city,
            @Size(max = Limits.SHORT) String district,
            @Size(max = Limits.NAME) String venue) {

        public Place toPlace() {
            return new Place(country, region, city, district, venue);
        }

        public static PlaceData of(Place place) {
            return new PlaceData(place.country(), place.region(), place.city(), place.district(), place.venue());
        }
    }
}
