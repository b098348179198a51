package org.defensor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.search.Search;
import org.defensor.search.SearchQuery;
import org.defensor.search.SearchResult;
import org.defensor.shared.Clearance;
import org.defensor.web.Paging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = "Search the records, a page at a time: every word must match (stemmed); names of "
        + "persons and organisations also match spelt another way; when nothing matches, a query that would is suggested.")
class SearchCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "WORDS", arity = "0..*", description = "The words (quotes for phrases, - to exclude, * for prefixes).")
    List<String> words;

    @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "Only these kinds: incident, person, organisation, "
            + "source, communication, reply.")
    List<String> types;

    @Option(names = "--country", paramLabel = "ISO3", description = "Only records of this country.")
    String country;

    @Option(names = "--year", description = "Only records of this year.")
    Integer year;

    @Option(names = "--page", defaultValue = "1", description = "The page, from 1. Default: ${DEFAULT-VALUE}")
    int page;

    @Option(names = "--size", defaultValue = "20", description = "Results per page. Default: ${DEFAULT-VALUE}")
    int size;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (page < 1) {
            throw new BadOptionException("--page", "must be 1 or more");
        }
        if (size < 1 || size > Paging.MAX_SIZE) {
            throw new BadOptionException("--size", "must be from 1 to " + Paging.MAX_SIZE);
        }
        if ((long) page * size > Paging.MAX_RESULTS) {
            throw new BadOptionException("--page", "goes beyond the first " + Paging.MAX_RESULTS + " results; narrow the search "
                    + "with a filter instead");
        }
        String q = words == null ? null : String.join(" ", words);
        SearchQuery query = new SearchQuery(q, types, country == null ? null : Ids.country("--country", country), year, null, null,
                null, null, null, null, page - 1, size);
        try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
            SearchResult result = Clearance.asSystem(() -> app.bean(Search.class).search(query));
            print(spec.commandLine().getOut(), result);
            return 0;
        }
    }

    static void print(PrintWriter out, SearchResult r) {
        if (r.total() == 0) {
            out.println("0 results");
        } else {
            long first = (long) r.page() * r.size() + 1;
            out.printf("%d-%d of %d result(s), page %d of %d%n", Math.min(first, r.total()), first + r.hits().size() - 1,
                    r.total(), r.page() + 1, r.pages());
        }
        if (r.suggestion() != null) {
            out.println("Did you mean: " + r.suggestion());
        }
        for (SearchResult.Hit hit : r.hits()) {
            out.printf("%-13s %s  %s%n", hit.type(), hit.id(), hit.title());
            // The passages as text: matches between [ and ].
            hit.snippets().forEach(s -> out.println("    " + org.springframework.web.util.HtmlUtils.htmlUnescape(
                    s.replace("<mark>", "[").replace("</mark>", "]"))));
        }
        if (r.hasNext()) {
            out.printf("Next page: --page %d%n", r.page() + 2);
        }
    }
}
