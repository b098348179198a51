package org.defensor.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.defensor.search.Search;
import org.defensor.search.SearchQuery;
import org.defensor.search.SearchResult;
import org.defensor.security.Access;
import org.defensor.shared.CalendarYear;
import org.defensor.web.Paging;
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
            "perpetratorType", "Perpetrator", "right", "Right affected", "accountability", "Accountability",
            "communicationType", "Communication type", "mandate", "Mandate");

    /** The kinds of record one can limit the search to, with their names and the path of their pages. */
    private record Kind(String type, String name, String path) {}

    private static final List<Kind> KINDS = List.of(new Kind("incident", "Incidents", "/incidents/"),
            new Kind("person", "Persons", "/persons/"), new Kind("organisation", "Organisations", "/organisations/"),
            new Kind("source", "Sources", "/sources/"), new Kind("communication", "Communications", "/communications/"),
            new Kind("reply", "Replies", "/replies/"));

    private static final int PAGE_SIZE = 20;
    private static final int LAST_REACHABLE_PAGE = Paging.MAX_RESULTS / PAGE_SIZE - 1;

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
                year = CalendarYear.valueOf(active.get("year")).value();
            } catch (IllegalArgumentException e) {
                active.remove("year");
            }
        }
        String type = KINDS.stream().map(Kind::type).filter(t -> t.equals(params.get("type"))).findFirst().orElse(null);
        if (type != null) {
            active.put("type", type);
        }
        // Within the first Paging.MAX_RESULTS results, like every list (the window OpenSearch allows by default).
        Paging paging = new Paging(Math.min(parsePage(params.get("page")), LAST_REACHABLE_PAGE), PAGE_SIZE);
        SearchQuery query = new SearchQuery(q, type == null ? null : List.of(type), active.get("country"), year,
                active.get("actType"), active.get("perpetratorType"), active.get("right"), active.get("accountability"),
                active.get("communicationType"), active.get("mandate"), paging.page(), paging.size());
        SearchResult result = search.search(query);
        Map<String, String> links = new LinkedHashMap<>();
        result.facets().forEach((name, counts) -> counts.forEach(c -> {
            Map<String, String> next = new LinkedHashMap<>(active);
            if (c.value().equals(active.get(name))) {
                next.remove(name); // clicking the active value removes the filter
            } else {
                next.put(name, c.value());
            }
            links.put(name + "=" + c.value(), link(q, next));
        }));
        long lastPage = Math.min(result.pages() - 1, LAST_REACHABLE_PAGE);
        Map<String, String> pageLinks = new LinkedHashMap<>();
        if (result.total() > 0) {
            pageLinks.put("first", pageLink(q, active, 0));
            pageLinks.put("previous", pageLink(q, active, Math.max(query.page() - 1, 0)));
            pageLinks.put("next", pageLink(q, active, Math.min(query.page() + 1, lastPage)));
            pageLinks.put("last", pageLink(q, active, lastPage));
        }
        model.addAttribute("pageLinks", pageLinks);
        model.addAttribute("lastPage", lastPage);
        model.addAttribute("firstShown", result.hits().isEmpty() ? 0 : (long) query.page() * query.size() + 1);
        model.addAttribute("lastShown", (long) query.page() * query.size() + result.hits().size());
        model.addAttribute("beyondWindow", result.pages() - 1 > LAST_REACHABLE_PAGE);
        if (result.suggestion() != null) {
            model.addAttribute("suggestionLink", link(result.suggestion(), active));
        }
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("activeFilters", active);
        model.addAttribute("filterLinks", links);
        model.addAttribute("facetNames", FACET_NAMES);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("kindLinks", KINDS.stream().collect(Collectors.toMap(Kind::type, k -> {
            Map<String, String> next = new LinkedHashMap<>(active);
            next.put("type", k.type());
            return link(q, next);
        })));
        model.addAttribute("pathOfType", KINDS.stream().collect(Collectors.toMap(Kind::type, Kind::path)));
        return "search";
    }

    private static String pageLink(String q, Map<String, String> filters, long page) {
        Map<String, String> next = new LinkedHashMap<>(filters);
        if (page > 0) {
            next.put("page", String.valueOf(page));
        }
        return link(q, next);
    }

    private static String link(String q, Map<String, String> filters) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/");
        if (SearchQuery.notBlank(q)) {
            link.queryParam("q", q);
        }
        filters.forEach(link::queryParam);
        return link.encode().build().toUriString();
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 0 : Math.max(Integer.parseInt(page), 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
