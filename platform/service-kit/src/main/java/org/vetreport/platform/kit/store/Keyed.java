package org.vetreport.platform.kit.store;

/** An entity with the natural key it is stored under. */
public record Keyed<T>(String key, T value) {
}
