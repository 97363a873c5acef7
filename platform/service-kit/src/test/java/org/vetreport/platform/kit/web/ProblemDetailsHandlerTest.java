package org.vetreport.platform.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.vetreport.platform.kit.error.InvalidInputException;

class ProblemDetailsHandlerTest {

    private final ProblemDetailsHandler handler = new ProblemDetailsHandler();
    private final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest("GET", "/api/v1/schools/s/majors"));

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfterNotA500() {
        ResponseEntity<Object> response = handler.handleDatabaseUnavailable(new MongoTimeoutException("no server"), request);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(((ProblemDetail) response.getBody()).getInstance()).hasPath("/api/v1/schools/s/majors");
    }

    @Test
    void anUnexpectedFailureRevealsNothingButItsStatus() {
        ResponseEntity<Object> response = handler.handleUnexpected(new IllegalStateException("secret detail"), request);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(((ProblemDetail) response.getBody()).getDetail()).doesNotContain("secret detail");
    }

    @Test
    void aPageFarBeyondAnyListIsRejectedRatherThanOverflowing() {
        assertThatThrownBy(() -> Paging.check(Integer.MAX_VALUE, 1000))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("page");
    }
}
