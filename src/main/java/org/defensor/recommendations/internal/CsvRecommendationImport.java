package org.defensor.recommendations.internal;

import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.defensor.recommendations.ImportMapping;
import org.defensor.recommendations.Mechanism;
import org.defensor.recommendations.ParagraphId;
import org.defensor.recommendations.Position;
import org.defensor.recommendations.RecommendationData;
import org.defensor.recommendations.RecommendationImport;
import org.defensor.recommendations.Recommendations;
import org.defensor.recommendations.StateCode;
import org.defensor.records.Right;
import org.defensor.records.Theme;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.InvalidRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CSV import: each row read into a recommendation through the mapping (starting from the stored
 * one when the row's State, document and identifier match one), then written through
 * {@link Recommendations}, which checks and audits it, all in one transaction that is rolled back
 * when any row was refused, unless partial.
 */
@Service
class CsvRecommendationImport implements RecommendationImport {

    private final Recommendations recommendations;
    private final EntityManager em;
    private final TransactionTemplate transaction;

    CsvRecommendationImport(Recommendations recommendations, EntityManager em, PlatformTransactionManager transactions) {
        this.recommendations = recommendations;
        this.em = em;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A row's cells by field, and the problems met reading them. */
    private final class RowReader {
        final String file;
        final int row;
        final ImportMapping mapping;
        final Map<String, Integer> header;
        final List<String> cells;
        final List<Problem> problems = new ArrayList<>();

        RowReader(String file, int row, ImportMapping mapping, Map<String, Integer> header, List<String> cells) {
            this.file = file;
            this.row = row;
            this.mapping = mapping;
            this.header = header;
            this.cells = cells;
        }

        boolean given(String field) {
            return mapping.columns().containsKey(field) || mapping.values().containsKey(field);
        }

        /** The field's text in this row: its column's cell, else the mapping's value; null when blank. */
        String text(String field) {
            String column = mapping.columns().get(field);
            String value;
            if (column != null) {
                int index = header.get(column);
                value = index < cells.size() ? cells.get(index) : "";
            } else {
                value = mapping.values().get(field);
            }
            return value == null || value.isBlank() ? null : value.strip();
        }

        String column(String field) {
            String column = mapping.columns().get(field);
            return column != null ? column : "(value of " + field + ")";
        }

        <T> T parse(String field, Function<String, T> parser) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new Problem(file, row, column(field), e instanceof DateTimeParseException
                        ? "'" + text + "' is not a date (yyyy-mm-dd)" : e.getMessage()));
                return null;
            }
        }

        <T> List<T> list(String field, Function<String, T> parser) {
            String text = text(field);
            if (text == null) {
                return List.of();
            }
            List<T> values = new ArrayList<>();
            for (String part : text.split(java.util.regex.Pattern.quote(mapping.separator()))) {
                if (!part.isBlank()) {
                    try {
                        values.add(parser.apply(part.strip()));
                    } catch (IllegalArgumentException e) {
                        problems.add(new Problem(file, row, column(field), e.getMessage()));
                    }
                }
            }
            return values;
        }
    }

    @Override
    public Outcome importCsv(Reader csv, String file, ImportMapping mapping, boolean partial) {
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.read(csv instanceof BufferedReader b ? b : new BufferedReader(csv));
        } catch (IOException e) {
            return new Outcome(0, 0, 0, 0, List.of(new Problem(file, 0, "", "cannot be read: " + e.getMessage())), false);
        }
        if (rows.isEmpty()) {
            return new Outcome(0, 0, 0, 0, List.of(new Problem(file, 1, "", "is empty: a header row is required")), false);
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = rows.get(0).cells();
        for (int i = 0; i < names.size(); i++) {
            header.putIfAbsent(names.get(i).strip(), i);
        }
        List<Problem> missing = new ArrayList<>();
        mapping.columns().forEach((field, column) -> {
            if (!header.containsKey(column)) {
                missing.add(new Problem(file, 1, column, "is mapped to " + field + " but is not a column of the file"));
            }
        });
        if (!missing.isEmpty()) {
            return new Outcome(rows.size() - 1, 0, 0, 0, missing, false);
        }
        int[] counts = new int[3];
        List<Problem> problems = new ArrayList<>();
        boolean committed = Boolean.TRUE.equals(transaction.execute(status -> {
            // Written at the commit, not before each lookup: checking every row written so far before each
            // query made an import quadratic. A lookup need not see this import's rows: a second row with
            // the same State, document and identifier is refused from the file itself (seen).
            em.unwrap(org.hibernate.Session.class).setHibernateFlushMode(org.hibernate.FlushMode.COMMIT);
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 1; i < rows.size(); i++) {
                int row = i + 1;
                RowReader r = new RowReader(file, row, mapping, header, rows.get(i).cells());
                write(r, seen, counts);
                problems.addAll(r.problems);
            }
            if (!problems.isEmpty() && !partial) {
                status.setRollbackOnly();
                return false;
            }
            return true;
        }));
        if (!committed) {
            Arrays.fill(counts, 0);
        }
        return new Outcome(rows.size() - 1, counts[0], counts[1], counts[2], List.copyOf(problems), committed);
    }

    /** Reads and writes one row: counts[0] created, [1] updated, [2] unchanged. */
    private void write(RowReader r, Map<String, Integer> seen, int[] counts) {
        StateCode state = r.parse("stateUnderReview", StateCode::of);
        ParagraphId identifier = r.parse("identifier", ParagraphId::parse);
        String document = r.text("document");
        if (!r.problems.isEmpty()) {
            return;
        }
        if (identifier == null) {
            r.problems.add(new Problem(r.file, r.row, r.column("identifier"), "is empty: every recommendation needs its identifier"));
            return;
        }
        if (state == null) {
            r.problems.add(new Problem(r.file, r.row, r.column("stateUnderReview"), "is empty: the State under review is required"));
            return;
        }
        String key = state + " " + (document == null ? "" : document) + " " + identifier;
        Integer earlier = seen.putIfAbsent(key, r.row);
        if (earlier != null) {
            r.problems.add(new Problem(r.file, r.row, r.column("identifier"), identifier + " appears twice in "
                    + (document == null ? "the file" : document) + " (rows " + earlier + " and " + r.row + ")"));
            return;
        }
        RecommendationData stored = stored(state, document, identifier);
        RecommendationData data = read(r, stored, state, document, identifier);
        if (!r.problems.isEmpty()) {
            return;
        }
        if (stored != null && writable(stored).equals(writable(data))) {
            counts[2]++;
            return;
        }
        try {
            if (stored == null) {
                recommendations.create(data);
                counts[0]++;
            } else {
                recommendations.update(stored.id(), data.withIdAndVersion(stored.id(), stored.version()));
                counts[1]++;
            }
        } catch (InvalidRecordException e) {
            e.violations().forEach(v -> r.problems.add(new Problem(r.file, r.row, r.column(v.field().replaceAll("\\[.*", "")), v.reason())));
        }
    }

    private RecommendationData stored(StateCode state, String document, ParagraphId identifier) {
        var query = em.createQuery("select r.id from Recommendation r where r.stateUnderReview = :state and r.identifier = :identifier and "
                        + (document == null ? "r.document is null" : "r.document = :document"), UUID.class)
                .setParameter("state", state.code()).setParameter("identifier", identifier.toString());
        if (document != null) {
            query.setParameter("document", document);
        }
        List<UUID> found = query.getResultList();
        return found.isEmpty() ? null : recommendations.get(found.get(0));
    }

    /** The row's recommendation: each field the mapping gives read from the row, every other as stored. */
    private RecommendationData read(RowReader r, RecommendationData stored, StateCode state, String document, ParagraphId identifier) {
        RecommendationData base = stored != null ? stored : new RecommendationData(null, null, null, null, null, null, null, null, null,
                List.of(), null, null, null, List.of(), List.of(), Set.of(), List.of(), null, null, null, null, null, null, null);
        Mechanism mechanism = r.given("mechanism") ? r.parse("mechanism", CsvRecommendationImport::mechanism) : base.mechanism();
        Position position = r.given("position") ? r.parse("position", text -> position(r.mapping, text)) : base.position();
        return new RecommendationData(base.id(), base.version(), mechanism, document != null || r.given("document") ? document : base.document(),
                base.sourceId(), identifier,
                r.given("text") ? r.text("text") : base.text(),
                r.given("date") ? r.parse("date", LocalDate::parse) : base.date(),
                r.given("cycle") ? r.text("cycle") : base.cycle(),
                r.given("recommendingStates") ? r.list("recommendingStates", StateCode::of) : base.recommendingStates(),
                state, position,
                r.given("positionDate") ? r.parse("positionDate", LocalDate::parse) : base.positionDate(),
                r.given("themes") ? r.list("themes", t -> vocabulary(Theme.class, "theme", t)) : base.themes(),
                r.given("affectedGroups") ? r.list("affectedGroups", Function.identity()) : base.affectedGroups(),
                r.given("rights") ? new LinkedHashSet<>(r.list("rights", t -> vocabulary(Right.class, "right", t))) : base.rights(),
                r.given("provisions") ? r.list("provisions", Function.identity()) : base.provisions(),
                r.given("followUpDeadline") ? r.parse("followUpDeadline", LocalDate::parse) : base.followUpDeadline(),
                r.given("confidentiality") ? r.parse("confidentiality", t -> vocabulary(Confidentiality.class, "level", t))
                        : base.confidentiality() == null ? Confidentiality.PUBLIC : base.confidentiality(),
                null, null, null, null, null);
    }

    /** The fields a write takes, for telling an unchanged row. */
    private static List<Object> writable(RecommendationData d) {
        return Arrays.asList(d.mechanism(), d.document(), d.sourceId(), d.identifier(), d.text(), d.date(), d.cycle(),
                d.recommendingStates(), d.stateUnderReview(), d.position(), d.positionDate(), d.themes(),
                d.affectedGroups(), Set.copyOf(d.rights()), d.provisions(), d.followUpDeadline(), d.confidentiality());
    }

    private static Mechanism mechanism(String text) {
        for (Mechanism m : Mechanism.values()) {
            if (m.name().equalsIgnoreCase(text.replace(' ', '_')) || m.label().equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a mechanism (" + List.of(Mechanism.values()) + ")");
    }

    private static Position position(ImportMapping mapping, String text) {
        String mapped = mapping.positions().get(text.toLowerCase(Locale.ROOT));
        String name = (mapped != null ? mapped : text).strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        try {
            return Position.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a position (" + List.of(Position.values())
                    + (mapping.positions().isEmpty() ? "" : " or one the mapping names: " + mapping.positions().keySet()) + ")");
        }
    }

    private static <E extends Enum<E>> E vocabulary(Class<E> type, String what, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + what + " ("
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
        }
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
