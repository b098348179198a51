package org.defensor.clearance.internal;

import org.defensor.clearance.ClearanceFilter;
import org.hibernate.Session;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Enables the clearance filter on every entity manager Spring creates, so that no read path (a
 * query, a lookup by id, a collection) can forget it. Hibernate Search's own mass-indexing sessions
 * stay unfiltered: the index holds every record with its level, and searches filter on it.
 */
@Configuration(proxyBeanMethods = false)
class ClearanceConfiguration {

    @Bean
    static BeanPostProcessor clearanceOnEveryEntityManager() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof AbstractEntityManagerFactoryBean factory) {
                    factory.setEntityManagerInitializer(em -> em.unwrap(Session.class).enableFilter(ClearanceFilter.NAME));
                }
                return bean;
            }
        };
    }
}
