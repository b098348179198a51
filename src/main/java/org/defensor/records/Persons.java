package org.defensor.records;

/** Persons and groups. */
public interface Persons extends RecordService<PersonData> {}
