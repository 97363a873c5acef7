package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;

/** mongo-java-server's memory backend with its non-unique indexes led by {@code school} served by a {@link MemorySchoolIndex}. */
final class SchoolIndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String name) {
        return new SchoolIndexedDatabase(name);
    }

    private final class SchoolIndexedDatabase extends MemoryDatabase {

        SchoolIndexedDatabase(String name) {
            super(name, getCursorRegistry());
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(String collection, String index, List<IndexKey> keys,
                                                            boolean sparse) {
            if (SchoolIndex.isSchoolFirst(keys)) {
                return new MemorySchoolIndex(index, keys, sparse);
            }
            return super.openOrCreateSecondaryIndex(collection, index, keys, sparse);
        }
    }
}
