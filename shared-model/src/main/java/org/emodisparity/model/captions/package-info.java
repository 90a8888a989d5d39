/**
 * Uploaded caption files (WebVTT, SRT) read into timed, speaker-named segments: the one reader of transcripts in
 * the project. {@link org.emodisparity.model.captions.CaptionParser} (encoding: UTF-8 with or without BOM, UTF-16
 * with or without BOM, Windows-1252; format detection; at most {@code MAX_BYTES} = 2 MiB; cue blocks, a malformed
 * cue skipped and counted in {@code Captions.skippedCues()} with its line in {@code problems()}; errors naming the
 * line for an empty file or one with no readable cue), {@link org.emodisparity.model.captions.CueText} (speaker
 * names from WebVTT voice spans and {@code Name:} prefixes, markup removed),
 * {@link org.emodisparity.model.captions.CueTimestamp}, {@link org.emodisparity.model.captions.TranscriptSegment}
 * (one timed run of one speaker's words), {@link org.emodisparity.model.captions.TranscriptFormatException}.
 */
package org.emodisparity.model.captions;
