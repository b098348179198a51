package org.defensor.records.web;

import java.util.List;
import java.util.UUID;
import org.defensor.records.CaseFiles;
import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.defensor.records.StateResponses;
import org.defensor.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/incidents")
class IncidentApi extends RecordApi<IncidentData> {

    private final Incidents incidents;
    private final CaseFiles caseFiles;

    IncidentApi(Incidents service, CaseFiles caseFiles) {
        super(service);
        this.incidents = service;
        this.caseFiles = caseFiles;
    }

    /** The communications that raised the incident with the State, and what its replies claimed, against the record. */
    @GetMapping("/{id}/state-responses")
    @PreAuthorize(Access.READ)
    public StateResponses.OnIncident stateResponses(@PathVariable UUID id) {
        return caseFiles.stateResponses(List.of(incidents.get(id))).getOrDefault(id, StateResponses.OnIncident.NONE);
    }
}
