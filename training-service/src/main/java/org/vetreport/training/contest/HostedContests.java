package org.vetreport.training.contest;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Hosted contests on {@code training.hosted-contests.v1}, keyed by the id the service gave them:
 * {@code hosted-contest.created}, {@code hosted-contest.updated}, {@code hosted-contest.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class HostedContests {

    static final EntityType<HostedContest> TYPE = EntityType.of("hosted-contest", HostedContest.class,
            Topics.TRAINING_HOSTED_CONTESTS, contest -> List.of(DatedField.on("date", contest.date())));

    @Bean
    EntityStore<HostedContest> hostedContestStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
