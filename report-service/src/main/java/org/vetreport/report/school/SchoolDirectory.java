package org.vetreport.report.school;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.vetreport.platform.access.Regions;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;
import org.vetreport.platform.kit.store.Versioned;

/**
 * The schools' profiles, each stored under its own tenant with the school code as key, and published on
 * {@code report.schools.v1} like any entity.
 */
@Component
public class SchoolDirectory {

    static final EntityType<SchoolProfile> TYPE = EntityType.of("school", SchoolProfile.class, Topics.REPORT_SCHOOLS);

    private final EntityStore<SchoolProfile> store;

    SchoolDirectory(EntityStore<SchoolProfile> store) {
        this.store = store;
    }

    EntityStore<SchoolProfile> store() {
        return store;
    }

    public Optional<SchoolProfile> find(String school) {
        return store.find(school, school).map(Versioned::value);
    }

    /** The profile's version, 0 while the school has none: figures depend on it through the reporting period. */
    public long version(String school) {
        return store.find(school, school).map(Versioned::version).orElse(0L);
    }

    /** The schools of a province ({@code 360000}) or a city ({@code 360400}), in code order. */
    public List<SchoolProfile> inRegion(String region) {
        String field = Regions.isProvince(region) ? "provinceCode" : "cityCode";
        return store.acrossSchools(eq(EntityStore.field(field), region)).stream().map(Versioned::value).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Storage {

        @Bean
        EntityStore<SchoolProfile> schoolStore(EntityStoreFactory stores) {
            return stores.create(TYPE);
        }
    }
}
