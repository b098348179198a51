package org.defensor.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two chains: the API (HTTP Basic or a bearer token, no session, no CSRF because no cookie
 * authenticates it) and the web UI (form sign-in, session, CSRF). Everything needs a signed-in
 * account except the sign-in page, static assets and the public pages; each handler then states
 * its own rule with {@code @PreAuthorize}.
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

    /** The filter chains exist only where there is a web server; command-line runs have none. */
    @Configuration
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    static class Web {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JpaAccounts accounts) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi/**", "/api/v1/docs/**", "/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName("Defensor"))
                .addFilterBefore(new BearerTokenFilter(accounts), BasicAuthenticationFilter.class)
                .addFilterAfter(new OneTimePasswordFilter(accounts), AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                // The API serves JSON and letters (HTML among them): nothing in them may run or be framed.
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_POLICY)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, JpaAccounts accounts) throws Exception {
        return http
                .addFilterAfter(new OneTimePasswordFilter(accounts), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error", "/public/**",
                                "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(WEB_POLICY)))
                .build();
    }
    }
}
