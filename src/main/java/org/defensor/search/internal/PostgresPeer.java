package org.defensor.search.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.defensor.search.internal.LuceneSearchBenchmark.Mixed;
import org.defensor.search.internal.LuceneSearchBenchmark.Work;
import org.defensor.clearance.IndexClearance;
import org.defensor.shared.Confidentiality;

/**
 * PostgreSQL full-text search doing the work of Defensor's search, as the peer baseline of {@code bench
 * search --peer postgres}: the incidents of the Lucene index copied into a throwaway schema (title,
 * text, the six filter fields), a stored tsvector with the title weighted three times the text under a
 * text search configuration like Defensor's analyzer (unaccent, then the English Snowball stemmer), a GIN
 * index; each query answers the top 20 by ts_rank then id with ts_headline passages of title and text,
 * and, in a second statement, the exact total with the counts of the six filters over all matches.
 */
final class PostgresPeer implements AutoCloseable {

    private static final int BATCH = 1_000;
    private static final int TOP = 20;
    /** ts_rank's weights, in the order D, C, B, A: the text (D) a third of the title (A), as Defensor boosts the title 3x. */
    private static final String WEIGHTS = "'{0.333,0.2,0.4,1.0}'";
    private static final Pattern WORDS = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private final Connection connection;
    private final String schema;
    private final String config;
    private final long documents;

    private PostgresPeer(Connection connection, String schema, long documents) {
        this.connection = connection;
        this.schema = schema;
        this.config = schema + ".defensor";
        this.documents = documents;
    }

    /** Copies the live incidents of {@code reader} into a new schema of {@code connection}'s database and indexes them. */
    static PostgresPeer load(Connection connection, IndexReader reader) throws SQLException, IOException {
        String schema = "defensor_peer_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("create schema " + schema);
            String unaccent = unaccentSchema(s, schema);
            s.execute("create text search configuration " + schema + ".defensor (copy = pg_catalog.english)");
            s.execute("alter text search configuration " + schema + ".defensor alter mapping for hword, hword_part, word with "
                    + unaccent + ".unaccent, english_stem");
            s.execute("create table " + schema + ".doc (id text primary key, title text, body text, confidentiality text, country text,"
                    + " year int, act_type text[], perpetrator_type text[], rights text[], accountability text)");
        }
        PostgresPeer peer = new PostgresPeer(connection, schema, copy(connection, schema, reader));
        try (Statement s = connection.createStatement()) {
            s.execute("alter table " + schema + ".doc add column tsv tsvector generated always as (setweight(to_tsvector('"
                    + peer.config + "', coalesce(title, '')), 'A') || setweight(to_tsvector('" + peer.config
                    + "', coalesce(body, '')), 'D')) stored");
            s.execute("create index on " + schema + ".doc using gin (tsv)");
            s.execute("analyze " + schema + ".doc");
        }
        return peer;
    }

    /** Where the unaccent dictionary is: an installed extension's schema, or installed into the throwaway one. */
    private static String unaccentSchema(Statement s, String schema) throws SQLException {
        try (ResultSet r = s.executeQuery("select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace"
                + " where e.extname = 'unaccent'")) {
            if (r.next()) {
                return r.getString(1);
            }
        }
        s.execute("create extension unaccent schema " + schema);
        return schema;
    }

    private static long copy(Connection connection, String schema, IndexReader reader) throws SQLException, IOException {
        Map<Integer, String> confidentiality = confidentialityByDoc(reader);
        long copied = 0;
        try (PreparedStatement insert = connection.prepareStatement("insert into " + schema + ".doc (id, title, body, "
                + "confidentiality, country, year, act_type, perpetrator_type, rights, accountability) values (?,?,?,?,?,?,?,?,?,?)")) {
            int pending = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    var fields = stored.document(doc, Set.of("title", "text"));
                    insert.setString(1, one(r, org.defensor.records.IndexFields.ID, doc));
                    insert.setString(2, fields.get("title"));
                    insert.setString(3, fields.get("text"));
                    insert.setString(4, confidentiality.get(leaf.docBase + doc));
                    insert.setString(5, one(r, "country", doc));
                    Integer year = year(r, doc);
                    insert.setObject(6, year);
                    insert.setArray(7, connection.createArrayOf("text", all(r, "actType", doc)));
                    insert.setArray(8, connection.createArrayOf("text", all(r, "perpetratorType", doc)));
                    insert.setArray(9, connection.createArrayOf("text", all(r, "right", doc)));
                    insert.setString(10, one(r, "accountability", doc));
                    insert.addBatch();
                    copied++;
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return copied;
    }

    /** The confidentiality of each document: the field has no doc values, so one term query per level. */
    private static Map<Integer, String> confidentialityByDoc(IndexReader reader) throws IOException {
        Map<Integer, String> levels = new HashMap<>();
        IndexSearcher searcher = new IndexSearcher(reader);
        for (Confidentiality level : Confidentiality.values()) {
            Weight weight = searcher.createWeight(searcher.rewrite(new TermQuery(new Term(IndexClearance.FIELD, level.name()))),
                    ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : reader.leaves()) {
                var scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    levels.put(leaf.docBase + doc, level.name());
                }
            }
        }
        return levels;
    }

    private static String one(LeafReader r, String field, int doc) throws IOException {
        String[] values = all(r, field, doc);
        return values.length == 0 ? null : values[0];
    }

    private static String[] all(LeafReader r, String field, int doc) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(r, field);
        if (!values.advanceExact(doc)) {
            return new String[0];
        }
        String[] all = new String[values.docValueCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = values.lookupOrd(values.nextOrd()).utf8ToString();
        }
        return all;
    }

    private static Integer year(LeafReader r, int doc) throws IOException {
        SortedNumericDocValues years = DocValues.getSortedNumeric(r, LuceneSearchBenchmark.YEAR);
        return years.advanceExact(doc) ? (int) years.nextValue() : null;
    }

    long documents() {
        return documents;
    }

    /** The top 20 with passages, the exact total and the six filters' counts for one query of the mix. */
    Work run(Mixed m) throws SQLException {
        Where where = where(m);
        List<String> titles = new ArrayList<>();
        int snippets = 0;
        String options = "'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=20, MinWords=5'";
        String top = m.q() == null
                ? "select title, null, null from " + schema + ".doc d where " + where.sql + " order by id limit " + TOP
                : "select title, ts_headline('" + config + "', title, q, " + options + "), ts_headline('" + config + "', body, q, "
                        + options + ") from (select d.title, d.body, d.id, ts_rank(" + WEIGHTS + ", d.tsv, q.q) r, q.q from "
                        + schema + ".doc d, " + where.query + " where " + where.sql + " order by r desc, d.id limit " + TOP
                        + ") t order by r desc, id";
        try (PreparedStatement s = connection.prepareStatement(top)) {
            where.bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    titles.add(r.getString(1));
                    snippets += (r.getString(2) != null && r.getString(2).contains("<mark>") ? 1 : 0)
                            + (r.getString(3) != null && r.getString(3).contains("<mark>") ? 1 : 0);
                }
            }
        }
        String from = schema + ".doc d" + (m.q() == null ? "" : ", " + where.query);
        String counts = "with m as materialized (select d.country, d.year, d.act_type, d.perpetrator_type, d.rights, d.accountability"
                + " from " + from + " where " + where.sql + ")"
                + " select 'total', null, count(*) from m"
                + " union all select 'country', country, count(*) from m where country is not null group by country"
                + " union all select 'year', year::text, count(*) from m where year is not null group by year"
                + " union all select 'actType', v, count(*) from m cross join unnest(act_type) v group by v"
                + " union all select 'perpetratorType', v, count(*) from m cross join unnest(perpetrator_type) v group by v"
                + " union all select 'right', v, count(*) from m cross join unnest(rights) v group by v"
                + " union all select 'accountability', accountability, count(*) from m where accountability is not null"
                + " group by accountability";
        long total = 0;
        Map<String, Map<String, Long>> byField = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement(counts)) {
            where.bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getString(1).equals("total")) {
                        total = r.getLong(3);
                    } else {
                        byField.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), r.getLong(3));
                    }
                }
            }
        }
        return new Work(total, titles, byField, snippets);
    }

    /** A query of the mix as SQL: the tsquery (a one-row subquery named q) and the conditions, with their parameters. */
    private record Where(String query, String sql, List<Object> parameters) {
        void bind(PreparedStatement s) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
        }
    }

    private Where where(Mixed m) {
        List<Object> parameters = new ArrayList<>();
        String query = "";
        List<String> conditions = new ArrayList<>();
        if (m.q() != null) {
            query = "(select " + tsquery(m.q(), parameters) + " as q) q";
            conditions.add("d.tsv @@ q.q");
        }
        conditions.add("d.confidentiality in ('PUBLIC', 'RESTRICTED', 'CONFIDENTIAL')");
        if (m.country() != null) {
            conditions.add("d.country = ?");
            parameters.add(m.country());
        }
        if (m.year() != null) {
            conditions.add("d.year = ?");
            parameters.add(m.year());
        }
        if (m.actType() != null) {
            conditions.add("d.act_type @> array[?]::text[]");
            parameters.add(m.actType());
        }
        if (m.accountability() != null) {
            conditions.add("d.accountability = ?");
            parameters.add(m.accountability());
        }
        return new Where(query, String.join(" and ", conditions), parameters);
    }

    /**
     * The words of a query as a tsquery requiring every one, like Defensor's: a quoted phrase in order, a word
     * ending in {@code *} as a prefix, any other word through the same configuration.
     */
    private String tsquery(String q, List<Object> parameters) {
        List<String> parts = new ArrayList<>();
        Matcher words = WORDS.matcher(q);
        while (words.find()) {
            if (words.group(1) != null) {
                parts.add("phraseto_tsquery('" + config + "', ?)");
                parameters.add(words.group(1));
            } else if (words.group(2).endsWith("*")) {
                String stem = words.group(2).replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
                parts.add("to_tsquery('" + config + "', ?)");
                parameters.add(stem + ":*");
            } else {
                parts.add("plainto_tsquery('" + config + "', ?)");
                parameters.add(words.group(2));
            }
        }
        return String.join(" && ", parts);
    }

    /** Drops the schema with everything in it. */
    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("drop schema " + schema + " cascade");
        } finally {
            connection.close();
        }
    }
}
