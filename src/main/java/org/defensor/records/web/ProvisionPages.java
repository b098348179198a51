package org.defensor.records.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.defensor.records.LegalCatalogue;
import org.defensor.records.ProvisionData;
import org.defensor.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The legal catalogue, grouped by instrument, for looking up the code of a provision. */
@Controller
class ProvisionPages {

    private final LegalCatalogue catalogue;

    ProvisionPages(LegalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/provisions")
    @PreAuthorize(Access.READ)
    public String list(@RequestParam(required = false) String q, Model model) {
        String needle = FormSupport.blankToNull(q);
        // The catalogue comes ordered by instrument, so grouping in encounter order keeps that order.
        Map<String, List<ProvisionData>> byInstrument = catalogue.provisions().stream()
                .filter(p -> needle == null || matches(p, needle.toLowerCase(Locale.ROOT)))
                .collect(Collectors.groupingBy(ProvisionData::instrument, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("instruments", byInstrument);
        model.addAttribute("q", q);
        return "provisions";
    }

    private static boolean matches(ProvisionData p, String needle) {
        return Stream.of(p.code(), p.title(), p.citation())
                .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(needle));
    }
}
