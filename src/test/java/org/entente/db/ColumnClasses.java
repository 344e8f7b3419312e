package org.entente.db;

import java.util.HashMap;
import java.util.Map;

/** Classes of columns known equal (a union-find): joined by each equality a query states. */
final class ColumnClasses<K> {
    private final Map<K, K> parents = new HashMap<>();

    /** The representative of the class of {@code key}. */
    K find(K key) {
        K parent = parents.getOrDefault(key, key);
        if (parent.equals(key)) {
            return key;
        }
        K root = find(parent);
        parents.put(key, root);
        return root;
    }

    boolean same(K a, K b) {
        return find(a).equals(find(b));
    }

    void union(K a, K b) {
        K ra = find(a);
        K rb = find(b);
        if (!ra.equals(rb)) {
            parents.put(ra, rb);
        }
    }
}
