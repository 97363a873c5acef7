package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SchoolIndex} of the memory backend, whose positions are the documents' places in a list; filed by school
 * only (the memory backend serves tests, whose schools are small).
 */
final class MemorySchoolIndex extends SchoolIndex<Integer> {

    private final Map<Object, Map<Object, Integer>> positionsBySchool = new HashMap<>();
    private long count;

    MemorySchoolIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    protected void put(Object school, Document document, Integer position) {
        if (positionsBySchool.computeIfAbsent(school, any -> new HashMap<>()).put(id(document), position) == null) {
            count++;
        }
    }

    @Override
    protected Integer delete(Object school, Document document) {
        Map<Object, Integer> positions = positionsBySchool.get(school);
        if (positions == null) {
            return null;
        }
        Integer position = positions.remove(id(document));
        if (position != null) {
            count--;
        }
        if (positions.isEmpty()) {
            positionsBySchool.remove(school);
        }
        return position;
    }

    @Override
    protected void collect(String school, Collection<Integer> positions) {
        positions.addAll(positionsBySchool.getOrDefault(school, Map.of()).values());
    }

    // the memory collection scans its list from the first place on
    @Override
    protected Comparator<Integer> scanOrder() {
        return Comparator.naturalOrder();
    }

    @Override
    protected void clear() {
        positionsBySchool.clear();
        count = 0;
    }

    @Override
    public synchronized long getCount() {
        return count;
    }
}
