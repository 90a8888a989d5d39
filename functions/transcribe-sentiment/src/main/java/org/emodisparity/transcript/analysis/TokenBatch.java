package org.emodisparity.transcript.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The transformer inputs of this batch: input_ids and attention_mask, plus all-zero token_type_ids for models
     * that declare them (BERT-style encoders). The caller closes the tensors.
     */
    public Map<String, OnnxTensor> toTensors(OrtEnvironment env, boolean withTokenTypes) throws OrtException {
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(inputIds), shape()));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(attentionMask), shape()));
            if (withTokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[inputIds.length]),
                        shape()));
            }
            return inputs;
        } catch (OrtException | RuntimeException e) {
            inputs.values().forEach(OnnxTensor::close);
            throw e;
        }
    }
}
