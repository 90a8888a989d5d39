package org.emodisparity.transcript.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Token ids of a few texts padded to the same length, flattened row-major for ONNX Runtime; {@code rows[i]} is the
 * index of row i in the caller's list of texts.
 */
public record TokenBatch(int[] rows, int length, long[] inputIds, long[] attentionMask) {

    public static TokenBatch pad(int[] rows, List<long[]> ids, long padId) {
        int length = ids.stream().mapToInt(a -> a.length).max().orElse(0);
        long[] inputIds = new long[rows.length * length];
        long[] mask = new long[rows.length * length];
        Arrays.fill(inputIds, padId);
        for (int r = 0; r < rows.length; r++) {
            long[] row = ids.get(r);
            System.arraycopy(row, 0, inputIds, r * length, row.length);
            Arrays.fill(mask, r * length, r * length + row.length, 1L);
        }
        return new TokenBatch(rows.clone(), length, inputIds, mask);
    }

    public int size() {
        return rows.length;
    }

    public long[] shape() {
        return new long[] {rows.length, length};
    }
}
