package org.defensor.shared;

/**
 * Where something happened. The country is an ISO 3166-1 alpha-3 code, as in communication
 * references ("AL KAZ 4/2025").
 */
public record Place(String country, String region, String city, String district, String venue) {

    public static final Place NOWHERE = new Place(null, null, null, null, null);

    public String display() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {venue, district, city, region, country}) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : ", ").append(part);
            }
        }
        return text.toString();
    }
}
