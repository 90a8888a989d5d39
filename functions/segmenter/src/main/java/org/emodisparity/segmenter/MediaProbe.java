package org.emodisparity.segmenter;

import org.emodisparity.model.StageRunner;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.PointerPointer;
import org.emodisparity.model.MediaInfo;
import org.emodisparity.model.ReasonCode;

/**
 * Validates an upload with FFmpeg's demuxer: container, streams, decoders, duration, and that the packets
 * really reach the declared duration (an interrupted upload of an MP4 whose index comes first still opens,
 * but its packets stop early).
 */
public final class MediaProbe {
    /** FFmpeg's AV_DISPOSITION_DEFAULT: the stream a player picks by default. */
    private static final int AV_DISPOSITION_DEFAULT = 1;

    /** Demuxers FFmpeg accepts for arbitrary text or single pictures: never a session recording. */
    private static final Set<String> NOT_RECORDINGS = Set.of("tty", "txt", "image2", "png_pipe", "jpeg_pipe",
            "webp_pipe", "bmp_pipe", "gif");

    static {
        // FFmpeg's own log would print the user's file name and codec chatter to stderr; we report typed reasons.
        avutil.av_log_set_level(avutil.AV_LOG_QUIET);
    }

    /** Stream facts, why a modality has nothing to analyse, and every audio stream of the file. */
    public record Probed(MediaInfo info, ReasonCode videoIssue, ReasonCode audioIssue, List<AudioStreamFacts> audioStreams) {
        public Probed {
            audioStreams = audioStreams == null ? List.of() : List.copyOf(audioStreams);
        }

        /** The audio streams FFmpeg can decode. */
        public List<AudioStreamFacts> decodableAudio() {
            return audioStreams.stream().filter(AudioStreamFacts::decodable).toList();
        }
    }

    /**
     * One audio stream: its index in the file, its place among the file's audio streams (1-based), whether FFmpeg
     * decodes it, whether it is marked default, and its title (null without one).
     */
    public record AudioStreamFacts(int index, int ordinal, boolean decodable, boolean isDefault, String title) {
    }

    public Probed probe(Path file, String uploadKey, String sha256, double maxSeconds, DoubleConsumer progress)
            throws MediaRejected, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new MediaRejected(ReasonCode.EMPTY_FILE, "the upload is empty (0 bytes)");
        }
        AVFormatContext fmt = new AVFormatContext(null);
        int ret = avformat_open_input(fmt, file.toString(), null, null);
        if (ret < 0) {
            throw looksLikeContainer(file)
                    ? new MediaRejected(ReasonCode.TRUNCATED, "the file starts like a media container but FFmpeg "
                    + "cannot read it (truncated or corrupt upload; error " + ret + ")")
                    : new MediaRejected(ReasonCode.NOT_MEDIA, "the file is not a media file FFmpeg recognises");
        }
        try {
            String container = fmt.iformat().name().getString();
            if (NOT_RECORDINGS.contains(container)) {
                throw new MediaRejected(ReasonCode.NOT_MEDIA, "the file is read as '" + container
                        + "', not an audio/video recording");
            }
            if (avformat_find_stream_info(fmt, (PointerPointer<?>) null) < 0) {
                throw new MediaRejected(ReasonCode.TRUNCATED, "FFmpeg cannot read the stream information");
            }
            MediaInfo.VideoStream video = null;
            MediaInfo.AudioStream audio = null;
            ReasonCode videoIssue = null;
            ReasonCode audioIssue = null;
            int audioStreams = 0;
            boolean audioIsDefault = false;
            List<AudioStreamFacts> allAudio = new ArrayList<>();
            for (int i = 0; i < fmt.nb_streams(); i++) {
                AVStream st = fmt.streams(i);
                AVCodecParameters par = st.codecpar();
                int type = par.codec_type();
                boolean decodable = avcodec_find_decoder(par.codec_id()) != null;
                String codec = avcodec_get_name(par.codec_id()).getString();
                if (type == AVMEDIA_TYPE_VIDEO && video == null && (st.disposition() & avformat_attached_pic()) == 0) {
                    if (decodable) {
                        video = new MediaInfo.VideoStream(codec, par.width(), par.height(), rate(st));
                        videoIssue = null;
                    } else {
                        videoIssue = ReasonCode.UNSUPPORTED_CODEC;
                    }
                } else if (type == AVMEDIA_TYPE_AUDIO) {
                    audioStreams++;
                    boolean isDefault = (st.disposition() & AV_DISPOSITION_DEFAULT) != 0;
                    allAudio.add(new AudioStreamFacts(i, audioStreams, decodable, isDefault, title(st)));
                    if (decodable && (audio == null || (isDefault && !audioIsDefault))) {
                        // the stream marked default wins, else the first decodable one
                        audio = new MediaInfo.AudioStream(codec, par.sample_rate(), par.ch_layout().nb_channels(), 0,
                                i, null);
                        audioIsDefault = isDefault;
                        audioIssue = null;
                    } else if (audio != null) {
                        continue;
                    } else {
                        audioIssue = ReasonCode.UNSUPPORTED_CODEC;
                    }
                }
            }
            if (video == null && audio == null) {
                if (videoIssue == ReasonCode.UNSUPPORTED_CODEC || audioIssue == ReasonCode.UNSUPPORTED_CODEC) {
                    throw new MediaRejected(ReasonCode.UNSUPPORTED_CODEC, "no stream of the file can be decoded by "
                            + "this build's FFmpeg");
                }
                throw new MediaRejected(ReasonCode.NO_MEDIA_STREAMS, "the file has neither video nor audio");
            }
            double declared = fmt.duration() == AV_NOPTS_VALUE ? 0 : fmt.duration() / (double) AV_TIME_BASE;
            if (declared > maxSeconds) {
                throw new MediaRejected(ReasonCode.TOO_LONG, String.format("the media lasts %.0f s, more than the "
                        + "configured maximum of %.0f s", declared, maxSeconds));
            }
            double[] ends = scanPackets(fmt, declared, progress);
            double observed = Math.max(ends[AVMEDIA_TYPE_VIDEO], ends[AVMEDIA_TYPE_AUDIO]);
            // The container's figure often stops at the last frame's start; the packets also count its length.
            double duration = declared <= 0 || (observed > declared && observed - declared < 1.0) ? observed : declared;
            if (observed <= 0 || duration <= 0) {
                throw new MediaRejected(ReasonCode.ZERO_DURATION, "the media contains no frames or samples");
            }
            if (declared > 0 && declared - observed > Math.max(0.5, 0.02 * declared)) {
                throw new MediaRejected(ReasonCode.TRUNCATED, String.format("the container declares %.2f s but its "
                        + "data stops at %.2f s (truncated upload)", declared, observed));
            }
            if (duration > maxSeconds) {
                throw new MediaRejected(ReasonCode.TOO_LONG, String.format("the media lasts %.0f s, more than the "
                        + "configured maximum of %.0f s", duration, maxSeconds));
            }
            if (video == null && videoIssue == null) {
                videoIssue = ReasonCode.NO_VIDEO_STREAM;
            }
            if (audio == null && audioIssue == null) {
                audioIssue = ReasonCode.NO_AUDIO_STREAM;
            }
            if (audio != null) {
                audio = new MediaInfo.AudioStream(audio.codec(), audio.sampleRate(), audio.channels(),
                        round(ends[AVMEDIA_TYPE_AUDIO]), audio.streamIndex(), audioStreams);
            }
            MediaInfo info = new MediaInfo(org.emodisparity.model.Contract.SCHEMA_VERSION, uploadKey, size, sha256,
                    container, round(duration), video, audio);
            return new Probed(info, videoIssue, audioIssue, allAudio);
        } finally {
            avformat_close_input(fmt);
        }
    }

    /**
     * Reads every packet (no decoding) and returns, per media type (indexed by AVMEDIA_TYPE_*), the end time
     * of its last packet relative to the container's start time. A read error before the end of the file means
     * the data is damaged.
     */
    private static double[] scanPackets(AVFormatContext fmt, double declared, DoubleConsumer progress)
            throws MediaRejected {
        long start = fmt.start_time() == AV_NOPTS_VALUE ? 0 : fmt.start_time();
        double startSeconds = start / (double) AV_TIME_BASE;
        double end = 0;
        double[] ends = new double[Math.max(AVMEDIA_TYPE_VIDEO, AVMEDIA_TYPE_AUDIO) + 1];
        AVPacket pkt = av_packet_alloc();
        try {
            int ret;
            while ((ret = av_read_frame(fmt, pkt)) >= 0) {
                AVStream st = fmt.streams(pkt.stream_index());
                int type = st.codecpar().codec_type();
                long ts = pkt.pts() != AV_NOPTS_VALUE ? pkt.pts() : pkt.dts();
                if ((type == AVMEDIA_TYPE_VIDEO || type == AVMEDIA_TYPE_AUDIO) && ts != AV_NOPTS_VALUE) {
                    AVRational tb = st.time_base();
                    double t = (ts + Math.max(0, pkt.duration())) * tb.num() / (double) tb.den() - startSeconds;
                    ends[type] = Math.max(ends[type], t);
                    if (t > end) {
                        end = t;
                        if (declared > 0) {
                            progress.accept(Math.min(1, end / declared));
                        }
                    }
                }
                av_packet_unref(pkt);
            }
            if (ret != AVERROR_EOF) {
                throw new MediaRejected(ReasonCode.TRUNCATED, String.format("reading the media failed at %.2f s "
                        + "(error %d): the file is damaged", end, ret));
            }
            return ends;
        } finally {
            av_packet_free(pkt);
        }
    }

    /** A stream's title tag, printable and at most 64 characters, or null. */
    private static String title(AVStream st) {
        if (st.metadata() == null || st.metadata().isNull()) {
            return null;
        }
        AVDictionaryEntry e = avutil.av_dict_get(st.metadata(), "title", null, 0);
        if (e == null || e.isNull() || e.value() == null) {
            return null;
        }
        String t = e.value().getString(java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", " ").strip();
        return t.isEmpty() ? null : t.length() > 64 ? t.substring(0, 64) : t;
    }

    private static int avformat_attached_pic() {
        return org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
    }

    private static double rate(AVStream st) {
        AVRational r = st.avg_frame_rate().num() > 0 ? st.avg_frame_rate() : st.r_frame_rate();
        return r.den() == 0 ? 0 : round(r.num() / (double) r.den());
    }

    private static double round(double v) {
        return StageRunner.round(v, 3);
    }

    /** Signatures of the containers a session recording comes in (MP4/MOV, Matroska/WebM, AVI/WAV, MPEG, Ogg, FLV, ASF). */
    static boolean looksLikeContainer(Path file) throws IOException {
        byte[] h = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(h, 0, h.length);
        }
        if (n < 8) {
            return false;
        }
        String ascii = new String(h, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        return ascii.startsWith("ftyp", 4) || ascii.startsWith("RIFF") || ascii.startsWith("OggS")
                || ascii.startsWith("FLV") || ascii.startsWith("fLaC") || ascii.startsWith("ID3")
                || (h[0] == 0x1A && h[1] == 0x45 && (h[2] & 0xFF) == 0xDF && (h[3] & 0xFF) == 0xA3)
                || (h[0] == 0 && h[1] == 0 && h[2] == 1 && ((h[3] & 0xFF) == 0xBA || (h[3] & 0xFF) == 0xB3))
                || (h[0] == 0x30 && h[1] == 0x26 && (h[2] & 0xFF) == 0xB2 && h[3] == 0x75);
    }
}
