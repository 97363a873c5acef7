package org.vetreport.platform.kit.importing;

import java.util.Map;
import org.vetreport.platform.kit.store.EntityStore;

/**
 * A resource that can be bulk imported: the record a row binds to (the same fields as the resource's JSON, its
 * natural key included), the Chinese column names people use for them, and how a row becomes an entity.
 */
public interface Importable<R, T> {

    /** The resource as it appears in paths, e.g. {@code students}. */
    String resource();

    /** A record whose components are the importable fields. */
    Class<R> rowType();

    /** Column headers accepted besides the field names, e.g. {@code 学号 -> studentNo}. */
    Map<String, String> headerAliases();

    EntityStore<T> store();

    /** Prepared once per import of one school, so references can be checked without a query per row. */
    RowConverter<R, T> converter(String school);
}
