package org.vetreport.finance.asset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Fixed assets on {@code finance.assets.v1}, keyed by asset number: {@code asset.created}, {@code asset.updated}
 * (a disposal included), {@code asset.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class Assets {

    static final EntityType<Asset> TYPE = EntityType.lasting("asset", Asset.class, Topics.FINANCE_ASSETS,
            "acquiredOn", Asset::acquiredOn, "disposedOn", Asset::disposedOn, "name");

    @Bean
    EntityStore<Asset> assetStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
