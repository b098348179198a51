package org.defensor.search.web;

import java.util.List;
import org.defensor.search.Search;
import org.defensor.search.SearchQuery;
import org.defensor.search.SearchResult;
import org.defensor.security.Access;
import org.defensor.shared.CalendarYear;
import org.defensor.web.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchApi {

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    /**
     * {@code GET /api/v1/search?q=Bostandyk&country=KAZ&year=2023&actType=THREAT&accountability=NOT_HELD_ACCOUNTABLE},
     * {@code GET /api/v1/search?q=investigation&type=reply&communicationType=AL&mandate=<mandate id>}.
     */
    @GetMapping("/api/v1/search")
    @PreAuthorize(Access.READ)
    public SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> type,
                               @RequestParam(required = false) String country, @RequestParam(required = false) CalendarYear year,
                               @RequestParam(required = false) String actType,
                               @RequestParam(required = false) String perpetratorType,
                               @RequestParam(required = false) String right,
                               @RequestParam(required = false) String accountability,
                               @RequestParam(required = false) String communicationType,
                               @RequestParam(required = false) String mandate,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging paging = new Paging(page, size);
        return search.search(new SearchQuery(q, type, country, CalendarYear.number(year), actType, perpetratorType, right,
                accountability, communicationType, mandate, paging.page(), paging.size()));
    }
}
