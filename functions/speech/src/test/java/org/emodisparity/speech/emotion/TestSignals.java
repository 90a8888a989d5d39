package org.emodisparity.speech.emotion;

import org.emodisparity.speech.analysis.Pcm16k;

/** Synthetic 16 kHz clips: loud (mean square 0.125) and quiet (5e-5) tones, silence. */
final class TestSignals {
    static final float LOUD = 0.5f;
    static final float QUIET = 0.01f;

    private TestSignals() {
    }

    static float[] tone(double seconds, float amplitude) {
        float[] pcm = new float[(int) Math.round(seconds * Pcm16k.SAMPLE_RATE)];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (float) (amplitude * Math.sin(2 * Math.PI * 220 * i / Pcm16k.SAMPLE_RATE));
        }
        return pcm;
    }

    static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
