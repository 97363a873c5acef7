package org.vetreport.platform.kit.importing;

import org.vetreport.platform.kit.store.Keyed;

/**
 * Turns one bound row into the entity to store, checking the domain rules and the references to other records
 * (which it may have loaded once for the whole import). An import converts each good row twice, when it checks the
 * file and again when it writes it, and relies on the same answer both times: a converter reads nothing that the
 * import's own writes could change (what it needs it loads before it is returned).
 *
 * @throws org.vetreport.platform.kit.error.InvalidInputException naming each broken rule
 */
@FunctionalInterface
public interface RowConverter<R, T> {

    Keyed<T> convert(R row);
}
