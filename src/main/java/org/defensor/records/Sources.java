package org.defensor.records;

/** Sources. */
public interface Sources extends RecordService<SourceData> {}
