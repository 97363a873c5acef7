package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.backend.Utils;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A non-unique index whose first key is {@code school}. mongo-java-server ignores non-unique indexes, so every query
 * by school scanned the whole collection, every school's documents included. This index maps each school to the
 * positions of its documents and serves any query with an equality or {@code $in} of strings on {@code school}:
 * the collection matches the whole query against the documents at those positions and sorts, skips and limits
 * them exactly as it does after a scan, so the index only has to return every position that could match.
 * The positions come back in the order a scan visits them, so a query without a sort keeps its order.
 * How the positions are filed is up to the backend's index: by school only, or by the values of all the index's
 * keys, which lets the H2 backend's index answer pages and counts without reading documents ({@link SchoolPages}).
 *
 * @param <P> the backend's position of a document
 */
abstract class SchoolIndex<P> extends Index<P> {

    static final String SCHOOL = "school";
    private static final String ID = "_id";

    SchoolIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    /** Whether an index on these keys is one this class serves. */
    static boolean isSchoolFirst(List<IndexKey> keys) {
        return !keys.isEmpty() && keys.get(0).getKey().equals(SCHOOL);
    }

    /** Records that the document, filed under this school, is at this position. */
    protected abstract void put(Object school, Document document, P position);

    /** Forgets the document filed under this school; returns its position, or null. */
    protected abstract P delete(Object school, Document document);

    /** Adds the positions of the documents under this school to {@code positions}. */
    protected abstract void collect(String school, Collection<P> positions);

    /** The order in which the collection's scan visits positions. */
    protected abstract Comparator<P> scanOrder();

    protected abstract void clear();

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        for (Object school : filedUnder(document)) {
            put(school, document, position);
        }
    }

    @Override
    public synchronized P remove(Document document) {
        P position = null;
        for (Object school : filedUnder(document)) {
            P removed = delete(school, document);
            if (removed != null) {
                position = removed;
            }
        }
        return position;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        if (filedUnder(oldDocument).equals(filedUnder(newDocument)) && keyValues(oldDocument).equals(keyValues(newDocument))) {
            return;
        }
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public boolean canHandle(Document query) {
        return queriedSchools(query) != null;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        // a set: a document with several schools in an array is under each of them
        Set<P> positions = new TreeSet<>(scanOrder());
        for (String school : queriedSchools(query)) {
            collect(school, positions);
        }
        return List.copyOf(positions);
    }

    // the _id index finds a document's position; this one could only repeat it
    @Override
    public P getPosition(Document document) {
        return null;
    }

    // not unique: a document is never refused
    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public synchronized void drop() {
        clear();
    }

    /**
     * The schools a query asks for, or null when it does not ask for some by string equality or {@code $in}
     * (null, arrays, documents and regular expressions are matched in ways one string lookup does not cover).
     * The condition may also be one of a top-level {@code $and}, as the driver's {@code Filters.and} sends it.
     */
    static Set<String> queriedSchools(Document query) {
        Set<String> schools = schoolsOf(query.get(SCHOOL));
        if (schools == null && query.get("$and") instanceof Collection<?> conditions) {
            for (Object condition : conditions) {
                if (condition instanceof Document part && (schools = queriedSchools(part)) != null) {
                    return schools;
                }
            }
        }
        return schools;
    }

    private static Set<String> schoolsOf(Object condition) {
        if (condition instanceof String school) {
            return Set.of(school);
        }
        if (!(condition instanceof Document operators)
                || !operators.keySet().stream().allMatch(operator -> operator.startsWith("$"))) {
            return null;
        }
        if (operators.get("$eq") instanceof String school) {
            return Set.of(school);
        }
        if (operators.get("$in") instanceof Collection<?> values
                && values.stream().allMatch(value -> value instanceof String)) {
            Set<String> schools = new LinkedHashSet<>();
            values.forEach(value -> schools.add((String) value));
            return schools;
        }
        return null;
    }

    /**
     * The keys the document is filed under: each string of {@code school}, or of the array in it (an equality on
     * {@code school} matches any element), and {@link Missing} for anything else, which no lookup of a string
     * reaches and which only lets {@link #remove} find the document's position again. A sparse index leaves out a
     * document without {@code school}, as the collection expects of it.
     */
    private Set<Object> filedUnder(Document document) {
        if (!document.containsKey(SCHOOL)) {
            return isSparse() ? Set.of() : Set.of(Missing.getInstance());
        }
        Object value = document.get(SCHOOL);
        Collection<?> values = value instanceof Collection<?> elements && !elements.isEmpty()
                ? elements : Collections.singletonList(value);
        Set<Object> keys = new LinkedHashSet<>();
        for (Object element : values) {
            keys.add(element instanceof String school ? school : Missing.getInstance());
        }
        return keys;
    }

    /** The document's {@code _id}, which tells documents filed under the same values apart. */
    static Object id(Document document) {
        return Missing.ofNullable(document.get(ID));
    }

    /** The document's values of the index's keys after {@code school}, {@link Missing} where it has none. */
    List<Object> keyValues(Document document) {
        List<String> keys = keys();
        List<Object> values = new ArrayList<>(keys.size() - 1);
        for (String key : keys.subList(1, keys.size())) {
            values.add(Missing.ofNullable(Utils.getSubdocumentValue(document, key)));
        }
        return values;
    }
}
