package org.vetreport.report.replica;

import org.vetreport.platform.kit.error.ApiException;

/** The Kafka cluster did not answer: the request may succeed later, and nothing was started. */
class BrokerUnavailableException extends ApiException {

    BrokerUnavailableException(Throwable cause) {
        super(503, "Service Unavailable", "the Kafka cluster did not answer (" + cause.getMessage() + "); retry later");
        initCause(cause);
    }
}
