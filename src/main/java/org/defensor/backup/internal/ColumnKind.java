package org.defensor.backup.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * The canonical encoding of each kind of SQL value in a backup, the same on H2 and PostgreSQL:
 * text as a JSON string, integers as numbers, decimals as their plain digits with the column's
 * scale, booleans, dates/times in ISO 8601, timestamps with time zone as the UTC instant, UUIDs in
 * lower case, binary values (BLOB, bytea) in base64, and SQL NULL as JSON null.
 */
enum ColumnKind {
    TEXT {
        @Override
        void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException {
            String value = rs.getString(i);
            if (value == null) {
                out.writeNull();
            } else {
                out.writeString(value);
            }
        }

        @Override
        Object read(JsonParser in) throws IOException {
            return in.getValueAsString();
        }
    },
    INTEGER {
        @Override
        void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException {
            long value = rs.getLong(i);
            if (rs.wasNull()) {
                out.writeNull();
            } else {
                out.writeNumber(value);
            }
        }

        @Override
        Object read(JsonParser in) throws IOException {
            return in.getLongValue();
        }
    },
    DECIMAL {
        @Override
        void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException {
            BigDecimal value = rs.getBigDecimal(i);
            if (value == null) {
                out.writeNull();
            } else {
                out.writeString(value.toPlainString());
            }
        }

        @Override
        Object read(JsonParser in) throws IOException {
            return new BigDecimal(in.getValueAsString());
        }
    },
    DOUBLE {
        @Override
        void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException {
            double value = rs.getDouble(i);
            if (rs.wasNull()) {
                out.writeNull();
            } else {
                out.writeNumber(value);
            }
        }

        @Override
        Object read(JsonParser in) throws IOException {
            return in.getDoubleValue();
        }
    },
    BOOLEAN {
        @Override
        void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException {
            boolean value = rs.getBoolean(i);
            if (rs.wasNull()) {
                out.writeNull();
            } else {
                out.writeBoolean(value);
            }
        }

        @Override
        Object read(JsonParser in) throws IOException {
            return in.getBooleanValue();
        }
    },
    DATE {
        @Override
        void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException {
            writeText(out, rs.getObject(i, LocalDate.class));
        }

        @Override
        Object read(JsonParser in) throws IOException {
            return LocalDate.parse(in.getValueAsString());
        }
    },
    TIME {
        @Override
        void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException {
            writeText(out, rs.getObject(i, LocalTime.class));
        }

        @Override
        Object read(JsonParser in) throws IOException {
            return LocalTime.parse(in.getValueAsString());
        }
    },
    TIMESTAMP {
        @Override
        void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException {
            writeText(out, rs.getObject(i, LocalDateTime.class));
        }

        @Override
        Object read(JsonParser in) throws IOException {
            return LocalDateTime.parse(in.getValueAsString());
        }
    },
    TIMESTAMP_WITH_TIME_ZONE {
        @Override
        void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException {
            OffsetDateTime value = rs.getObject(i, OffsetDateTime.class);
            writeText(out, value == null ? null : value.toInstant());
        }

        @Override
        Object read(JsonParser in) throws IOException {
            return Instant.parse(in.getValueAsString()).atOffset(ZoneOffset.UTC);
        }
    },
    UUID {
        @Override
        void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException {
            writeText(out, rs.getObject(i, java.util.UUID.class));
        }

        @Override
        Object read(JsonParser in) throws IOException {
            return java.util.UUID.fromString(in.getValueAsString());
        }
    },
    BINARY {
        @Override
        void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException {
            byte[] value = rs.getBytes(i);
            if (value == null) {
                out.writeNull();
            } else {
                out.writeBinary(value);
            }
        }

        @Override
        Object read(JsonParser in) throws IOException {
            return in.getBinaryValue();
        }

        @Override
        void bind(PreparedStatement statement, int i, Object value, int sqlType) throws SQLException {
            statement.setBytes(i, (byte[]) value);
        }
    };

    /** Writes column {@code i} of the current row. */
    abstract void write(ResultSet rs, int i, JsonGenerator out) throws SQLException, IOException;

    /** Reads a value this kind wrote (not null). */
    abstract Object read(JsonParser in) throws IOException;

    /** Binds a value {@link #read} returned, or null. */
    void bind(PreparedStatement statement, int i, Object value, int sqlType) throws SQLException {
        if (value == null) {
            statement.setNull(i, sqlType);
        } else {
            statement.setObject(i, value);
        }
    }

    /** Reads the next value: null, or one of this kind. */
    Object readValue(JsonParser in) throws IOException {
        return in.currentToken() == JsonToken.VALUE_NULL ? null : read(in);
    }

    private static void writeText(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else {
            out.writeString(value.toString());
        }
    }

    /**
     * The kind of a column from its JDBC type and the database's type name (PostgreSQL reports uuid as
     * OTHER and timestamptz as TIMESTAMP), or null when backups do not know how to carry it.
     */
    static ColumnKind of(int sqlType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return UUID;
        }
        if (name.equals("timestamptz") || name.equals("timestamp with time zone")) {
            return TIMESTAMP_WITH_TIME_ZONE;
        }
        return switch (sqlType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB,
                 Types.NCLOB -> TEXT;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> DOUBLE;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_WITH_TIME_ZONE;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> null;
        };
    }
}
