package org.defensor.search.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.defensor.search.Search;
import org.defensor.search.SearchQuery;
import org.defensor.search.SearchResult;
import org.defensor.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The home page: one search box over everything, with filters and counts. */
@Controller
class SearchPage {

    private static final Map<String, String> FACET_NAMES = Map.of("country", "Country", "year", "Year", "actType", "Act",
            "perpetratorType", "Perpetrator", "right", "Right affected", "accountability", "Accountability");

    private final Search search;

    SearchPage(Search search) {
        this.search = search;
    }

    @GetMapping("/")
    @PreAuthorize(Access.READ)
    public String search(@RequestParam(required = false) String q, @RequestParam Map<String, String> params, Model model) {
        Map<String, String> active = new LinkedHashMap<>();
        FACET_NAMES.keySet().forEach(k -> {
            if (SearchQuery.notBlank(params.get(k))) {
                active.put(k, params.get(k));
            }
        });
        Integer year = null;
        if (active.containsKey("year")) {
            try {
                year = Integer.valueOf(active.get("year"));
            } catch (NumberFormatException e) {
                active.remove("year");
            }
        }
        int page = parsePage(params.get("page"));
        SearchQuery query = new SearchQuery(q, null, active.get("country"), year, active.get("actType"),
                active.get("perpetratorType"), active.get("right"), active.get("accountability"), page, 20);
        SearchResult result = search.search(query);
        Map<String, String> links = new LinkedHashMap<>();
        result.facets().forEach((name, counts) -> counts.forEach(c -> {
            Map<String, String> next = new LinkedHashMap<>(active);
            if (c.value().equals(active.get(name))) {
                next.remove(name); // clicking the active value removes the filter
            } else {
                next.put(name, c.value());
            }
            UriComponentsBuilder link = UriComponentsBuilder.fromPath("/");
            if (SearchQuery.notBlank(q)) {
                link.queryParam("q", q);
            }
            next.forEach(link::queryParam);
            links.put(name + "=" + c.value(), link.encode().build().toUriString());
        }));
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("activeFilters", active);
        model.addAttribute("filterLinks", links);
        model.addAttribute("facetNames", FACET_NAMES);
        return "search";
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 0 : Math.max(Integer.parseInt(page), 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
