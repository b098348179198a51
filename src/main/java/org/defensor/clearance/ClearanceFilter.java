package org.defensor.clearance;

/**
 * The name and the SQL conditions of the clearance filter. A row is readable when its level (the
 * ordinal of its {@code Confidentiality}, stored by name) is at most the caller's ({@code :level});
 * a part with no level of its own (an act, a reply, a citation) is readable when what it belongs to
 * or cites is. Column names stand unqualified: Hibernate puts the row's alias in front of them.
 */
public final class ClearanceFilter {
    private ClearanceFilter() {}

    /**
     * Runs {@code work} with the filter lifted, for classifying: reading the levels of records that
     * something is derived from, whoever asks. Only scalar queries belong in it (levels and ids):
     * an entity loaded here would stay in the persistence context, readable without the filter.
     */
    public static <T> T classifying(jakarta.persistence.EntityManager em, java.util.function.Supplier<T> work) {
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        boolean enabled = session.getEnabledFilter(NAME) != null;
        session.disableFilter(NAME);
        try {
            return work.get();
        } finally {
            if (enabled) {
                session.enableFilter(NAME);
            }
        }
    }

    /** The most confidential of the levels; PUBLIC for none. */
    public static org.defensor.shared.Confidentiality highest(java.util.Collection<org.defensor.shared.Confidentiality> levels) {
        return levels.stream().filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder())
                .orElse(org.defensor.shared.Confidentiality.PUBLIC);
    }

    public static final String NAME = "clearance";
    public static final String LEVEL = "level";

    private static final String ORDINAL_START = "(case ";
    private static final String ORDINAL_END = " when 'PUBLIC' then 0 when 'RESTRICTED' then 1 else 2 end) <= :" + LEVEL;

    /** The row's own {@code confidentiality} column. */
    public static final String READABLE = ORDINAL_START + "confidentiality" + ORDINAL_END;

    /** A part of an incident (act, proceeding): the incident's level. */
    public static final String VIA_INCIDENT = "exists (select 1 from incident clr_i where clr_i.id = incident_id and "
            + ORDINAL_START + "clr_i.confidentiality" + ORDINAL_END + ")";

    /** A decision in a proceeding: the level of the proceeding's incident. */
    public static final String VIA_PROCEEDING = "exists (select 1 from proceeding clr_p join incident clr_i on clr_i.id = clr_p.incident_id"
            + " where clr_p.id = proceeding_id and " + ORDINAL_START + "clr_i.confidentiality" + ORDINAL_END + ")";

    /** A part of a communication (reply, question, notification): the communication's level. */
    public static final String VIA_COMMUNICATION = "exists (select 1 from communication clr_c where clr_c.id = communication_id and "
            + ORDINAL_START + "clr_c.confidentiality" + ORDINAL_END + ")";

    /** A part of a reply (answer): the level of the reply's communication. */
    public static final String VIA_REPLY = "exists (select 1 from reply clr_r join communication clr_c on clr_c.id = clr_r.communication_id"
            + " where clr_r.id = reply_id and " + ORDINAL_START + "clr_c.confidentiality" + ORDINAL_END + ")";

    /** A part of a recommendation: the recommendation's effective level. */
    public static final String VIA_RECOMMENDATION = "exists (select 1 from recommendation clr_rec where clr_rec.id = recommendation_id and "
            + ORDINAL_START + "clr_rec.confidentiality" + ORDINAL_END + ")";

    /** A notification: the level of the communication or the recommendation it is about. */
    public static final String VIA_NOTIFIED = "(communication_id is null or " + VIA_COMMUNICATION + ") and (recommendation_id is null or "
            + VIA_RECOMMENDATION + ")";

    /** A citation: the level of the source it cites. */
    public static final String VIA_SOURCE = "exists (select 1 from source clr_s where clr_s.id = source_id and "
            + ORDINAL_START + "clr_s.confidentiality" + ORDINAL_END + ")";
}
