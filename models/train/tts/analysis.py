"""Vocoder features of a 16 kHz waveform, frame i describing samples [i*HOP, (i+1)*HOP)
exactly as pipelines/tts/vocoder consumes them: F0 (Hz, 0 unvoiced), ORDER+1 warped
cepstra, 4 band aperiodicities. Numpy, vectorized over frames.

- F0: normalized autocorrelation of a 40 ms Hann-windowed frame over 60-400 Hz, voiced
  above a correlation and an energy threshold, median-smoothed.
- Envelope: 25 ms Hann power spectrum divided by the window energy (so white noise of
  unit power gives |H| = 1, as the vocoder's noise source), smoothed over one F0 width in
  voiced frames (which averages the harmonics to the envelope), then the least-squares
  warped cepstrum of its log amplitude.
- Aperiodicity: per band, 1 - the normalized correlation of the band-passed signal at
  the pitch period (energy fraction of noise; the vocoder's sqrt(ap) weighting matches).
"""
import numpy as np

import vocoder_ref as V

F0_MIN, F0_MAX = 60.0, 400.0
VOICING_THRESHOLD = 0.5
ENV_WIN = 400   # 25 ms
F0_WIN = 640    # 40 ms


def _frames(x, win, T):
    """[T, win] windows centered on each frame's center (i*HOP + HOP/2), zero-padded."""
    pad = win
    xp = np.concatenate([np.zeros(pad), x, np.zeros(pad + win)])
    starts = np.arange(T) * V.HOP + V.HOP // 2 - win // 2 + pad
    idx = starts[:, None] + np.arange(win)[None, :]
    return xp[idx]


def _median3(v, k=5):
    pad = np.pad(v, (k // 2, k // 2), mode="edge")
    return np.median(np.lib.stride_tricks.sliding_window_view(pad, k), axis=1)


def f0_track(x, T):
    fr = _frames(x, F0_WIN, T) * np.hanning(F0_WIN)[None, :]
    nfft = 2048
    spec = np.fft.rfft(fr, nfft, axis=1)
    ac = np.fft.irfft(np.abs(spec) ** 2, nfft, axis=1)[:, :F0_WIN]
    wac = np.correlate(np.hanning(F0_WIN), np.hanning(F0_WIN), "full")[F0_WIN - 1:]
    ac = ac / np.maximum(wac[None, :], 1e-9)  # undo the window's taper
    r0 = np.maximum(ac[:, :1], 1e-12)
    lo, hi = int(V.SAMPLE_RATE / F0_MAX), int(V.SAMPLE_RATE / F0_MIN)
    nac = ac[:, lo:hi + 1] / r0
    lags = lo + np.arange(nac.shape[1])
    is_peak = np.zeros_like(nac, bool)
    is_peak[:, 1:-1] = (nac[:, 1:-1] >= nac[:, :-2]) & (nac[:, 1:-1] >= nac[:, 2:])

    def pick(allowed):
        # Octave errors: a period's multiples correlate almost as well as the period
        # itself, so take the shortest-lag peak within 15% of the best one.
        cand = np.where(is_peak & allowed[None, :], nac, -1.0)
        best = cand.max(axis=1, keepdims=True)
        good = (cand >= 0.85 * best) & (cand > 0)
        lag = np.argmax(good, axis=1)
        return lag, np.where(good.any(axis=1), nac[np.arange(T), lag], 0.0)

    lag, peak = pick(np.ones(len(lags), bool))
    first = peak > VOICING_THRESHOLD
    if first.sum() >= 5:  # second pass inside this speaker's range
        median_period = np.median(lags[lag[first]])
        lag, peak = pick((lags >= median_period / 1.8) & (lags <= median_period * 1.7))
    # parabolic refinement of the peak lag
    l = np.clip(lag, 1, nac.shape[1] - 2)
    a, b, c = nac[np.arange(T), l - 1], nac[np.arange(T), l], nac[np.arange(T), l + 1]
    den = a - 2 * b + c
    safe = np.where(np.abs(den) > 1e-9, den, 1.0)
    shift = np.where(np.abs(den) > 1e-9, 0.5 * (a - c) / safe, 0.0)
    period = lo + l + np.clip(shift, -1, 1)
    energy = np.mean(fr ** 2, axis=1)
    voiced = (peak > VOICING_THRESHOLD) & (energy > 1e-3 * max(energy.max(), 1e-12))
    f0 = np.where(voiced, V.SAMPLE_RATE / period, 0.0)
    sm = _median3(f0)
    return np.where(voiced & (sm > 0), sm, 0.0), peak


def envelope_cepstrum(x, f0, T):
    w = np.hanning(ENV_WIN)
    fr = _frames(x, ENV_WIN, T) * w[None, :]
    power = np.abs(np.fft.rfft(fr, V.FFT_SIZE, axis=1)) ** 2 / np.sum(w ** 2)
    bins = power.shape[1]
    # smooth over one F0 width (voiced) or 150 Hz (unvoiced) with a per-frame box filter
    hz_per_bin = V.SAMPLE_RATE / V.FFT_SIZE
    width = np.where(f0 > 0, f0, 150.0) / hz_per_bin
    half = np.maximum(1, np.round(width / 2)).astype(int)
    padded = np.concatenate([power[:, :1].repeat(bins, 1), power, power[:, -1:].repeat(bins, 1)], axis=1)
    cs = np.concatenate([np.zeros((T, 1)), np.cumsum(padded, axis=1)], axis=1)
    k = np.arange(bins)[None, :] + bins
    lo, hi = k - half[:, None], k + half[:, None] + 1
    smooth = (np.take_along_axis(cs, hi, 1) - np.take_along_axis(cs, lo, 1)) / (hi - lo)
    log_amp = 0.5 * np.log(np.maximum(smooth, 1e-10))
    table = V.warped_cos_table()
    cep, *_ = np.linalg.lstsq(table, log_amp.T, rcond=None)
    return cep.T  # [T, ORDER+1]


def aperiodicity(x, f0, T):
    n = len(x)
    X = np.fft.rfft(x)
    hz = np.fft.rfftfreq(n, 1.0 / V.SAMPLE_RATE)
    edges = list(V.AP_BAND_EDGES_HZ) + [V.SAMPLE_RATE / 2 + 1]
    ap = np.ones((T, 4))
    voiced = f0 > 0
    period = np.where(voiced, np.round(V.SAMPLE_RATE / np.maximum(f0, 1.0)), 0).astype(int)
    win = 320
    for b in range(4):
        band = np.fft.irfft(np.where((hz >= edges[b]) & (hz < edges[b + 1]), X, 0), n)
        xp = np.concatenate([np.zeros(win), band, np.zeros(2 * win + 400)])
        starts = np.arange(T) * V.HOP + V.HOP // 2 - win // 2 + win
        idx = starts[:, None] + np.arange(win)[None, :]
        seg = xp[idx]
        lagged = xp[idx + period[:, None]]
        num = np.sum(seg * lagged, axis=1)
        den = np.sqrt(np.sum(seg ** 2, axis=1) * np.sum(lagged ** 2, axis=1)) + 1e-12
        r = np.clip(num / den, 0.0, 1.0)
        ap[:, b] = np.where(voiced, 1.0 - r, 1.0)
    return np.clip(ap, 0.0, 1.0)


def analyse(x):
    """x: float waveform at 16 kHz (any scale; int16 wavs as read are fine)."""
    x = np.asarray(x, np.float64)
    T = len(x) // V.HOP
    f0, _ = f0_track(x, T)
    cep = envelope_cepstrum(x, f0, T)
    ap = aperiodicity(x, f0, T)
    return f0, cep, ap


def mel_cepstral_distortion(c1, c2):
    """MCD in dB over frames, excluding c0. Our coefficients are the cosine-series form
    log|H| = c0 + sum c_m cos(m phi), i.e. twice the usual cepstrum for m >= 1."""
    d = (np.asarray(c1)[:, 1:] - np.asarray(c2)[:, 1:]) / 2.0
    return float(np.mean(10.0 / np.log(10.0) * np.sqrt(2.0 * np.sum(d ** 2, axis=1))))
