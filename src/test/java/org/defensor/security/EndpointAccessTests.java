package org.defensor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.defensor.support.Api;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the running application, found from its handler mappings, called without
 * signing in and with each role: nobody anonymous reaches anything but the sign-in page and the
 * API description; viewers never reach a write or an admin endpoint.
 */
class EndpointAccessTests extends ServerTest {

    /** Endpoints open to everyone on purpose. */
    private static final Set<String> PUBLIC = Set.of("/login", "/login/throttled", "/api/v1/openapi", "/api/v1/openapi.yaml", "/api/v1/docs",
            "/api/v1/openapi/swagger-config", "/error");
    /** Published communications, redacted: public by design (CommunicationsJourneyTests checks what they let out). */
    private static final String PUBLIC_API = "/api/v1/public/";
    /** The same as pages (PublicPagesTests checks what they show). */
    private static final String PUBLIC_PAGES = "/public/";

    private static boolean isPublic(String path) {
        return PUBLIC.contains(path) || path.startsWith(PUBLIC_API) || path.startsWith(PUBLIC_PAGES);
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One endpoint: method, a concrete path, and the rule its handler declares. */
    record Endpoint(RequestMethod method, String path, String rule) {}

    private List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Method handler = e.getValue().getMethod();
            if (!handler.getDeclaringClass().getPackageName().startsWith("org.defensor")) {
                continue;
            }
            PreAuthorize rule = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(handler, PreAuthorize.class);
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    found.add(new Endpoint(method, path, rule == null ? null : rule.value()));
                }
            }
        }
        return found;
    }

    private int call(Api api, Endpoint endpoint) {
        String query = endpoint.path().contains("?") ? "" : "?version=0&index=0&act=0&proceeding=0&prefix=sources&code=x";
        return switch (endpoint.method()) {
            case GET -> api.get(endpoint.path() + query).status();
            case POST -> api.post(endpoint.path() + query, "{}").status();
            case PUT -> api.put(endpoint.path() + query, "{}").status();
            case DELETE -> api.delete(endpoint.path() + query).status();
            default -> throw new IllegalStateException("unexpected method " + endpoint.method());
        };
    }

    @Test
    void everyEndpointDeclaresARuleAndTheListIsNotEmpty() {
        List<Endpoint> all = endpoints();
        assertThat(all).hasSizeGreaterThan(40);
        assertThat(all).allSatisfy(e -> assertThat(e.rule()).as(e.method() + " " + e.path()).isNotNull());
    }

    @Test
    void theSecondFactorIsEveryAccountsOwnAndItsResetAndMandatorySettingAreForAdmins() {
        Map<String, String> rules = new java.util.HashMap<>();
        endpoints().forEach(e -> rules.put(e.method() + " " + e.path().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{}"), e.rule()));
        for (String own : List.of("GET /login/code", "POST /login/code", "GET /account/second-factor", "POST /account/second-factor/enrol",
                "POST /account/second-factor/confirm", "POST /account/second-factor/disable", "GET /api/v1/account/second-factor",
                "POST /api/v1/account/second-factor", "POST /api/v1/account/second-factor/confirm",
                "POST /api/v1/account/second-factor/disable")) {
            assertThat(rules.get(own)).as(own).isEqualTo(Access.READ);
        }
        for (String adminOnly : List.of("POST /admin/users/second-factor/reset", "POST /admin/users/second-factor/mandatory",
                "DELETE /api/v1/users/{}/second-factor", "GET /api/v1/settings/second-factor", "PUT /api/v1/settings/second-factor")) {
            assertThat(rules.get(adminOnly)).as(adminOnly).isEqualTo(Access.ADMIN);
        }
    }

    @Test
    void anonymousCallersReachNothingButTheSignInPage() {
        for (Endpoint e : endpoints()) {
            if (isPublic(e.path())) {
                continue;
            }
            int status = call(anonymous, e);
            if (e.path().startsWith("/api/")) {
                assertThat(status).as("anonymous " + e.method() + " " + e.path()).isEqualTo(401);
            } else if (e.method() == RequestMethod.GET) {
                assertThat(status).as("anonymous " + e.method() + " " + e.path()).isEqualTo(302);
            } else {
                // A form post without a session has no CSRF token either: refused before it is even redirected.
                assertThat(status).as("anonymous " + e.method() + " " + e.path()).isIn(302, 403);
            }
        }
    }

    @Test
    void exactlyThePublicEndpointsAreOpenToAnyoneAndAnonymousCallersReachThem() {
        for (Endpoint e : endpoints()) {
            assertThat(e.rule().equals(Access.ANYONE)).as("open to anyone: " + e.method() + " " + e.path())
                    .isEqualTo(isPublic(e.path()));
            if (e.path().startsWith(PUBLIC_PAGES)) {
                // Reached without signing in: the list, or "not found" for an id that is not published.
                assertThat(call(anonymous, e)).as("anonymous " + e.method() + " " + e.path()).isIn(200, 404);
            }
        }
    }

    @Test
    void viewersReachNoWriteAndNoAdminEndpoint() {
        WebSession pages = WebSession.signIn(port, "test-viewer", PASSWORD);
        pages.get("/");
        for (Endpoint e : endpoints()) {
            if (e.rule().equals(Access.WRITE) || e.rule().equals(Access.ADMIN)) {
                int status = e.path().startsWith("/api/") ? call(viewer, e)
                        : e.method() == RequestMethod.GET ? pages.get(e.path() + "?index=0&act=0&proceeding=0&prefix=sources").status()
                        : pages.post(e.path(), Map.of("version", "0")).status();
                assertThat(status).as("viewer " + e.method() + " " + e.path()).isEqualTo(403);
            }
        }
    }

    @Test
    void editorsReachNoAdminEndpoint() {
        for (Endpoint e : endpoints()) {
            if (e.rule().equals(Access.ADMIN) && e.path().startsWith("/api/")) {
                assertThat(call(editor, e)).as("editor " + e.method() + " " + e.path()).isEqualTo(403);
            }
        }
    }
}
