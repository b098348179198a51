package org.defensor.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a list, as the API returns it. */
public record PageData<T>(List<T> items, int page, int size, long total) {
    public static <T> PageData<T> of(Page<T> page) {
        return new PageData<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
    }
}
