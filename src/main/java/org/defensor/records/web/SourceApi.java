package org.defensor.records.web;

import org.defensor.records.SourceData;
import org.defensor.records.Sources;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sources")
class SourceApi extends RecordApi<SourceData> {
    SourceApi(Sources service) {
        super(service);
    }
}
