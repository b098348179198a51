package org.defensor.dataset.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationsTransfer;
import org.defensor.communications.CommunicationsTransfer.Pending;
import org.defensor.communications.ReplyData;
import org.defensor.audit.AuditTrail;
import org.defensor.dataset.Dataset;
import org.defensor.dataset.DatasetFormatException;
import org.defensor.dataset.DatasetTransfer;
import org.defensor.dataset.ImportReport;
import org.defensor.records.ActData;
import org.defensor.records.DecisionData;
import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.defensor.records.OrganisationData;
import org.defensor.records.Organisations;
import org.defensor.records.PersonData;
import org.defensor.records.Persons;
import org.defensor.records.ProceedingData;
import org.defensor.records.SourceData;
import org.defensor.records.Sources;
import org.defensor.search.SearchIndex;
import org.defensor.shared.InvalidRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JsonDatasetTransfer implements DatasetTransfer {

    private final AuditTrail audit;

    private static final Logger log = LoggerFactory.getLogger(JsonDatasetTransfer.class);

    private static final int PAGE = 500;
    private static final int CHUNK = 500;

    private final Kind<SourceData> sources;
    private final Kind<OrganisationData> organisations;
    private final Kind<PersonData> persons;
    private final Kind<IncidentData> incidents;
    private final Kind<CommunicationData> communications;
    private final Kind<ReplyData> replies;
    private final Incidents incidentRecords;
    private final TransactionTemplate reading;
    private final EntityManager entities;
    private final SearchIndex index;
    private final ObjectMapper json;
    private final ImportJournal journal;
    private final JdbcImportRollback durability;
    /** The name of each kind: its table, its audit entries' record type, its kind in the id registry. */
    private final Map<Kind<?>, String> kindNames;

    JsonDatasetTransfer(Sources sources, Organisations organisations, Persons persons, Incidents incidents,
                        CommunicationsTransfer communications, PlatformTransactionManager transactions, EntityManager entities,
                        SearchIndex index, ObjectMapper json, ImportJournal journal, JdbcImportRollback durability,
                        AuditTrail audit) {
        this.audit = audit;
        this.sources = Kind.of(sources);
        this.organisations = Kind.of(organisations);
        this.persons = Kind.of(persons);
        this.incidents = Kind.of(incidents);
        this.communications = Kind.communications(communications);
        this.replies = Kind.replies(communications);
        this.incidentRecords = incidents;
        // Read-only: no flush before each query, which over a whole dataset made reading quadratic.
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.entities = entities;
        this.index = index;
        this.journal = journal;
        this.durability = durability;
        this.kindNames = Map.of(this.sources, "source", this.organisations, "organisation", this.persons, "person",
                this.incidents, "incident", this.communications, "communication", this.replies, "reply");
        this.json = json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .registerModule(new SimpleModule().addDeserializer(UUID.class, new KeyedUuidDeserializer()));
    }

    @Override
    public Dataset synthetic(int incidents, long seed) {
        return SyntheticData.generate(incidents, seed);
    }

    @Override
    public Dataset export() {
        Dataset dataset = reading.execute(tx -> new Dataset(Dataset.FORMAT, Dataset.VERSION, all(sources), all(organisations),
                all(persons), all(incidents), all(communications), all(replies)));
        audit.recordRead("export", "dataset", "all", dataset.sources().size() + " sources, " + dataset.organisations().size()
                + " organisations, " + dataset.persons().size() + " persons, " + dataset.incidents().size() + " incidents, "
                + dataset.communications().size() + " communications, " + dataset.replies().size() + " replies");
        return dataset;
    }

    @Override
    public void export(OutputStream out) throws IOException {
        json.writeValue(out, export());
    }

    /** Every record of one kind, a page at a time; the persistence context is emptied after each page to bound memory. */
    private <D> List<D> all(Kind<D> kind) {
        List<D> items = new ArrayList<>();
        Page<D> page = kind.page(PageRequest.of(0, PAGE));
        items.addAll(page.getContent());
        while (page.hasNext()) {
            entities.clear();
            page = kind.page(page.nextPageable());
            items.addAll(page.getContent());
        }
        entities.clear();
        return items;
    }

    @Override
    public Dataset read(InputStream in, String name) throws IOException {
        Dataset dataset;
        try {
            dataset = json.readValue(in, Dataset.class);
        } catch (JsonMappingException e) {
            throw new DatasetFormatException(name + ": " + where(e) + pathOf(e) + ": " + reason(e));
        } catch (JsonProcessingException e) {
            throw new DatasetFormatException(name + ": " + where(e) + "not valid JSON: " + e.getOriginalMessage());
        }
        if (dataset == null || !Dataset.FORMAT.equals(dataset.format())) {
            throw new DatasetFormatException(name + ": not a Defensor dataset (\"format\" must be \"" + Dataset.FORMAT + "\")");
        }
        if (dataset.formatVersion() == null || dataset.formatVersion() < Dataset.OLDEST_READ
                || dataset.formatVersion() > Dataset.VERSION) {
            throw new DatasetFormatException(name + ": formatVersion " + dataset.formatVersion() + " is not supported (expected "
                    + Dataset.OLDEST_READ + " to " + Dataset.VERSION + ")");
        }
        return dataset;
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String reason(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        return e.getOriginalMessage();
    }

    /** One record of the file with where it stands, so that a problem can say so. */
    private record Item<D>(String location, UUID id, D data, Kind<D> kind) {}

    @Override
    public ImportReport importDataset(Dataset dataset, boolean partial) {
        List<Item<?>> items = new ArrayList<>();
        addAll(items, "sources", list(dataset.sources()), sources, SourceData::id);
        addAll(items, "organisations", list(dataset.organisations()), organisations, OrganisationData::id);
        addAll(items, "persons", list(dataset.persons()), persons, PersonData::id);
        List<IncidentData> all = list(dataset.incidents()).stream().map(JsonDatasetTransfer::withChildIds).toList();
        addAll(items, "incidents", all, incidents, IncidentData::id);
        addAll(items, "communications", list(dataset.communications()), communications, CommunicationData::id);
        addAll(items, "replies", list(dataset.replies()), replies, ReplyData::id);

        Map<String, ImportReport.Problem> problems = new LinkedHashMap<>();
        List<Item<?>> good = check(items, problems);
        // With partial import, dropping a bad record can break the records that refer to it: check again until none does.
        while (partial && good.size() < items.size()) {
            List<Item<?>> still = check(good, problems);
            if (still.size() == good.size()) {
                break;
            }
            good = still;
        }
        if (!problems.isEmpty() && !partial) {
            return ImportReport.refused(sorted(problems, items));
        }
        List<Item<?>> kept = good;
        List<Item<?>> toWrite = ordered(kept);
        ImportJournal.Open journaled;
        try {
            // Written and forced to disk before the transaction: if the process dies before the commit is durable,
            // the next start deletes whatever of the import the database kept (RollBackUnfinishedImports).
            journaled = journal.begin(entries(toWrite), parts(toWrite));
        } catch (IOException | RuntimeException e) {
            log.warn("Import: the import journal could not be written, nothing was written: {}", e.toString());
            List<ImportReport.Problem> failed = new ArrayList<>(sorted(problems, items));
            failed.add(new ImportReport.Problem("(import)", null, List.of("the import journal could not be written in "
                    + journal.folder() + ", nothing was written: " + e.getMessage())));
            return ImportReport.refused(failed);
        }
        try (journaled) {
            try {
                // One transaction for the whole import: a failure, or a crash (kill -9, power loss), leaves nothing of it.
                log.info("Import: writing {} records in one transaction (journal {})", toWrite.size(), journaled.name());
                index.inTransactionWithoutIndexing(() -> {
                    write(toWrite);
                    relate(kept, all);
                    return true;
                });
            } catch (RuntimeException e) {
                log.info("Import: writing failed, rolled back");
                List<ImportReport.Problem> failed = new ArrayList<>(sorted(problems, items));
                failed.add(new ImportReport.Problem("(import)", null, List.of("writing failed, nothing was kept: " + e.getMessage())));
                return ImportReport.refused(failed);
            }
            // On H2 the commit is written (WRITE_DELAY=0); a checkpoint also writes every map of the store and forces
            // it to disk, and only then does the journal say "committed": a start keeps the import from then on.
            durability.checkpoint();
            try {
                journaled.committed();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the import committed but its journal could not be marked so", e);
            }
            log.info("Import: {} records committed; indexing them", toWrite.size());
            if (!toWrite.isEmpty()) {
                // After the commit: the index never holds what the database does not. A crash before the index is
                // complete is repaired at the next start (SearchIndex.reconcile).
                index.rebuild();
            }
        }
        log.info("Import: done");
        return new ImportReport(true, count(good, sources), count(good, organisations), count(good, persons),
                count(good, incidents), count(good, communications), count(good, replies), sorted(problems, items));
    }

    /** The records the import will create, in the order it writes them. */
    private List<ImportJournal.Entry> entries(List<Item<?>> toWrite) {
        return toWrite.stream().map(i -> new ImportJournal.Entry(kindNames.get(i.kind()), i.id())).toList();
    }

    /** The acts, proceedings and decisions of the incidents it will create: their ids are given (or derived) before writing. */
    private List<ImportJournal.Entry> parts(List<Item<?>> toWrite) {
        List<ImportJournal.Entry> parts = new ArrayList<>();
        for (Item<?> item : toWrite) {
            if (item.kind() == incidents) {
                IncidentData incident = (IncidentData) item.data();
                list(incident.acts()).stream().filter(a -> a.id() != null)
                        .forEach(a -> parts.add(new ImportJournal.Entry("act", a.id())));
                for (ProceedingData p : list(incident.proceedings())) {
                    if (p.id() != null) {
                        parts.add(new ImportJournal.Entry("proceeding", p.id()));
                    }
                    list(p.decisions()).stream().filter(d -> d.id() != null)
                            .forEach(d -> parts.add(new ImportJournal.Entry("decision", d.id())));
                }
            }
        }
        return parts;
    }

    private static <D> void addAll(List<Item<?>> items, String name, List<D> records, Kind<D> kind, Function<D, UUID> id) {
        for (int i = 0; i < records.size(); i++) {
            // An empty record has no id; its check refuses it as missing.
            D record = records.get(i);
            items.add(new Item<>(name + "[" + i + "]", record == null ? null : id.apply(record), record, kind));
        }
    }

    /** Checks every item against the records of the file and the database; returns the good ones. */
    private List<Item<?>> check(List<Item<?>> items, Map<String, ImportReport.Problem> problems) {
        Set<UUID> ids = new HashSet<>();
        Map<UUID, CommunicationData> letters = new LinkedHashMap<>();
        Set<UUID> replied = new HashSet<>();
        Set<UUID> seen = new HashSet<>();
        for (Item<?> item : items) {
            if (item.id() != null) {
                ids.add(item.id());
                if (item.kind() == communications) {
                    letters.putIfAbsent(item.id(), (CommunicationData) item.data());
                }
                if (item.kind() == replies) {
                    replied.add(((ReplyData) item.data()).communicationId());
                }
            }
        }
        Pending pending = new Pending(ids, letters, replied);
        List<Item<?>> good = new ArrayList<>();
        reading.executeWithoutResult(tx -> {
            int n = 0;
            for (Item<?> item : items) {
                if (++n % CHUNK == 0) {
                    entities.clear();
                }
                try {
                    if (item.id() != null && !seen.add(item.id())) {
                        throw new InvalidRecordException("id", "appears more than once in the file");
                    }
                    checkOne(item, pending);
                    good.add(item);
                } catch (InvalidRecordException e) {
                    problems.put(item.location(), new ImportReport.Problem(item.location(), String.valueOf(item.id()),
                            e.violations().stream().map(v -> v.field() + ": " + v.reason()).toList()));
                }
            }
        });
        return good;
    }

    private static <D> void checkOne(Item<D> item, Pending pending) {
        item.kind().check(item.data(), pending);
    }

    /**
     * Sources, organisations (parents first), persons, incidents, communications (those followed up
     * first), then replies: each refers only to those before.
     */
    private List<Item<?>> ordered(List<Item<?>> good) {
        List<Item<?>> ordered = new ArrayList<>();
        good.stream().filter(i -> i.kind() == sources).forEach(ordered::add);
        ordered.addAll(referredFirst(good.stream().filter(i -> i.kind() == organisations).toList(),
                o -> ((OrganisationData) o).parentId() == null ? List.of() : List.of(((OrganisationData) o).parentId())));
        good.stream().filter(i -> i.kind() == persons).forEach(ordered::add);
        good.stream().filter(i -> i.kind() == incidents)
                .map(i -> new Item<>(i.location(), i.id(), withoutRelations((IncidentData) i.data()), incidents))
                .forEach(ordered::add);
        ordered.addAll(referredFirst(good.stream().filter(i -> i.kind() == communications).toList(),
                c -> list(((CommunicationData) c).follows())));
        good.stream().filter(i -> i.kind() == replies).forEach(ordered::add);
        return ordered;
    }

    /** Writes in the caller's transaction, emptying the persistence context every few hundred records to bound memory. */
    private void write(List<Item<?>> items) {
        int n = 0;
        for (Item<?> item : items) {
            create(item);
            if (++n % CHUNK == 0) {
                entities.flush();
                entities.clear();
            }
        }
        entities.flush();
        entities.clear();
    }

    private static <D> void create(Item<D> item) {
        item.kind().create(item.data());
    }

    private void relate(List<Item<?>> good, List<IncidentData> all) {
        Set<UUID> goodIds = new HashSet<>();
        good.forEach(i -> goodIds.add(i.id()));
        int n = 0;
        for (IncidentData wanted : all) {
            if (wanted != null && goodIds.contains(wanted.id()) && wanted.relations() != null && !wanted.relations().isEmpty()) {
                IncidentData stored = incidentRecords.get(wanted.id());
                incidentRecords.update(stored.id(), withRelations(stored, wanted));
                if (++n % CHUNK == 0) {
                    entities.flush();
                    entities.clear();
                }
            }
        }
    }

    private static int count(List<Item<?>> items, Kind<?> kind) {
        return (int) items.stream().filter(i -> i.kind() == kind).count();
    }

    /** Problems in file order. */
    private static List<ImportReport.Problem> sorted(Map<String, ImportReport.Problem> problems, List<Item<?>> items) {
        List<ImportReport.Problem> inOrder = new ArrayList<>();
        for (Item<?> item : items) {
            if (problems.containsKey(item.location())) {
                inOrder.add(problems.get(item.location()));
            }
        }
        return inOrder;
    }

    /** Items that refer to others of the list (an organisation's parent, the letters a communication follows up) come after them. */
    private static List<Item<?>> referredFirst(List<Item<?>> items, Function<Object, List<UUID>> refersTo) {
        Set<UUID> inList = new HashSet<>();
        items.forEach(i -> inList.add(i.id()));
        List<Item<?>> ordered = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        List<Item<?>> waiting = new ArrayList<>(items);
        while (!waiting.isEmpty()) {
            List<Item<?>> next = waiting.stream()
                    .filter(i -> refersTo.apply(i.data()).stream().allMatch(r -> !inList.contains(r) || placed.contains(r))).toList();
            if (next.isEmpty()) {
                ordered.addAll(waiting); // a cycle: let validation report it
                break;
            }
            next.forEach(i -> placed.add(i.id()));
            ordered.addAll(next);
            waiting.removeAll(next);
        }
        return ordered;
    }

    /** Children without ids get ids derived from their incident and position, so a re-import gives the same ids. */
    static IncidentData withChildIds(IncidentData i) {
        // An empty record, or an empty entry in one of its lists, is left for the checks to refuse by position.
        if (i == null || i.id() == null) {
            return i;
        }
        List<ActData> acts = new ArrayList<>();
        List<ActData> givenActs = list(i.acts());
        for (int n = 0; n < givenActs.size(); n++) {
            ActData a = givenActs.get(n);
            acts.add(a == null || a.id() != null ? a : new ActData(child(i.id(), "act", n), a.type(), a.start(), a.end(), a.duration(),
                    a.description(), a.method(), a.consequences(), a.victims(), a.perpetrators(), a.rights(), a.provisions(),
                    a.sources()));
        }
        List<ProceedingData> proceedings = new ArrayList<>();
        List<ProceedingData> givenProceedings = list(i.proceedings());
        for (int n = 0; n < givenProceedings.size(); n++) {
            ProceedingData p = givenProceedings.get(n);
            if (p == null) {
                proceedings.add(null);
                continue;
            }
            UUID pid = p.id() != null ? p.id() : child(i.id(), "proceeding", n);
            List<DecisionData> decisions = new ArrayList<>();
            List<DecisionData> givenDecisions = list(p.decisions());
            for (int m = 0; m < givenDecisions.size(); m++) {
                DecisionData d = givenDecisions.get(m);
                decisions.add(d == null || d.id() != null ? d : new DecisionData(child(pid, "decision", m), d.date(), d.authorityId(),
                        d.reference(), d.outcome(), d.grounds(), d.fine(), d.duration(), d.description()));
            }
            proceedings.add(new ProceedingData(pid, p.kind(), p.purpose(), p.title(), p.started(), p.filedBy(), p.authorityId(),
                    p.reference(), p.concerning(), p.provisions(), p.appealOf(), p.description(), decisions, p.sources()));
        }
        return new IncidentData(i.id(), i.version(), i.title(), i.start(), i.end(), i.time(), i.timeApproximate(), i.place(),
                i.description(), i.themes(), i.informationStatus(), i.confidentiality(), i.relations(), acts, proceedings,
                i.sources(), null);
    }

    private static UUID child(UUID parent, String kind, int position) {
        return KeyedUuidDeserializer.fromKey(parent + "/" + kind + "/" + position);
    }

    private static IncidentData withoutRelations(IncidentData i) {
        return withRelations(i, null);
    }

    private static IncidentData withRelations(IncidentData target, IncidentData from) {
        return new IncidentData(target.id(), target.version(), target.title(), target.start(), target.end(), target.time(),
                target.timeApproximate(), target.place(), target.description(), target.themes(), target.informationStatus(),
                target.confidentiality(), from == null ? List.of() : from.relations(), target.acts(), target.proceedings(),
                target.sources(), null);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
