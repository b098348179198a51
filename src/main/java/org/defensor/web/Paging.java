package org.defensor.web;

import java.util.ArrayList;
import java.util.List;
import org.defensor.shared.InvalidRecordException;
import org.springframework.data.domain.PageRequest;

/**
 * Which page of a list a request asks for, checked at the boundary: a page from 0 and a size from 1
 * to {@link #MAX_SIZE}, within the first {@link #MAX_RESULTS} results (the window OpenSearch allows
 * by default, and far enough for a person to page through; beyond it, a filter is the way).
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int MAX_RESULTS = 10_000;

    public Paging {
        List<InvalidRecordException.Violation> wrong = new ArrayList<>();
        if (page < 0) {
            wrong.add(new InvalidRecordException.Violation("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            wrong.add(new InvalidRecordException.Violation("size", "must be from 1 to " + MAX_SIZE));
        }
        if (wrong.isEmpty() && ((long) page + 1) * size > MAX_RESULTS) {
            wrong.add(new InvalidRecordException.Violation("page", "page " + page + " of " + size + " goes beyond the first "
                    + MAX_RESULTS + " results; narrow the list with a filter instead"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidRecordException(wrong);
        }
    }

    /** The page and size a request gives, each defaulting when absent. */
    public static Paging of(Integer page, Integer size, int defaultSize) {
        return new Paging(page == null ? 0 : page, size == null ? defaultSize : size);
    }

    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}
