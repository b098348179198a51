package org.defensor.security.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecuritySettingRepository extends JpaRepository<SecuritySetting, Integer> {}
