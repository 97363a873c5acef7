package org.vetreport.report.narrative;

/**
 * An image an editor uploaded for a case or any section, named by its content: the same bytes are the same image,
 * and an image never changes once stored, so an edition showing it re-renders identically.
 *
 * @param id the first 32 hex digits of the SHA-256 of its bytes
 */
public record StoredImage(String id, String contentType, byte[] bytes) {
}
