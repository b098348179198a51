package org.defensor.dataset;

import java.util.List;

/**
 * What an import did: how many records of each kind went in, and every record refused with why.
 * When {@code committed} is false nothing was written.
 */
public record ImportReport(boolean committed, int sources, int organisations, int persons, int incidents,
                           int communications, int replies, List<Problem> problems) {

    /** One refused record: where it stands in the file ("incidents[3]", its id) and each reason. */
    public record Problem(String location, String id, List<String> reasons) {}

    /** Nothing written: each problem says why. */
    public static ImportReport refused(List<Problem> problems) {
        return new ImportReport(false, 0, 0, 0, 0, 0, 0, problems);
    }

    public int imported() {
        return sources + organisations + persons + incidents + communications + replies;
    }
}
