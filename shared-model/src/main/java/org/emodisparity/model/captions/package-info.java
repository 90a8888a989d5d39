/**
 * Uploaded caption files (WebVTT, SRT) read into timed, speaker-named segments: the one reader of transcripts in
 * the project. {@link org.emodisparity.model.captions.CaptionParser} (format detection, cue blocks, errors naming the
 * line), {@link org.emodisparity.model.captions.CueText} (speaker names from WebVTT voice spans and {@code Name:}
 * prefixes, markup removed), {@link org.emodisparity.model.captions.CueTimestamp},
 * {@link org.emodisparity.model.captions.TranscriptSegment} (one timed run of one speaker's words).
 */
package org.emodisparity.model.captions;
