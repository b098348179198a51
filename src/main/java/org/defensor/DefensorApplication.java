package org.defensor;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Spring application: every module below this package. Started by the {@code defensor} commands. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DefensorApplication {

    /** One clock for the whole application, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
