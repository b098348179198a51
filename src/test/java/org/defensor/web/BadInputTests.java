package org.defensor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Input that cannot be read answers 400 naming the field and why, never 500: out-of-range pages and
 * years on every list the handlers declare, bodies that cannot be read, numbers sent for enums and
 * dates, empty entries in a dataset. And every response carries a content security policy.
 */
class BadInputTests extends ServerTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A GET handler of ours that takes a query parameter named {@code parameter}, at a concrete path. */
    private List<String> getPathsTaking(String parameter) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            var methods = e.getKey().getMethodsCondition().getMethods();
            if (!e.getValue().getBeanType().getPackageName().startsWith("org.defensor")
                    || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                continue;
            }
            boolean takes = false;
            for (Parameter p : e.getValue().getMethod().getParameters()) {
                RequestParam param = p.getAnnotation(RequestParam.class);
                takes |= param != null && (parameter.equals(param.value()) || parameter.equals(param.name())
                        || (param.value().isEmpty() && param.name().isEmpty() && parameter.equals(p.getName())));
            }
            if (takes) {
                e.getKey().getPatternValues().forEach(pattern -> found.add(pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString())));
            }
        }
        return found;
    }

    private static String required(String path) {
        // Parameters some lists require, so that the one under test is what is refused.
        return path.endsWith("/next-reference") ? "&type=AL&country=KAZ" : "";
    }

    @Test
    void aPageOrSizeOutOfRangeIsRefusedNamingItOnEveryListOfTheApiAndThePages() {
        List<String> paths = getPathsTaking("page");
        assertThat(paths).hasSizeGreaterThan(3);
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        for (String path : paths) {
            for (String bad : List.of("page=2147483647", "page=-1", "page=99999999999", "page=two")) {
                if (path.startsWith("/api/")) {
                    Api.Reply reply = editor.get(path + "?" + bad);
                    assertThat(reply.status()).as(path + "?" + bad + " " + reply.raw()).isEqualTo(400);
                    assertThat(reply.raw()).as(path + "?" + bad).contains("page");
                } else {
                    WebSession.Page page = web.get(path + "?" + bad);
                    assertThat(page.status()).as(path + "?" + bad).isEqualTo(400);
                    assertThat(page.html()).as(path + "?" + bad).contains("page");
                }
            }
        }
        Api.Reply tooBig = editor.get("/api/v1/persons?size=100000");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body().toString()).contains("size");
    }

    @Test
    void aYearThatIsNotOneIsRefusedNamingItWhereverAYearIsAsked() {
        List<String> paths = getPathsTaking("year");
        assertThat(paths).anyMatch(p -> p.endsWith("/next-reference"));
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        for (String path : paths) {
            for (String bad : List.of("99999999999", "2147483647", "-5", "0", "next")) {
                String url = path + "?year=" + bad + required(path);
                int status = path.startsWith("/api/") ? editor.get(url).status() : web.get(url).status();
                String body = path.startsWith("/api/") ? editor.get(url).raw() : web.get(url).html();
                if (path.equals("/search")) {
                    // The search page drops a filter it cannot read and says nothing is filtered by it.
                    assertThat(status).as(url).isEqualTo(200);
                    continue;
                }
                assertThat(status).as(url + " " + body).isEqualTo(400);
                assertThat(body).as(url).contains("year");
            }
        }
    }

    @Test
    void anEmptyYearFieldIsNoFilterWhereverAFilterFormSendsIt() {
        // A filter form sends every field, filled or not; an empty year must not refuse the whole list.
        WebSession web = WebSession.signIn(port, "test-editor", PASSWORD);
        for (String path : getPathsTaking("year")) {
            if (path.endsWith("/next-reference")) {
                continue; // the year is required there, not a filter
            }
            int status = path.startsWith("/api/") ? editor.get(path + "?year=").status() : web.get(path + "?year=&country=").status();
            assertThat(status).as(path + "?year=").isEqualTo(200);
        }
    }

    @Test
    void aMultipartBodyWithoutABoundaryIsRefusedAsBadInput() {
        HttpResponse<String> restore = admin.exchange("POST", "/api/v1/admin/restore", "multipart/form-data",
                "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(restore.statusCode()).as(restore.body()).isEqualTo(400);
        assertThat(restore.body()).contains("multipart");
        HttpResponse<String> json = admin.exchange("POST", "/api/v1/persons", "multipart/form-data", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(json.statusCode()).as(json.body()).isBetween(400, 499);
    }

    @Test
    void numbersAreNeitherEnumValuesNorDatesAndUnknownPropertiesAreRefusedByName() {
        Api.Reply level = editor.post("/api/v1/persons", "{\"kind\": \"INDIVIDUAL\", \"name\": \"A\", \"confidentiality\": 1}");
        assertThat(level.status()).as(level.raw()).isEqualTo(400);
        assertThat(level.raw()).contains("confidentiality");
        Api.Reply kind = editor.post("/api/v1/persons", "{\"kind\": 0, \"name\": \"A\"}");
        assertThat(kind.status()).as(kind.raw()).isEqualTo(400);
        assertThat(kind.raw()).contains("kind");
        Api.Reply unknown = editor.post("/api/v1/persons", "{\"kind\": \"INDIVIDUAL\", \"name\": \"A\", \"nmae\": \"B\"}");
        assertThat(unknown.status()).as(unknown.raw()).isEqualTo(400);
        assertThat(unknown.raw()).contains("nmae");
        Api.Reply date = editor.post("/api/v1/communications", "{\"type\": \"AL\", \"country\": \"KAZ\", \"number\": 1, \"year\": 2024,"
                + " \"pressRelease\": -1}");
        assertThat(date.status()).as(date.raw()).isEqualTo(400);
        assertThat(date.raw()).contains("pressRelease");
        assertThat(editor.get("/api/v1/persons?q=A").body().toString()).doesNotContain("\"name\":\"A\"");
    }

    @Test
    void aDatasetWithEmptyEntriesIsRefusedByPositionAndChangesNothing() {
        long persons = editor.get("/api/v1/persons").body().get("total").asLong();
        String header = "{\"format\": \"defensor-dataset\", \"formatVersion\": 1, ";
        for (String dataset : List.of(header + "\"incidents\": [null]}", header + "\"persons\": [null]}",
                header + "\"incidents\": [{\"id\": \"" + UUID.randomUUID() + "\", \"title\": \"T\", \"acts\": [null], \"proceedings\": [null]}]}")) {
            Api.Reply reply = admin.post("/api/v1/dataset", dataset);
            assertThat(reply.status()).as(dataset + " " + reply.raw()).isEqualTo(400);
            assertThat(reply.raw()).as(dataset).containsAnyOf("[0]", "#1", "1st", "position", "entry");
        }
        assertThat(editor.get("/api/v1/persons").body().get("total").asLong()).isEqualTo(persons);
    }

    @Test
    void everyResponseCarriesAContentSecurityPolicyThatLetsNoScriptRunInWhatTheApiServes() {
        HttpResponse<String> page = anonymous.exchange("GET", "/login", null, null);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v)
                .contains("default-src 'self'").contains("frame-ancestors 'none'"));
        HttpResponse<String> publicList = anonymous.exchange("GET", "/public/communications", null, null);
        assertThat(publicList.headers().firstValue("Content-Security-Policy")).isPresent();
        for (String path : List.of("/api/v1/persons", "/api/v1/public/communications",
                "/api/v1/public/communications/" + UUID.randomUUID() + "/letter?format=html")) {
            HttpResponse<String> api = editor.exchange("GET", path, null, null);
            assertThat(api.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(v -> assertThat(v)
                    .contains("default-src 'none'").doesNotContain("script-src"));
        }
    }
}
