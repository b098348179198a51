package org.defensor.dataset;

import java.util.List;
import org.defensor.records.IncidentData;
import org.defensor.records.OrganisationData;
import org.defensor.records.PersonData;
import org.defensor.records.SourceData;

/** A whole dataset, in the format docs/DATASET.md describes. */
public record Dataset(String format, Integer formatVersion, List<SourceData> sources,
                      List<OrganisationData> organisations, List<PersonData> persons, List<IncidentData> incidents) {

    public static final String FORMAT = "defensor-dataset";
    public static final int VERSION = 1;

    public int size() {
        return count(sources) + count(organisations) + count(persons) + count(incidents);
    }

    private static int count(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
