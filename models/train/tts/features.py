"""Model inputs, shared by training and export and mirrored by pipelines/tts/acoustic/
(C++): per phone for the duration model, per frame for the acoustic model."""
import numpy as np

from phones import EDGE, INVENTORY, PAUSE, base_and_nasal

P = len(INVENTORY)
INDEX = {p: i for i, p in enumerate(INVENTORY)}
PHONE_INPUTS = 3 * P + 1 + 4
FRAME_INPUTS = 3 * P + 3


def phone_ids(phones):
    """(base index, nasal) per phone; an unknown phone raises."""
    out = []
    for p in phones:
        base, nasal = base_and_nasal(p)
        out.append((INDEX[base], nasal))
    return out


def phone_features(phones):
    """[N, PHONE_INPUTS] for one sentence's phones (pauses included)."""
    ids = phone_ids(phones)
    n = len(ids)
    x = np.zeros((n, PHONE_INPUTS), np.float32)
    pauses = [i for i, p in enumerate(phones) if p == PAUSE]
    for i, (b, nasal) in enumerate(ids):
        prev = ids[i - 1][0] if i > 0 else INDEX[EDGE]
        nxt = ids[i + 1][0] if i + 1 < n else INDEX[EDGE]
        x[i, b] = 1
        x[i, P + prev] = 1
        x[i, 2 * P + nxt] = 1
        x[i, 3 * P] = float(nasal)
        if phones[i] != PAUSE:
            to_pause = min((j - i for j in pauses if j > i), default=4)
            x[i, 3 * P + 1 + min(to_pause, 4) - 1] = 1
    return x


def frame_features(phones, frames):
    """[sum(frames), FRAME_INPUTS]: each phone's identity, neighbours, nasality, the
    frame's position inside the phone and the phone's length."""
    ids = phone_ids(phones)
    n = len(ids)
    total = int(sum(frames))
    x = np.zeros((total, FRAME_INPUTS), np.float32)
    t = 0
    for i, ((b, nasal), f) in enumerate(zip(ids, frames)):
        prev = ids[i - 1][0] if i > 0 else INDEX[EDGE]
        nxt = ids[i + 1][0] if i + 1 < n else INDEX[EDGE]
        rows = slice(t, t + f)
        x[rows, b] = 1
        x[rows, P + prev] = 1
        x[rows, 2 * P + nxt] = 1
        x[rows, 3 * P] = float(nasal)
        x[rows, 3 * P + 1] = (np.arange(f) + 0.5) / f
        x[rows, 3 * P + 2] = f / 20.0
        t += f
    return x
