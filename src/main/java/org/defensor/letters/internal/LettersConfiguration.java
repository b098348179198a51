package org.defensor.letters.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * jmustache is on the classpath to fill admin-edited wording; Spring Boot would also make it a view
 * technology beside Thymeleaf. {@code letters/letters.properties} turns that off.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:letters/letters.properties")
class LettersConfiguration {}
