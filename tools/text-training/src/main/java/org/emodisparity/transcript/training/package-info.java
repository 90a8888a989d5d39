/**
 * Training, evaluation and benchmarking of the default text-emotion head; a tool module ({@code tools/text-training}),
 * never deployed: the transcribe-sentiment function carries inference only.
 *
 * <ul>
 *   <li>{@link org.emodisparity.transcript.training.TrainGoEmotionsHead}: the one command that writes the shipped head
 *       ({@code tools/text-training/run TrainGoEmotionsHead}), from GoEmotions (28 labels + Ekman groups) and XED
 *       (Ekman groups), with thresholds and the calibration temperature chosen on dev;</li>
 *   <li>{@link org.emodisparity.transcript.training.XedData}: XED English, its Plutchik → Ekman mapping and fixed
 *       hash splits; {@link org.emodisparity.transcript.training.GoEmotionsSplit}: GoEmotions;</li>
 *   <li>{@link org.emodisparity.transcript.training.EncoderComparison}: candidate encoders compared on dev;</li>
 *   <li>{@link org.emodisparity.transcript.training.TextEmotionBenchmark}: end-to-end throughput on one thread;</li>
 *   <li>helpers: {@link org.emodisparity.transcript.training.MultiLabelMetrics},
 *       {@link org.emodisparity.transcript.training.EmbeddingCache} (embeddings under
 *       {@code ~/.cache/emodisparity/text-embeddings}), {@link org.emodisparity.transcript.training.ProjectPaths}.</li>
 * </ul>
 */
package org.emodisparity.transcript.training;
