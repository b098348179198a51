package org.defensor.records.web;

import java.util.List;
import org.defensor.records.LegalCatalogue;
import org.defensor.records.ProvisionData;
import org.defensor.security.Access;
import org.defensor.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/provisions")
class ProvisionApi {
    private final LegalCatalogue catalogue;

    ProvisionApi(LegalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    public List<ProvisionData> list() {
        return catalogue.provisions();
    }

    // Codes contain slashes ("CCPR/C/GC/37:71"), so the code is a parameter, not a path segment.
    @GetMapping("/one")
    @PreAuthorize(Access.READ)
    public ProvisionData get(@RequestParam String code) {
        return catalogue.provision(code).orElseThrow(() -> new RecordNotFoundException("provision", code));
    }
}
