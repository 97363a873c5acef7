package org.vetreport.platform.kit.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.vetreport.platform.access.DevelopmentIssuer;

class IssuerGuardTest {

    @Test
    void theDevelopmentIssuerIsRefusedOutsideTheLocalProfile() {
        MockEnvironment environment = new MockEnvironment().withProperty(IssuerGuard.ISSUER, DevelopmentIssuer.ISSUER);

        assertThatThrownBy(() -> IssuerGuard.check(environment))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'local' profile");
    }

    @Test
    void theDevelopmentIssuerIsAcceptedWithTheLocalProfile() {
        MockEnvironment environment = new MockEnvironment().withProperty(IssuerGuard.ISSUER, DevelopmentIssuer.ISSUER);
        environment.setActiveProfiles("local");

        assertThatCode(() -> IssuerGuard.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void aServiceThatWouldTrustNoIssuerDoesNotStart() {
        assertThatThrownBy(() -> IssuerGuard.check(new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No token issuer");
    }

    @Test
    void aRealIssuerIsAcceptedInAnyProfile() {
        MockEnvironment environment = new MockEnvironment().withProperty(IssuerGuard.ISSUER, "https://sso.example.edu.cn/realms/schools");

        assertThatCode(() -> IssuerGuard.check(environment)).doesNotThrowAnyException();
    }
}
