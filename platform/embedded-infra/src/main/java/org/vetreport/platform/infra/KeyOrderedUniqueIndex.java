package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/** A unique index of the embedded server kept in an H2 map ordered by {@link KeyOrder}. */
final class KeyOrderedUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVStore store;
    private final MVMap<KeyValue, Object> positions;

    KeyOrderedUniqueIndex(MVStore store, MVMap<KeyValue, Object> positions, String name, List<IndexKey> keys,
                          boolean sparse) {
        super(name, keys, sparse);
        this.store = store;
        this.positions = positions;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return positions.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return positions.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return positions.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return positions.get(key);
    }

    @Override
    public long getCount() {
        return positions.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        super.drop();
        store.removeMap(positions);
    }
}
