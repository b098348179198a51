package org.defensor.dataset;

import java.util.List;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.ReplyData;
import org.defensor.records.IncidentData;
import org.defensor.records.OrganisationData;
import org.defensor.records.PersonData;
import org.defensor.records.SourceData;

/** A whole dataset, in the format docs/DATASET.md describes. */
public record Dataset(String format, Integer formatVersion, List<SourceData> sources,
                      List<OrganisationData> organisations, List<PersonData> persons, List<IncidentData> incidents,
                      List<CommunicationData> communications, List<ReplyData> replies) {

    public static final String FORMAT = "defensor-dataset";
    /** Version 2 added communications and replies; a version 1 file, which has neither, is still read. */
    public static final int VERSION = 2;
    public static final int OLDEST_READ = 1;

    public int size() {
        return count(sources) + count(organisations) + count(persons) + count(incidents) + count(communications)
                + count(replies);
    }

    private static int count(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
