package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import java.util.function.Function;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with its unique indexes ordered by {@link KeyOrder}, and its non-unique indexes led
 * by {@code school} served by a {@link KeyOrderedSchoolIndex} (the plain backend ignores non-unique indexes),
 * aggregations starting with a match of one school included ({@link SchoolMatch}), pages and counts of one
 * school answered from the index ({@link SchoolPages}), finds by lists of ids answered one id at a time
 * ({@link IdLookups}), and documents stored as their BSON bytes ({@link BsonH2Collection}). The indexes live in maps
 * of their own name ({@code <namespace>._keyOrderedIndex_<index>}, {@code <namespace>._schoolKeysIndex_<index>}): a
 * data file written by the plain backend has its unique indexes in maps ordered differently, and one written by an
 * earlier version of this backend its school indexes filed by school only ({@code ._schoolIndex_}); this backend
 * removes those maps when it opens the file, and the server then fills the new, empty indexes from the collections'
 * documents. H2 writes the maps with its own background writer.
 */
final class KeyOrderedH2Backend extends H2Backend {

    KeyOrderedH2Backend(String file) {
        super(file);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new KeyOrderedDatabase(name);
    }

    // an inner class: the database opens its indexes in its constructor, before a field of its own could be set
    private final class KeyOrderedDatabase extends H2Database {

        KeyOrderedDatabase(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        // under the map name the plain database gives a collection's documents
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collection, CollectionOptions options) {
            MVMap<Object, Object> documents = getMvStore().openMap("databases." + getFullCollectionNamespace(collection));
            return new BsonH2Collection(this, collection, options, documents, getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collection, String index, List<IndexKey> keys,
                                                        boolean sparse) {
            MVMap<KeyValue, Object> positions = indexMap(collection, "._index_", "._keyOrderedIndex_", index);
            return new KeyOrderedUniqueIndex(getMvStore(), positions, index, keys, sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collection, String index, List<IndexKey> keys,
                                                           boolean sparse) {
            if (!SchoolIndex.isSchoolFirst(keys)) {
                return super.openOrCreateSecondaryIndex(collection, index, keys, sparse);
            }
            MVMap<KeyValue, Object> positions = indexMap(collection, "._schoolIndex_", "._schoolKeysIndex_", index);
            return new KeyOrderedSchoolIndex(getMvStore(), positions, index, keys, sparse);
        }

        /**
         * The index's map in {@link KeyOrder}, named with {@code infix}; a map of the index with {@code obsoleteInfix},
         * left by an earlier backend in an order or layout this one does not read, is removed (the server then fills
         * the new, empty map from the documents).
         */
        private MVMap<KeyValue, Object> indexMap(String collection, String obsoleteInfix, String infix, String index) {
            MVStore store = getMvStore();
            String namespace = getFullCollectionNamespace(collection);
            if (store.hasMap(namespace + obsoleteInfix + index)) {
                store.removeMap(namespace + obsoleteInfix + index);
            }
            return store.openMap(namespace + infix + index, new MVMap.Builder<KeyValue, Object>().keyType(new KeyOrder()));
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                                      Oplog oplog) {
            Function<String, MongoCollection<?>> collections = name -> super.resolveCollection(name, false);
            return IdLookups.handleCommand(getDatabaseName(), command, query, name -> collections.apply(name) != null,
                    lookup -> SchoolPages.handleCommand(getDatabaseName(), command, lookup, collections,
                            served -> SchoolMatch.handleCommand(command, served, collections,
                                    () -> super.handleCommand(channel, command, served, resolver, oplog))));
        }

        @Override
        public MongoCollection<Object> resolveCollection(String name, boolean throwIfNotFound) {
            return SchoolMatch.resolved(name, super.resolveCollection(name, throwIfNotFound));
        }
    }
}
