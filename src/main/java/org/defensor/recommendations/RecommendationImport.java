package org.defensor.recommendations;

import java.io.Reader;
import java.util.List;

/**
 * Recommendations from a CSV file (RFC 4180: a header row, quoted cells may hold commas, quotes and
 * line breaks) through a {@link ImportMapping}. A row whose State, document and identifier match a
 * stored recommendation updates it — only the fields the mapping names, so a field without a column
 * is never erased — and a row that changes nothing is left alone.
 */
public interface RecommendationImport {

    /** One refused row: the file, the row (1 is the header), the column (empty for the whole row) and why. */
    record Problem(String file, int row, String column, String reason) {
        @Override
        public String toString() {
            return file + ":" + row + (column == null || column.isEmpty() ? "" : ": " + column) + ": " + reason;
        }
    }

    /** What an import did: {@code committed} is false when nothing was written. */
    record Outcome(int rows, int created, int updated, int unchanged, List<Problem> problems, boolean committed) {}

    /**
     * Imports the file in one transaction: all or nothing unless {@code partial}, when the valid rows
     * go in and every bad one is reported. A mapped column missing from the header is refused before
     * any row is read, partial or not.
     */
    Outcome importCsv(Reader csv, String file, ImportMapping mapping, boolean partial);
}
