package org.vetreport.gateway;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.vetreport.platform.test.TestTokens;

/** Makes the gateway under test trust the test identity provider's tokens. */
public final class TestIdentity {

    private TestIdentity() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        TestTokens.shared().resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
    }
}
