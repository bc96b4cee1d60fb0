"""Phone times for a recording of known text, by aligning it to a synthetic rendering.

The reference is the same text through our front end and the teacher voice (Festival,
render_teacher.py), whose phone times are exact. Both waveforms become speaker-normalized
spectral frames (log-mel cepstra without c0, mean and variance normalized per utterance,
plus a loudness track so pauses line up), and dynamic time warping maps every reference
frame to a recording frame; each phone boundary moves to the recording frame its
reference frame maps to.

DTW steps are (1,1), (1,2), (2,1), (1,3), (3,1): local tempo may differ up to 3x either
way, and a whole row of the cost table depends only on earlier rows, so numpy does one
row at a time. Leading and trailing silence of the recording is trimmed first (a long
silence would need a steeper slope) and given back to the edge pauses.
"""
import numpy as np

SAMPLE_RATE = 16000
HOP = 80          # 5 ms, the vocoder's frame
WIN = 400         # 25 ms
N_FFT = 512
N_MEL = 40
N_CEP = 13


def _mel_matrix():
    def hz_to_mel(f):
        return 2595.0 * np.log10(1.0 + f / 700.0)

    def mel_to_hz(m):
        return 700.0 * (10.0 ** (m / 2595.0) - 1.0)

    edges = mel_to_hz(np.linspace(hz_to_mel(60.0), hz_to_mel(7600.0), N_MEL + 2))
    bins = np.arange(N_FFT // 2 + 1) * SAMPLE_RATE / N_FFT
    m = np.zeros((N_MEL, len(bins)))
    for k in range(N_MEL):
        lo, mid, hi = edges[k], edges[k + 1], edges[k + 2]
        m[k] = np.clip(np.minimum((bins - lo) / (mid - lo), (hi - bins) / (hi - mid)), 0.0, None)
    return m


_MEL = _mel_matrix()
_DCT = np.cos(np.pi / N_MEL * (np.arange(N_MEL)[None, :] + 0.5) * np.arange(1, N_CEP + 1)[:, None])


def frame_energy_db(x):
    """Per 5 ms frame, the log energy (dB) of a 25 ms window centred on it."""
    x = np.asarray(x, np.float64)
    T = len(x) // HOP
    pad = np.concatenate([np.zeros(WIN // 2), x, np.zeros(WIN)])
    idx = np.arange(T)[:, None] * HOP + np.arange(WIN)[None, :]
    return 10.0 * np.log10(np.mean(pad[idx] ** 2, axis=1) + 1e-3)


def features(x):
    """[T, N_CEP + 1] frames: normalized log-mel cepstra and a normalized loudness."""
    x = np.asarray(x, np.float64)
    T = len(x) // HOP
    pad = np.concatenate([np.zeros(WIN // 2), x, np.zeros(WIN)])
    idx = np.arange(T)[:, None] * HOP + np.arange(WIN)[None, :]
    frames = pad[idx] * np.hanning(WIN)[None, :]
    power = np.abs(np.fft.rfft(frames, N_FFT, axis=1)) ** 2
    logmel = np.log(power @ _MEL.T + 1e-6)
    cep = logmel @ _DCT.T
    cep = (cep - cep.mean(0)) / (cep.std(0) + 1e-6)
    loud = frame_energy_db(x)
    loud = (loud - loud.max()) / 20.0  # 0 at the loudest frame, -1 per 20 dB below
    return np.concatenate([cep, 2.0 * loud[:, None]], axis=1)


def dtw_path(ref, rec):
    """Monotonic path [(i, j)] from (0, 0) to (N-1, M-1) minimizing the summed frame
    distance; steps as in the module comment."""
    N, M = len(ref), len(rec)
    # Euclidean distances, row by row to keep memory at N x M floats
    cost = np.empty((N, M), np.float32)
    rec_sq = np.sum(rec ** 2, axis=1)
    for i in range(N):
        cost[i] = np.sqrt(np.maximum(np.sum(ref[i] ** 2) + rec_sq - 2.0 * rec @ ref[i], 0.0))
    INF = np.float32(1e30)
    D = np.full((N, M), INF, np.float32)
    move = np.zeros((N, M), np.int8)
    D[0, 0] = cost[0, 0]
    # (di, dj) per move code; a step's cost counts every frame it skips over on the
    # longer side so long steps are not free
    steps = [(1, 1), (1, 2), (2, 1), (1, 3), (3, 1)]
    for i in range(1, N):
        best = np.full(M, INF, np.float32)
        code = np.zeros(M, np.int8)
        for k, (di, dj) in enumerate(steps):
            if i - di < 0:
                continue
            cand = np.full(M, INF, np.float32)
            weight = max(di, dj)
            cand[dj:] = D[i - di, :M - dj] + weight * cost[i, dj:]
            better = cand < best
            best[better] = cand[better]
            code[better] = k
        D[i] = best
        move[i] = code
    if D[N - 1, M - 1] >= INF:
        return None
    path = [(N - 1, M - 1)]
    i, j = N - 1, M - 1
    while i > 0 or j > 0:
        di, dj = steps[move[i, j]]
        i, j = i - di, j - dj
        path.append((i, j))
    return path[::-1]


def speech_span(x, floor_db=35.0):
    """(first, last + 1) sample of the part louder than `floor_db` below the peak."""
    e = frame_energy_db(x)
    loud = np.nonzero(e > e.max() - floor_db)[0]
    if len(loud) == 0:
        return 0, len(x)
    return int(loud[0] * HOP), int(min(len(x), (loud[-1] + 1) * HOP))


def align(ref_wave, ref_lab, rec_wave):
    """ref_lab: [(start s, end s, phone)] of ref_wave. Returns the same phones with times
    on rec_wave, or None when the two cannot be aligned (too different in length)."""
    r0, r1 = speech_span(ref_wave)
    s0, s1 = speech_span(rec_wave)
    ref_f = features(ref_wave[r0:r1])
    rec_f = features(rec_wave[s0:s1])
    if not (len(ref_f) / 3.0 <= len(rec_f) <= 3.0 * len(ref_f)) or min(len(ref_f), len(rec_f)) < 4:
        return None
    path = dtw_path(ref_f, rec_f)
    if path is None:
        return None
    # reference frame -> mean recording frame on the path
    sums = np.zeros(len(ref_f))
    counts = np.zeros(len(ref_f))
    for i, j in path:
        sums[i] += j
        counts[i] += 1
    mapped = sums / np.maximum(counts, 1)
    for i in range(len(mapped)):  # frames a long step skipped take the previous value
        if counts[i] == 0:
            mapped[i] = mapped[i - 1]

    def to_rec(t):
        sample = t * SAMPLE_RATE - r0
        if sample <= 0:  # in the reference's leading silence: scale it onto the recording's
            return t * s0 / r0 if r0 > 0 else s0 / SAMPLE_RATE
        frame = sample / HOP
        if frame >= len(mapped) - 1:
            over = (sample - (len(mapped) - 1) * HOP) / SAMPLE_RATE
            return (s0 + mapped[-1] * HOP) / SAMPLE_RATE + over
        k = int(frame)
        m = mapped[k] + (frame - k) * (mapped[k + 1] - mapped[k])
        return (s0 + m * HOP) / SAMPLE_RATE

    total = len(rec_wave) / SAMPLE_RATE
    bounds = [to_rec(end) for _, end, _ in ref_lab[:-1]]
    out, start = [], 0.0
    for (_, _, phone), end in zip(ref_lab, bounds + [total]):
        end = min(max(end, start + 0.005), total)  # every phone keeps at least one frame
        out.append((start, end, phone))
        start = end
    return out
