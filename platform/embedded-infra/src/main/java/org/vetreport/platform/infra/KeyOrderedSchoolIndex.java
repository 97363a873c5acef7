package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A {@link SchoolIndex} of the H2 backend: a map from (school, the values of the index's other keys, {@code _id}) to
 * the document's position, ordered by {@link KeyOrder}. One school's documents are one range of the map, and within
 * it, the documents with the same values of the next keys are one range too, in the order of the key after them:
 * so a page of such documents is found by rank and a count is the difference of two ranks ({@link SchoolPages}).
 */
final class KeyOrderedSchoolIndex extends SchoolIndex<Object> {

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

    private final MVStore store;
    private final MVMap<KeyValue, Object> positions;
    // the H2 collection keeps its documents in a map keyed by position in H2's default order and scans that map
    private final ObjectDataType scanOrder = new ObjectDataType();

    KeyOrderedSchoolIndex(MVStore store, MVMap<KeyValue, Object> positions, String name, List<IndexKey> keys,
                          boolean sparse) {
        super(name, keys, sparse);
        this.store = store;
        this.positions = positions;
    }

    @Override
    protected void put(Object school, Document document, Object position) {
        positions.put(entry(school, document), position);
    }

    @Override
    protected Object delete(Object school, Document document) {
        return positions.remove(entry(school, document));
    }

    @Override
    protected void collect(String school, Collection<Object> found) {
        // the one-value key sorts before every longer key of that school
        Cursor<KeyValue, Object> cursor = positions.cursor(new KeyValue(school));
        while (cursor.hasNext()) {
            Object filedUnder = cursor.next().get(0);
            if (VALUES.compare(filedUnder, school) != 0) {
                return;
            }
            if (school.equals(filedUnder)) {
                found.add(cursor.getValue());
            }
        }
    }

    /**
     * How many documents are filed under these leading values (the school first, then values of the next keys).
     */
    synchronized long count(List<Object> leading) {
        return rank(last(leading)) - rank(first(leading));
    }

    /**
     * The positions of the documents filed under these leading values, in the order of the index's next key (then
     * of {@code _id}), from the {@code skip}th on, at most {@code limit} of them (0: all).
     */
    synchronized List<Object> page(List<Object> leading, long skip, int limit) {
        long from = rank(first(leading)) + skip;
        long to = rank(last(leading));
        List<Object> page = new ArrayList<>();
        if (from >= to) {
            return page;
        }
        Cursor<KeyValue, Object> cursor = positions.cursor(positions.getKey(from));
        for (long taken = 0; cursor.hasNext() && from + taken < to && (limit == 0 || taken < limit); taken++) {
            cursor.next();
            page.add(cursor.getValue());
        }
        return page;
    }

    private KeyValue entry(Object school, Document document) {
        List<Object> values = new ArrayList<>(keys().size() + 1);
        values.add(school);
        values.addAll(keyValues(document));
        values.add(id(document));
        return new KeyValue(values);
    }

    /** Sorts before every entry filed under the leading values (a shorter key sorts first). */
    private static KeyValue first(List<Object> leading) {
        return new KeyValue(leading);
    }

    /** Sorts after every entry filed under the leading values. */
    private static KeyValue last(List<Object> leading) {
        List<Object> values = new ArrayList<>(leading);
        values.add(MaxKey.getInstance());
        return new KeyValue(values);
    }

    /** How many entries sort before the key, which no entry equals. */
    private long rank(KeyValue absent) {
        return -positions.getKeyIndex(absent) - 1;
    }

    /** The positions {@link SchoolPages} found for the command being handled, else every position of the school. */
    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        List<Object> page = SchoolPages.claim(this);
        return page != null ? page : super.getPositions(query);
    }

    @Override
    protected Comparator<Object> scanOrder() {
        return scanOrder::compare;
    }

    @Override
    protected void clear() {
        store.removeMap(positions);
    }

    @Override
    public long getCount() {
        return positions.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }
}
