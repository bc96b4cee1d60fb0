"""forced_align.py on synthetic speech-like signals whose boundaries are known: a string
of "phones" (harmonic sounds with their own spectral shape, noise bands, silences) is
said once as the reference and again with other durations, another pitch, a longer
leading silence and noise as the recording.

    /usr/bin/python3 -m unittest discover -s models/train/tests -t models/train
"""
import os
import sys
import unittest

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tts"))
import forced_align as FA  # noqa: E402

SR = FA.SAMPLE_RATE
# (kind, centre Hz of the spectral peak): voiced sounds with one formant-like peak, or noise
PHONES = [("sil", 0), ("v", 700), ("n", 4500), ("v", 300), ("v", 1800), ("n", 2500), ("v", 1000),
          ("v", 2600), ("n", 6000), ("v", 500), ("sil", 0), ("v", 1400), ("n", 3500), ("v", 800), ("sil", 0)]


def say(durations, f0, rng, lead=0.0):
    out = [np.zeros(int(lead * SR))]
    for (kind, peak), d in zip(PHONES, durations):
        n = int(round(d * SR))
        t = np.arange(n) / SR
        if kind == "sil":
            seg = np.zeros(n)
        elif kind == "v":
            seg = sum(np.exp(-((h * f0 - peak) / 250.0) ** 2) * np.sin(2 * np.pi * h * f0 * t)
                      for h in range(1, int(7000 / f0)))
        else:
            white = rng.normal(size=n + 64)
            spec = np.fft.rfft(white)
            f = np.fft.rfftfreq(len(white), 1 / SR)
            seg = np.fft.irfft(spec * np.exp(-((f - peak) / 600.0) ** 2), len(white))[:n] * 3
        out.append(seg * 3000.0)
    x = np.concatenate(out)
    return x + rng.normal(0, 3.0, len(x))


def lab(durations, lead=0.0):
    t, rows = 0.0, []
    for k, d in enumerate(durations):
        start = t + (lead if k > 0 else 0.0)
        t += d
        rows.append((start, t + lead, f"p{k}"))
    return rows


class ForcedAlignTest(unittest.TestCase):
    def test_boundaries_of_another_voice_at_another_tempo(self):
        rng = np.random.default_rng(3)
        ref_d = [0.15] + [0.09] * 9 + [0.12] + [0.09] * 3 + [0.2]
        rec_d = [d * f for d, f in zip(ref_d, rng.uniform(0.6, 1.6, len(ref_d)))]
        ref = say(ref_d, 120.0, rng)
        rec = say(rec_d, 190.0, rng, lead=0.4)
        got = FA.align(ref, lab(ref_d), rec)
        self.assertIsNotNone(got)
        truth = lab(rec_d, lead=0.4)
        self.assertEqual([p for _, _, p in got], [p for _, _, p in truth])
        # boundaries between two sounds (not inside silence, where any point is right)
        errors = [abs(g[1] - t[1]) for k, (g, t) in enumerate(zip(got[:-1], truth[:-1]))
                  if PHONES[k][0] != "sil" and PHONES[k + 1][0] != "sil"]
        self.assertLess(np.mean(errors), 0.015, errors)
        self.assertLess(max(errors), 0.04, errors)
        stretched = [abs(r[1] * len(rec) / len(ref) - t[1]) for r, t in zip(lab(ref_d)[:-1], truth[:-1])]
        self.assertLess(np.mean(errors), np.mean(stretched) / 2)  # alignment beats stretching
        # contiguous, in order, covering the whole recording
        self.assertEqual(got[0][0], 0.0)
        self.assertAlmostEqual(got[-1][1], len(rec) / SR, places=4)
        for a, b in zip(got, got[1:]):
            self.assertEqual(a[1], b[0])
            self.assertGreater(a[1], a[0])

    def test_a_recording_far_longer_than_its_text_is_refused(self):
        rng = np.random.default_rng(4)
        d = [0.1] * len(PHONES)
        ref = say(d, 120.0, rng)
        rec = say([x * 5 for x in d], 120.0, rng)
        self.assertIsNone(FA.align(ref, lab(d), rec))


if __name__ == "__main__":
    unittest.main()
