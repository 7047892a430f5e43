package io.pyra.platform.audit;

import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hooks the entity audit listener into Hibernate when the session factory is built. */
@Configuration(proxyBeanMethods = false)
class AuditPersistenceConfig {

  @Bean
  HibernatePropertiesCustomizer entityAuditing(ObjectProvider<AuditLog> log) {
    EntityAuditListener listener = new EntityAuditListener(log);
    Integrator integrator =
        new Integrator() {
          @Override
          public void integrate(
              Metadata metadata,
              BootstrapContext context,
              SessionFactoryImplementor sessionFactory) {
            EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
            registry.appendListeners(EventType.POST_INSERT, listener);
            registry.appendListeners(EventType.POST_UPDATE, listener);
            registry.appendListeners(EventType.POST_DELETE, listener);
            registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, listener);
            registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, listener);
            registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
          }
        };
    return properties ->
        properties.put(
            JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(integrator));
  }
}
