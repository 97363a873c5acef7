package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import java.util.function.Function;

/**
 * mongo-java-server's memory backend with its non-unique indexes led by {@code school} served by a
 * {@link MemorySchoolIndex}, aggregations starting with a match of one school included ({@link SchoolMatch}).
 */
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

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                                      Oplog oplog) {
            Function<String, MongoCollection<?>> collections = name -> super.resolveCollection(name, false);
            return IdLookups.handleCommand(getDatabaseName(), command, query, name -> collections.apply(name) != null,
                    lookup -> SchoolMatch.handleCommand(command, lookup, collections,
                            () -> super.handleCommand(channel, command, lookup, resolver, oplog)));
        }

        @Override
        public MongoCollection<Integer> resolveCollection(String name, boolean throwIfNotFound) {
            return SchoolMatch.resolved(name, super.resolveCollection(name, throwIfNotFound));
        }
    }
}
