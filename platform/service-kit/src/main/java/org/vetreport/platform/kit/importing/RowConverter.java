package org.vetreport.platform.kit.importing;

import org.vetreport.platform.kit.store.Keyed;

/**
 * Turns one bound row into the entity to store, checking the domain rules and the references to other records
 * (which it may have loaded once for the whole import).
 *
 * @throws org.vetreport.platform.kit.error.InvalidInputException naming each broken rule
 */
@FunctionalInterface
public interface RowConverter<R, T> {

    Keyed<T> convert(R row);
}
