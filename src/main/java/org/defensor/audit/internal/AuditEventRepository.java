package org.defensor.audit.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, UUID> {
    List<AuditEvent> findByRecordTypeAndRecordIdOrderByAtDesc(String recordType, String recordId);

    List<AuditEvent> findAllByOrderByAtDesc(Pageable page);
}
