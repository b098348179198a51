package org.defensor.records.web;

import org.defensor.records.PersonData;
import org.defensor.records.Persons;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/persons")
class PersonApi extends RecordApi<PersonData> {
    PersonApi(Persons service) {
        super(service);
    }
}
