package org.defensor.records.web;

import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/incidents")
class IncidentApi extends RecordApi<IncidentData> {
    IncidentApi(Incidents service) {
        super(service);
    }
}
