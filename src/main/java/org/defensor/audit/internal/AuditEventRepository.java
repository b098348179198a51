package org.defensor.audit.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, UUID> {
    List<AuditEvent> findByRecordTypeAndRecordIdAndReadOrderBySeqDesc(String recordType, String recordId, boolean read);

    List<AuditEvent> findByReadOrderBySeqDesc(boolean read, Pageable page);
}
