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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
import org.defensor.records.RecordFilter;
import org.defensor.records.RecordService;
import org.defensor.records.SourceData;
import org.defensor.records.Sources;
import org.defensor.search.SearchIndex;
import org.defensor.shared.InvalidRecordException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JsonDatasetTransfer implements DatasetTransfer {

    private static final int PAGE = 500;
    private static final int CLEAR_EVERY = 200;

    private final Sources sources;
    private final Organisations organisations;
    private final Persons persons;
    private final Incidents incidents;
    private final TransactionTemplate transactions;
    private final SearchIndex index;
    private final ObjectMapper json;
    private final EntityManager em;

    JsonDatasetTransfer(Sources sources, Organisations organisations, Persons persons, Incidents incidents,
                        TransactionTemplate transactions, SearchIndex index, ObjectMapper json, EntityManager em) {
        this.em = em;
        this.sources = sources;
        this.organisations = organisations;
        this.persons = persons;
        this.incidents = incidents;
        this.transactions = transactions;
        this.index = index;
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
        return transactions.execute(tx -> new Dataset(Dataset.FORMAT, Dataset.VERSION, all(sources), all(organisations),
                all(persons), all(incidents)));
    }

    @Override
    public void export(OutputStream out) throws IOException {
        json.writeValue(out, export());
    }

    private static <D> List<D> all(RecordService<D> service) {
        List<D> items = new ArrayList<>();
        Page<D> page = service.list(RecordFilter.NONE, PageRequest.of(0, PAGE));
        items.addAll(page.getContent());
        while (page.hasNext()) {
            page = service.list(RecordFilter.NONE, page.nextPageable());
            items.addAll(page.getContent());
        }
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
        if (dataset.formatVersion() == null || dataset.formatVersion() != Dataset.VERSION) {
            throw new DatasetFormatException(name + ": formatVersion " + dataset.formatVersion() + " is not supported (expected "
                    + Dataset.VERSION + ")");
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

    @Override
    public ImportReport importDataset(Dataset dataset, boolean partial) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        int[] counts = new int[4];
        // Indexing document by document would dominate a large import; the index is rebuilt once after.
        boolean committed = index.inTransactionWithoutIndexing(() -> {
            counts[0] = importAll("sources", list(dataset.sources()), sources, SourceData::id, problems);
            counts[1] = importAll("organisations", parentsFirst(list(dataset.organisations())), organisations,
                    OrganisationData::id, problems);
            counts[2] = importAll("persons", list(dataset.persons()), persons, PersonData::id, problems);
            List<IncidentData> all = list(dataset.incidents()).stream().map(JsonDatasetTransfer::withChildIds).toList();
            // Relations may point forward in the file: create every incident first, then relate them.
            counts[3] = importAll("incidents", all.stream().map(JsonDatasetTransfer::withoutRelations).toList(),
                    incidents, IncidentData::id, problems);
            relate(all, problems);
            return problems.isEmpty() || partial;
        });
        if (committed) {
            index.rebuild();
            return new ImportReport(true, counts[0], counts[1], counts[2], counts[3], problems);
        }
        return new ImportReport(false, 0, 0, 0, 0, problems);
    }

    private <D> int importAll(String kind, List<D> items, RecordService<D> service, Function<D, UUID> id,
                              List<ImportReport.Problem> problems) {
        int imported = 0;
        for (int i = 0; i < items.size(); i++) {
            D item = items.get(i);
            try {
                service.create(item);
                imported++;
                if (imported % CLEAR_EVERY == 0) {
                    // Written records need not stay managed; a growing session makes every flush slower.
                    em.flush();
                    em.clear();
                }
            } catch (InvalidRecordException e) {
                problems.add(new ImportReport.Problem(kind + "[" + i + "]", String.valueOf(id.apply(item)),
                        e.violations().stream().map(v -> v.field() + ": " + v.reason()).toList()));
            }
        }
        return imported;
    }

    private void relate(List<IncidentData> all, List<ImportReport.Problem> problems) {
        for (int i = 0; i < all.size(); i++) {
            IncidentData wanted = all.get(i);
            if (wanted.relations() == null || wanted.relations().isEmpty()) {
                continue;
            }
            try {
                IncidentData stored = incidents.get(wanted.id());
                incidents.update(stored.id(), withRelations(stored, wanted));
            } catch (InvalidRecordException e) {
                problems.add(new ImportReport.Problem("incidents[" + i + "]", String.valueOf(wanted.id()),
                        e.violations().stream().map(v -> v.field() + ": " + v.reason()).toList()));
            } catch (org.defensor.shared.RecordNotFoundException alreadyReported) {
                // the incident itself was refused, and its problem is listed already
            }
        }
    }

    /** Organisations whose parent is in the file come after that parent. */
    private static List<OrganisationData> parentsFirst(List<OrganisationData> items) {
        Set<UUID> inFile = new HashSet<>();
        items.forEach(o -> inFile.add(o.id()));
        List<OrganisationData> ordered = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        List<OrganisationData> waiting = new ArrayList<>(items);
        while (!waiting.isEmpty()) {
            List<OrganisationData> next = waiting.stream()
                    .filter(o -> o.parentId() == null || !inFile.contains(o.parentId()) || placed.contains(o.parentId())).toList();
            if (next.isEmpty()) {
                ordered.addAll(waiting); // a cycle: let validation report it
                break;
            }
            next.forEach(o -> placed.add(o.id()));
            ordered.addAll(next);
            waiting.removeAll(next);
        }
        return ordered;
    }

    /** Children without ids get ids derived from their incident and position, so a re-import gives the same ids. */
    static IncidentData withChildIds(IncidentData i) {
        if (i.id() == null) {
            return i;
        }
        List<ActData> acts = new ArrayList<>();
        List<ActData> givenActs = list(i.acts());
        for (int n = 0; n < givenActs.size(); n++) {
            ActData a = givenActs.get(n);
            acts.add(a.id() != null ? a : new ActData(child(i.id(), "act", n), a.type(), a.start(), a.end(), a.duration(),
                    a.description(), a.method(), a.consequences(), a.victims(), a.perpetrators(), a.rights(), a.provisions(),
                    a.sources()));
        }
        List<ProceedingData> proceedings = new ArrayList<>();
        List<ProceedingData> givenProceedings = list(i.proceedings());
        for (int n = 0; n < givenProceedings.size(); n++) {
            ProceedingData p = givenProceedings.get(n);
            UUID pid = p.id() != null ? p.id() : child(i.id(), "proceeding", n);
            List<DecisionData> decisions = new ArrayList<>();
            List<DecisionData> givenDecisions = list(p.decisions());
            for (int m = 0; m < givenDecisions.size(); m++) {
                DecisionData d = givenDecisions.get(m);
                decisions.add(d.id() != null ? d : new DecisionData(child(pid, "decision", m), d.date(), d.authorityId(),
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
