package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The order of the keys in the embedded server's unique indexes. H2's default type compares objects it does not
 * know, such as the server's index keys, by serializing both on every comparison; with a few index lookups per
 * write and a dozen comparisons per lookup that was most of the server's time on a bulk import. This type
 * compares the keys' values in BSON order instead.
 * <p>
 * It also stores the keys itself: the default type Java-serializes them, a new object stream for each key each time
 * its page is written, a tenth of the server's time under a steady stream of writes. A key is written as a tag the
 * default type never writes (its tags are 0 to 119), the number of values and each value as the default type writes
 * it, which is natively for strings and numbers; keys the default type wrote, in an index map of an existing data
 * file, are still read.
 */
final class KeyOrder extends ObjectDataType {

    static final byte KEY = (byte) 0xBE;

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();
    // what a key takes in memory besides its values: the key and its list
    private static final int KEY_MEMORY = 48;

    @Override
    public int getMemory(Object value) {
        if (!(value instanceof KeyValue key)) {
            return super.getMemory(value);
        }
        int memory = KEY_MEMORY;
        for (Object element : key) {
            memory += super.getMemory(element);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof KeyValue key)) {
            super.write(buffer, value);
            return;
        }
        buffer.put(KEY).putVarInt(key.size());
        for (Object element : key) {
            super.write(buffer, element);
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != KEY) {
            return super.read(buffer);
        }
        buffer.get();
        Object[] values = new Object[DataUtils.readVarInt(buffer)];
        for (int i = 0; i < values.length; i++) {
            Object element = super.read(buffer);
            // Missing is compared by identity, and deserializing makes a new one
            values[i] = element instanceof Missing ? Missing.getInstance() : element;
        }
        return new KeyValue(Arrays.asList(values));
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            int shared = Math.min(left.size(), right.size());
            for (int i = 0; i < shared; i++) {
                int order = VALUES.compare(left.get(i), right.get(i));
                if (order != 0) {
                    return order;
                }
            }
            if (left.size() != right.size()) {
                return Integer.compare(left.size(), right.size());
            }
            if (left.equals(right)) {
                return 0;
            }
        }
        // different kinds of key, or values BSON deems equal and Java does not (1 and 1L): the serialized form
        // tells them apart, consistently with equals
        return super.compare(a, b);
    }
}
