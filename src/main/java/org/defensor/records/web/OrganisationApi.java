package org.defensor.records.web;

import org.defensor.records.OrganisationData;
import org.defensor.records.Organisations;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApi extends RecordApi<OrganisationData> {
    OrganisationApi(Organisations service) {
        super(service);
    }
}
