package org.defensor.security.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.defensor.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The bearer sign-in's read: the token, its account and the second-factor setting in one plain SQL
 * statement (autocommit, no transaction), because through Hibernate a session with the clearance
 * filter enabled translates the query again on every request. The tables it reads (tokens,
 * accounts, settings) have no clearance level.
 */
@Component
class JdbcTokenSignIn {

    /** A token that signs in now, and the account it stands for. */
    record Found(UUID tokenId, SignedInUser user) {}

    private static final String SQL = "select t.id as token_id, t.expires_at, t.revoked_at, u.username, u.role, u.enabled, "
            + "u.locked_at, u.must_change_password, u.totp_secret, u.totp_enabled_at, s.second_factor_mandatory "
            + "from api_token t join app_user u on u.id = t.user_id left join security_setting s on s.id = 1 where t.token_hash = ?";

    private final JdbcTemplate jdbc;

    JdbcTokenSignIn(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The token with this hash if it is neither revoked nor expired at {@code now} and its account neither disabled nor locked. */
    Optional<Found> find(String tokenHash, Instant now) {
        return jdbc.query(SQL, (rs, n) -> {
            Instant expires = rs.getObject("expires_at", OffsetDateTime.class).toInstant();
            boolean valid = rs.getObject("revoked_at", OffsetDateTime.class) == null && now.isBefore(expires)
                    && rs.getBoolean("enabled") && rs.getObject("locked_at", OffsetDateTime.class) == null;
            if (!valid) {
                return null;
            }
            boolean secondFactor = rs.getString("totp_secret") != null && rs.getObject("totp_enabled_at", OffsetDateTime.class) != null;
            JpaSecondFactors.Requirement requirement = secondFactor ? JpaSecondFactors.Requirement.CODE
                    : rs.getBoolean("second_factor_mandatory") ? JpaSecondFactors.Requirement.ENROL : JpaSecondFactors.Requirement.NONE;
            SignedInUser user = new SignedInUser(rs.getString("username"), null, true, false,
                    List.of(new SimpleGrantedAuthority("ROLE_" + Role.valueOf(rs.getString("role")).name())),
                    rs.getBoolean("must_change_password"), requirement);
            return new Found(rs.getObject("token_id", UUID.class), user);
        }, tokenHash).stream().filter(Objects::nonNull).findFirst();
    }
}
