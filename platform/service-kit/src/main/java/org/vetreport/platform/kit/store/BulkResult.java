package org.vetreport.platform.kit.store;

/** What a bulk write did. */
public record BulkResult(int created, int updated, int unchanged) {

    public BulkResult plus(BulkResult other) {
        return new BulkResult(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
}
