package org.defensor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.defensor.support.Markers;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The leak test: the demo data with every prose field of its CONFIDENTIAL records carrying a marker
 * ({@code QXC0001XQ}) and of its RESTRICTED records another ({@code QXR0001XQ}), public records naming
 * confidential parties, communications drawn from confidential incidents; then every GET endpoint and
 * page the controllers declare is walked with the records' ids and search terms as a viewer and
 * anonymously, letters decoded from PDF and DOCX. A viewer may see no QXC marker, anyone unsigned no
 * marker at all. Admins see them, so the markers are where the walk looks.
 */
class LeakTests extends ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONFIDENTIAL_MARKER = Pattern.compile("QXC\\d{4}XQ");
    private static final Pattern ANY_MARKER = Pattern.compile("QX[CR]\\d{4}XQ");
    /** A keyed id ({@code person/x}), a date, a code: not prose, left as the dataset has it. */
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Markers markers = new Markers();

    @Test
    void noViewerOrAnonymousResponseOnAnyEndpointOrPageCarriesTextOfARecordAboveTheirClearance() throws IOException {
        ObjectNode dataset = (ObjectNode) JSON.readTree(Files.readString(Path.of("samples/demo.json")));
        Map<String, List<String>> names = markers.levelDemoData(dataset);
        Api.Reply imported = admin.post("/api/v1/dataset", JSON.writeValueAsString(dataset));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);

        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (String kind : List.of("persons", "organisations", "sources", "incidents", "communications")) {
            JsonNode page = admin.get("/api/v1/" + kind + "?size=200").body();
            JsonNode items = page.has("items") ? page.get("items") : page;
            // A few of each level are enough: every record of a kind goes through the same read path.
            Map<String, List<String>> byLevel = new LinkedHashMap<>();
            items.forEach(item -> byLevel.computeIfAbsent(item.path("confidentiality").asText(), l -> new ArrayList<>()).add(item.get("id").asText()));
            ids.put(kind, new ArrayList<>(byLevel.values().stream().flatMap(level -> level.stream().limit(3)).toList()));
        }
        // Communications drawn from a confidential, a restricted and a public incident, and from a public
        // and a confidential one together; the public one sent and, where publication allows, published.
        JsonNode mandates = admin.get("/api/v1/mandates").body();
        String mandate = (mandates.has("items") ? mandates.get("items") : mandates).get(0).get("id").asText();
        List<JsonNode> incidents = ids.get("incidents").stream().map(id -> admin.get("/api/v1/incidents/" + id).body()).toList();
        String confidential = firstAt(incidents, "CONFIDENTIAL");
        String restricted = firstAt(incidents, "RESTRICTED");
        String open = firstAt(incidents, "PUBLIC");
        for (List<String> drawnFrom : List.of(List.of(confidential), List.of(restricted), List.of(open), List.of(open, confidential))) {
            Api.Reply draft = editor.post("/api/v1/communications/drafts", Api.json(Map.of("type", "AL", "country", "KAZ",
                    "mandateIds", List.of(mandate), "incidentIds", drawnFrom, "questionKeys", List.of())));
            assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
            ids.get("communications").add(draft.body().get("id").asText());
            if (drawnFrom.equals(List.of(open))) {
                String path = "/api/v1/communications/" + draft.body().get("id").asText();
                Api.Reply sent = editor.post(path + "/send", Api.json(Map.of("version", draft.body().get("version").asLong(), "date", java.time.LocalDate.now().toString())));
                assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
                editor.post(path + "/publish", Api.json(Map.of("version", sent.body().get("version").asLong(), "date", java.time.LocalDate.now().toString())));
            }
        }

        // Recommendations: a public one linking a confidential, a restricted and a public incident, assessed on
        // the confidential link, and a confidential one; the notes and reasoning carry markers of their links' levels.
        Api.Reply rec = editor.post("/api/v1/recommendations", """
                {"mechanism": "UPR", "document": "UPR leak test", "identifier": "140.111", "text": "ensure thorough investigations",
                 "stateUnderReview": "KAZ", "position": "SUPPORTED", "confidentiality": "PUBLIC"}""");
        assertThat(rec.status()).as(rec.raw()).isEqualTo(201);
        String recPath = "/api/v1/recommendations/" + rec.body().get("id").asText();
        JsonNode linked = rec.body();
        for (String[] link : List.of(new String[] {confidential, "QXC7001XQ"}, new String[] {restricted, "QXR7001XQ"}, new String[] {open, "public note"})) {
            Api.Reply r = editor.post(recPath + "/evidence?version=" + linked.get("version"),
                    Api.json(Map.of("kind", "INCIDENT", "target", link[0], "note", link[1])));
            assertThat(r.status()).as(r.raw()).isEqualTo(201);
            linked = r.body();
        }
        String confidentialLink = null;
        for (JsonNode e : linked.get("evidence")) {
            if (e.get("target").asText().equals(confidential)) {
                confidentialLink = e.get("id").asText();
            }
        }
        Api.Reply assessed = editor.post(recPath + "/assessments?version=" + linked.get("version"), Api.json(Map.of("status", "NOT_IMPLEMENTED",
                "date", "2025-06-01", "reasoning", "QXC7002XQ", "evidence", List.of(confidentialLink), "confidentiality", "PUBLIC")));
        assertThat(assessed.status()).as(assessed.raw()).isEqualTo(201);
        Api.Reply secretRec = editor.post("/api/v1/recommendations", """
                {"mechanism": "OTHER", "document": "QXC7003XQ paper", "identifier": "1.1", "text": "QXC7004XQ",
                 "stateUnderReview": "KAZ", "themes": ["IMPUNITY", "FREEDOM_OF_ASSEMBLY", "WOMENS_RIGHTS", "LGBTIQ_RIGHTS", "FREEDOM_OF_EXPRESSION"],
                 "confidentiality": "CONFIDENTIAL"}""");
        assertThat(secretRec.status()).as(secretRec.raw()).isEqualTo(201);
        ids.put("recommendations", new ArrayList<>(List.of(rec.body().get("id").asText(), secretRec.body().get("id").asText())));

        List<String> searchTerms = new ArrayList<>();
        names.values().forEach(list -> list.stream().limit(4).forEach(searchTerms::add));
        searchTerms.add("QXC0001XQ");
        searchTerms.add("QXR0002XQ");
        List<String> urls = urls(ids, searchTerms);
        // What a record bears on, asked with the records' ids (the path names recommendations, not the record).
        for (String incident : List.of(confidential, restricted, open)) {
            urls.add("/api/v1/recommendations/bearing/" + incident);
            urls.add("/recommendations/bearing/" + incident + "?kind=INCIDENT&state=KAZ");
            urls.add("/recommendations/bearing/" + incident + "/list");
            urls.add("/api/v1/recommendations/suggestions?kind=INCIDENT&target=" + incident);
        }
        // The confidential recommendation is suggested to whoever may read it, so the walk above would see it if it leaked.
        assertThat(ids.get("incidents").stream().anyMatch(incident -> admin.get("/api/v1/recommendations/suggestions?kind=INCIDENT&target="
                + incident).raw().contains("QXC7004XQ"))).as("the confidential recommendation suggested to an admin").isTrue();
        assertThat(urls).hasSizeGreaterThan(200);
        System.out.println("LeakTests walks " + urls.size() + " URLs");

        // The markers are there to be found: an editor reads them.
        Api.Download editorsView = editor.download("/api/v1/incidents/" + confidential);
        assertThat(CONFIDENTIAL_MARKER.matcher(text(editorsView)).find()).isTrue();

        WebSession viewerPages = WebSession.signIn(port, "test-viewer", PASSWORD);
        WebSession anonymousPages = WebSession.anonymous(port);
        Set<String> leaks = new TreeSet<>();
        int answered = 0;
        for (String url : urls) {
            boolean api = url.startsWith("/api/");
            Api.Download asViewer = api ? viewer.download(url) : viewerPages.download(url);
            Api.Download asAnonymous = api ? anonymous.download(url) : anonymousPages.download(url);
            answered += asViewer.status() == 200 ? 1 : 0;
            String asked = asked(url);
            leaked(CONFIDENTIAL_MARKER, text(asViewer).replace(asked, "")).ifPresent(m -> leaks.add("viewer " + url + " -> " + m));
            leaked(ANY_MARKER, text(asAnonymous).replace(asked, "")).ifPresent(m -> leaks.add("anonymous " + url + " -> " + m));
        }
        assertThat(markers.count()).as("marked fields").isGreaterThan(300);
        assertThat(answered).as("URLs a viewer could read").isGreaterThan(100);
        assertThat(leaks).as("responses carrying a record above the caller's clearance").isEmpty();
    }

    private static String firstAt(List<JsonNode> incidents, String level) {
        return incidents.stream().filter(i -> i.get("confidentiality").asText().equals(level)).findFirst().orElseThrow().get("id").asText();
    }

    /**
     * Every GET the controllers declare, each path variable filled with the ids of the kind of record
     * the path names (or of every kind when it names none), each query a handler takes filled: search
     * terms for {@code q}, each letter format, redacted or not.
     */
    private List<String> urls(Map<String, List<String>> ids, List<String> searchTerms) {
        Set<String> urls = new LinkedHashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            var methods = e.getKey().getMethodsCondition().getMethods();
            if (!e.getValue().getBeanType().getPackageName().startsWith("org.defensor")
                    || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                continue;
            }
            List<String> queries = queries(e.getValue(), searchTerms);
            for (String pattern : e.getKey().getPatternValues()) {
                for (String path : expand(pattern, ids)) {
                    queries.forEach(query -> urls.add(path + query));
                }
            }
        }
        return new ArrayList<>(urls);
    }

    private static List<String> expand(String pattern, Map<String, List<String>> ids) {
        Matcher variable = VARIABLE.matcher(pattern);
        if (!variable.find()) {
            return List.of(pattern);
        }
        List<String> candidates = ids.entrySet().stream().filter(kind -> pattern.contains("/" + kind.getKey() + "/"))
                .findFirst().map(Map.Entry::getValue)
                .orElseGet(() -> ids.values().stream().flatMap(List::stream).toList());
        List<String> expanded = new ArrayList<>();
        String first = pattern.substring(0, variable.start());
        String rest = pattern.substring(variable.end());
        for (String id : candidates) {
            // A second variable (a reply of a communication, a version) gets an id that names nothing.
            expanded.add(first + id + VARIABLE.matcher(rest).replaceAll(UUID.randomUUID().toString()));
        }
        return expanded;
    }

    private static List<String> queries(HandlerMethod handler, List<String> searchTerms) {
        Set<String> parameters = new LinkedHashSet<>();
        for (var p : handler.getMethod().getParameters()) {
            RequestParam param = p.getAnnotation(RequestParam.class);
            if (param != null) {
                parameters.add(!param.value().isEmpty() ? param.value() : !param.name().isEmpty() ? param.name() : p.getName());
            }
        }
        List<String> queries = new ArrayList<>();
        if (parameters.contains("q")) {
            searchTerms.forEach(term -> queries.add("?q=" + java.net.URLEncoder.encode(term, StandardCharsets.UTF_8)));
        }
        if (parameters.contains("format")) {
            for (String format : List.of("html", "pdf", "docx")) {
                queries.add("?format=" + format);
                queries.add("?format=" + format + "&redacted=true");
            }
        }
        if (parameters.contains("type") && parameters.contains("country")) {
            queries.add("?type=AL&country=KAZ");
        }
        if (queries.isEmpty() || !parameters.contains("q")) {
            queries.add("");
        }
        return queries;
    }

    /** The search term a URL asks for, which a page may echo back (a marker searched for is not a marker leaked). */
    private static String asked(String url) {
        Matcher q = Pattern.compile("[?&]q=([^&]*)").matcher(url);
        return q.find() ? java.net.URLDecoder.decode(q.group(1), StandardCharsets.UTF_8) : "\u0000";
    }

    private static java.util.Optional<String> leaked(Pattern marker, String text) {
        Matcher m = marker.matcher(text);
        return m.find() ? java.util.Optional.of(text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 20))) : java.util.Optional.empty();
    }

    /** What a reader of the response sees: the text of a PDF or DOCX, the body of anything else. */
    private static String text(Api.Download response) {
        try {
            if (response.contentType().startsWith("application/pdf")) {
                try (var pdf = Loader.loadPDF(response.bytes())) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
            if (response.contentType().contains("wordprocessingml")) {
                try (var docx = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(response.bytes())))) {
                    return docx.getText();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + response.contentType(), e);
        }
        return new String(response.bytes(), StandardCharsets.UTF_8);
    }
}
