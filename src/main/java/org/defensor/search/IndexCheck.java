package org.defensor.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How the search index compared with the database: per indexed type, how many records each holds
 * and how many documents were missing, outdated (an older version than the record's) or left over
 * (no such record). Counts only: never a name or a text.
 */
public record IndexCheck(List<Type> types, long millis) {

    public record Type(String name, long inDatabase, long inIndex, long missing, long outdated, long leftOver) {
        public long differences() {
            return missing + outdated + leftOver;
        }

        @Override
        public String toString() {
            return name + ": " + inDatabase + " in the database, " + inIndex + " in the index, " + missing + " missing, "
                    + outdated + " outdated, " + leftOver + " left over";
        }
    }

    public long differences() {
        return types.stream().mapToLong(Type::differences).sum();
    }

    public long documents() {
        return types.stream().mapToLong(Type::inIndex).sum();
    }

    /** The types that differ, one per line part; empty when all match. */
    public String describeDifferences() {
        return types.stream().filter(t -> t.differences() > 0).map(Type::toString).collect(Collectors.joining("; "));
    }
}
