package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A {@link SchoolIndex} of the H2 backend: a map from (school, {@code _id}) to the document's position, ordered by
 * {@link KeyOrder}, so that one school's documents are one range of the map, read from its first key on.
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
    protected void put(Object school, Object id, Object position) {
        positions.put(new KeyValue(school, id), position);
    }

    @Override
    protected Object delete(Object school, Object id) {
        return positions.remove(new KeyValue(school, id));
    }

    @Override
    protected void collect(String school, Collection<Object> found) {
        // the one-value key sorts before every (school, _id) key of that school
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
