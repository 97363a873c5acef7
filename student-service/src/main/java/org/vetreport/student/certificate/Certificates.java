package org.vetreport.student.certificate;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/** Certificates on {@code student.certificates.v1}: {@code certificate.created}, {@code .updated}, {@code .deleted}. */
@Configuration(proxyBeanMethods = false)
class Certificates {

    static final EntityType<Certificate> TYPE = EntityType.of("certificate", Certificate.class, Topics.STUDENT_CERTIFICATES,
            certificate -> List.of(DatedField.on("issuedOn", certificate.issuedOn())));

    @Bean
    EntityStore<Certificate> certificateStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
