package org.defensor.web;

import java.util.Locale;
import org.defensor.shared.CalendarYear;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads value types from request parameters once, at the boundary. Through a formatter, an empty
 * field (a filter form sends every field, filled or not) is no value rather than a refused one.
 */
@Configuration
class ValueFormatters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(CalendarYear.class, new Formatter<CalendarYear>() {
            @Override
            public CalendarYear parse(String text, Locale locale) {
                return CalendarYear.valueOf(text);
            }

            @Override
            public String print(CalendarYear year, Locale locale) {
                return Integer.toString(year.value());
            }
        });
    }
}
