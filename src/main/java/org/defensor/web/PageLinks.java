package org.defensor.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to another page of a list that keep every filter of the current one. */
@Component("pageLinks")
public class PageLinks {

    /** The query string of the current request with another page number. */
    public String query(int page) {
        HttpServletRequest request = ((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.newInstance();
        request.getParameterMap().forEach((name, values) -> {
            if (!"page".equals(name)) {
                for (String value : values) {
                    link.queryParam(name, value);
                }
            }
        });
        link.queryParam("page", page);
        String query = link.encode().build().getQuery();
        return query == null ? "" : query;
    }
}
