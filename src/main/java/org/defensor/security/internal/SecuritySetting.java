package org.defensor.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The server's security settings that admins change: one row. */
@Entity
@Table(name = "security_setting")
public class SecuritySetting {
    static final int ONLY = 1;

    @Id
    Integer id;
    boolean secondFactorMandatory;

    protected SecuritySetting() {}
}
