package org.defensor.records;

/** Organisations. */
public interface Organisations extends RecordService<OrganisationData> {}
