package org.defensor.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two chains: the API (HTTP Basic or a bearer token, no session, no CSRF because no cookie
 * authenticates it) and the web UI (form sign-in, session, CSRF). Everything needs a signed-in
 * account except the sign-in page, static assets and the public pages; each handler then states
 * its own rule with {@code @PreAuthorize}. Password sign-ins on both go through
 * {@link PasswordSignIn} (throttle, lockout, credential cache); a throttled attempt is answered 429
 * with Retry-After. Then {@link SecondFactorFilter} asks for the second factor (ADR 010) and
 * {@link OneTimePasswordFilter} for a new password.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** The pages: their own scripts, styles and images only, never framed. */
    static final String WEB_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    /** The API: no script at all, a letter's own styles and embedded images and fonts, never framed. */
    static final String API_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    SignInThrottle signInThrottle(@Value("${defensor.sign-in.free-failures-per-account:5}") int perAccount,
                                  @Value("${defensor.sign-in.free-failures-per-address:20}") int perAddress,
                                  @Value("${defensor.sign-in.tracked-entries:100000}") long entries, Clock clock) {
        return new SignInThrottle(perAccount, perAddress, entries, clock);
    }

    /** The filter chains exist only where there is a web server; command-line runs have none. */
    @Configuration
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    static class Web {

    @Bean
    PasswordSignIn passwordSignIn(JpaAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle,
                                  @Value("${defensor.sign-in.lockout-after:10}") int lockoutAfter) {
        return new PasswordSignIn(accounts, encoder, throttle, lockoutAfter);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so that it does not keep them. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SignedInSessions signedInSessions(SessionRegistry registry) {
        return new SignedInSessions(registry);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JpaAccounts accounts, JpaSecondFactors factors, PasswordSignIn signIn,
                            SignInThrottle throttle) throws Exception {
        return http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(signIn))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi/**", "/api/v1/docs/**", "/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName("Defensor").authenticationEntryPoint(basicEntryPoint()))
                .addFilterBefore(new BearerTokenFilter(accounts, throttle), BasicAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorFilter(factors, true), AuthorizationFilter.class)
                .addFilterAfter(new OneTimePasswordFilter(accounts, true), SecondFactorFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                // The API serves JSON and letters (HTML among them): nothing in them may run or be framed.
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_POLICY)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, JpaAccounts accounts, JpaSecondFactors factors, PasswordSignIn signIn,
                            SessionRegistry sessions) throws Exception {
        return http
                .authenticationManager(new ProviderManager(signIn))
                .addFilterAfter(new SecondFactorFilter(factors, false), AuthorizationFilter.class)
                .addFilterAfter(new OneTimePasswordFilter(accounts, false), SecondFactorFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/login/throttled", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error", "/public/**",
                                "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(formFailure()).permitAll())
                .sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(WEB_POLICY)))
                .build();
    }

    /** 429 with Retry-After while throttled; otherwise 401 asking for Basic credentials. */
    private static AuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Defensor");
        return (request, response, e) -> {
            if (e instanceof SignInThrottledException throttled) {
                tooManyAttempts(response, throttled);
            } else {
                basic.commence(request, response, e);
            }
        };
    }

    /** The sign-in page again, saying why: 429 with Retry-After while throttled, "locked" or "wrong password" otherwise. */
    private static AuthenticationFailureHandler formFailure() {
        return (request, response, e) -> {
            if (e instanceof SignInThrottledException throttled) {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(SignInThrottledException.seconds(throttled.retryAfter())));
                request.getRequestDispatcher("/login/throttled?throttled=" + SignInThrottledException.seconds(throttled.retryAfter()))
                        .forward(request, response);
            } else {
                response.sendRedirect(request.getContextPath() + (e instanceof LockedException ? "/login?locked" : "/login?error"));
            }
        };
    }
    }

    static void tooManyAttempts(HttpServletResponse response, SignInThrottledException throttled) throws java.io.IOException {
        response.setHeader("Retry-After", Long.toString(SignInThrottledException.seconds(throttled.retryAfter())));
        response.sendError(429, throttled.getMessage());
    }
}
