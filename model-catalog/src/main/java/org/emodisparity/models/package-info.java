/**
 * Models at run time, what every function carries. The catalog: {@link org.emodisparity.models.ModelCatalog}
 * ({@code catalog.json} read and checked) of {@link org.emodisparity.models.ModelEntry} (task, format, profile,
 * {@link org.emodisparity.models.ModelSource}, {@link org.emodisparity.models.ModelFile}s, input and output
 * contracts). Installed models: {@link org.emodisparity.models.ModelsDirectory} (where),
 * {@link org.emodisparity.models.ModelRepository} (find or require a model, every file verified by
 * {@link org.emodisparity.models.FileDigest}; a mismatch is a {@link org.emodisparity.models.ModelIntegrityException}),
 * {@link org.emodisparity.models.InstalledModel}, {@link org.emodisparity.models.LocalPins} ({@code pins.json}); the
 * repository as the CDI bean every function injects: {@link org.emodisparity.models.ModelRepositoryProducer}.
 * The models bucket of the distributed mode: {@link org.emodisparity.models.ModelMirror} (push and pull, verified) and
 * {@link org.emodisparity.models.ModelsFromBucket} (the start-up pull of each function). Sub-packages: {@code onnx}
 * (ONNX Runtime sessions), {@code health} (readiness).
 *
 * <p>The same package in {@code tools/model-tools} (never a function's runtime dependency) holds the
 * {@code models} command ({@code ModelsCommand}), the installer ({@code ModelInstaller}, {@code ExternalTools},
 * {@code PublisherDownload}, {@code ArchiveFiles}); {@code src-test-fixtures} holds {@code RequiredModels} for tests.
 */
package org.emodisparity.models;
