package org.vetreport.platform.events;

/** A record on a platform topic that breaks the event contract and therefore can never be applied. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
