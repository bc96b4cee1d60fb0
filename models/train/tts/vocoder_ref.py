"""The vocoder of pipelines/tts/vocoder/vocoder.cc, in numpy (float64): the reference the
C++ is checked against, and what the training recipes use to listen to features.
See vocoder.h for the algorithm; every constant here must match it."""
import numpy as np

SAMPLE_RATE = 16000
HOP = 80
FFT_SIZE = 512
ORDER = 24
ALPHA = 0.42
AP_BAND_EDGES_HZ = (0.0, 1000.0, 2000.0, 4000.0)


def warped_cos_table(n=FFT_SIZE, order=ORDER, alpha=ALPHA):
    k = np.arange(n // 2 + 1)
    w = 2 * np.pi * k / n
    warped = w + 2 * np.arctan2(alpha * np.sin(w), 1 - alpha * np.cos(w))
    return np.cos(np.outer(warped, np.arange(order + 1)))  # [bins, order+1]


def band_of_bin(n=FFT_SIZE, sr=SAMPLE_RATE):
    hz = np.arange(n // 2 + 1) * sr / n
    return np.array([max(b for b, e in enumerate(AP_BAND_EDGES_HZ) if h >= e) for h in hz])


def log_envelope(cep, table=None):
    """log|H| on the FFT bins 0..n/2 from warped-cepstrum coefficients."""
    table = warped_cos_table() if table is None else table
    return table @ np.asarray(cep, np.float64)


def min_phase(log_mag_half, n=FFT_SIZE):
    full = np.concatenate([log_mag_half, log_mag_half[-2:0:-1]])
    c = np.fft.ifft(full).real
    folded = np.zeros(n)
    folded[0] = c[0]
    folded[1:n // 2] = 2 * c[1:n // 2]
    folded[n // 2] = c[n // 2]
    return np.exp(np.fft.fft(folded))


class XorShift32:
    def __init__(self, state=0x9E3779B9):
        self.x = state

    def uniform(self):
        x = self.x
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.x = x
        return x / 4294967296.0 * 2.0 - 1.0


def synthesize(f0, cep, ap):
    """f0 [T], cep [T, ORDER+1], ap [T, 4] -> float64 samples, T*HOP + FFT_SIZE long,
    exactly as the C++ push()/finish() sequence produces them."""
    n, hop = FFT_SIZE, HOP
    table = warped_cos_table()
    bands = band_of_bin()
    bins_full = np.concatenate([np.arange(n // 2 + 1), np.arange(n // 2 - 1, 0, -1)])
    band_full = bands[bins_full]
    hann = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(2 * hop) / (2 * hop))
    T = len(f0)
    out = np.zeros(T * hop + n)
    phase = 1.0
    rng = XorShift32()
    for i in range(T):
        base = i * hop
        a = np.clip(np.nan_to_num(np.asarray(ap[i], np.float64), nan=1.0), 0.0, 1.0) if f0[i] > 0 else np.ones(4)
        env = min_phase(log_envelope(cep[i], table))
        if f0[i] > 0:
            scale = np.sqrt(SAMPLE_RATE / f0[i])
            resp = np.fft.ifft(env * np.sqrt(1 - a[band_full]) * scale).real
            for t in range(hop):
                phase += f0[i] / SAMPLE_RATE
                if phase >= 1.0:
                    phase -= 1.0
                    out[base + t:base + t + n] += resp
        else:
            phase = 1.0
        if np.any(a > 0):
            block = np.zeros(n)
            for j in range(2 * hop):
                block[j] = rng.uniform() * 1.7320508 * hann[j]
            shaped = np.fft.ifft(np.fft.fft(block) * env * np.sqrt(a[band_full])).real
            out[base:base + n] += shaped
    return out[:T * hop + n]
