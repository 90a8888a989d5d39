/**
 * The embedded application: all five functions in one process on a local folder bucket.
 *
 * <ul>
 *   <li>{@link org.emodisparity.embedded.Main}: entry point; {@code precheck} parses {@code analyze}/{@code serve}
 *       and checks their paths before the application starts; third-party log noise at ERROR.</li>
 *   <li>{@link org.emodisparity.embedded.InputPaths}: the checks of files and folders a user names, each mistake
 *       one line and its own exit code (10-16); {@link org.emodisparity.embedded.CommandLineSetup}: picocli's parse
 *       errors as one line, exit 2.</li>
 *   <li>{@link org.emodisparity.embedded.AnalyzeCommand} ({@code analyze}), {@link org.emodisparity.embedded.ServeCommand}
 *       ({@code serve}: a recording refused as {@code SECOND_RECORDING} counts as finished),
 *       {@code models}, {@code token}.</li>
 *   <li>{@link org.emodisparity.embedded.EmbeddedPipeline}: uploads a session's files into the local clinic and
 *       emits the upload event; {@link org.emodisparity.embedded.ProgressBars}.</li>
 * </ul>
 */
package org.emodisparity.embedded;
