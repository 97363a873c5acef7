package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The order of the keys in the embedded server's unique indexes. H2's default type compares objects it does not
 * know, such as the server's index keys, by serializing both on every comparison; with a few index lookups per
 * write and a dozen comparisons per lookup that was most of the server's time on a bulk import. This type
 * compares the keys' values in BSON order instead and stores them exactly as the default type does.
 */
final class KeyOrder extends ObjectDataType {

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

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
