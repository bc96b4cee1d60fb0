"""Renders the bootstrap teacher corpus: Hindi sentences from ../shared/corpora, through
Vachak's own front end (`vachak g2p`: normalization, G2P, schwa deletion, phrase breaks),
spoken by Festival's festvox-hi-nsk diphone voice (GPL-2+) with our phone sequence and
our durations, so every wav comes with exact phone timings.

/usr/bin/python3 models/train/tts/render_teacher.py --vachak build/apps/vachak --count 3000
/usr/bin/python3 models/train/tts/render_teacher.py --vachak build/apps/vachak --split valid --count 200

Output: ${VACHAK_CACHE:-~/.cache/vachak}/tts/teacher-<split>/NNNNNN.{wav,lab,txt}; .lab
lines are "start end phone" in seconds, our IPA phones and "pau". Needs
scripts/install-train-deps.sh (festival, festival-hi, festvox-hi-nsk).
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpora import SHARED, split_lines  # noqa: E402
from phones import PAUSE, festival_phones  # noqa: E402
from teacher_durations import PAUSE_END, PAUSE_PHRASE, PAUSE_START, phrase_durations  # noqa: E402

CACHE = Path(os.environ.get("VACHAK_CACHE", Path.home() / ".cache" / "vachak"))
HINDI_SOURCES = [
    "corpora/commonvoice-cc0/hi.sentence-collector.txt",
    "corpora/dakshina-hi/native_script_wikipedia/hi.wiki-filt.valid.text.shuf.txt",
    "corpora/ntrex128/newstest2019-ref.hin.txt",
    "corpora/flores200-dev/hin_Deva.dev",
]
SENTENCE_OK = re.compile(r"^[\u0900-\u097F0-9 ,.?!।:;'\"()%-]+$")


def sentences(split: str, count: int, seed: int) -> list[str]:
    pool = []
    for rel in HINDI_SOURCES:
        path = Path(SHARED) / rel
        if not path.exists():
            continue
        for line in split_lines(str(path), split):
            n = len(line.split())
            if 4 <= n <= 22 and SENTENCE_OK.match(line):
                pool.append(line)
    rng = random.Random(seed)
    rng.shuffle(pool)
    return pool[:count]


def front_end(vachak: str, texts: list[str]) -> list[list[list[list[str]]]]:
    """Per text: phrases, each a list of words, each a list of IPA phones."""
    res = subprocess.run([vachak, "g2p"], input="\n".join(texts) + "\n", capture_output=True,
                         text=True)
    blocks = res.stdout.split("\n\n")
    out = []
    for block in blocks[:len(texts)]:
        phrases, cur = [], []
        for line in block.splitlines():
            if line in ("|", "?"):  # a phrase break ("?": after a question)
                if cur:
                    phrases.append(cur)
                cur = []
            elif "\t" in line:
                phones = line.split("\t", 1)[1].split()
                if phones:
                    cur.append(phones)
        if cur:
            phrases.append(cur)
        out.append(phrases)
    return out


def plan(phrases, rng):
    """(our phone, duration, festival phones) for the whole sentence, pauses included."""
    items = [(PAUSE, PAUSE_START, [PAUSE])]
    for k, words in enumerate(phrases):
        flat = [p for w in words for p in w]
        for p, d in zip(flat, phrase_durations(words, rng)):
            items.append((p, d, festival_phones(p)))
        items.append((PAUSE, PAUSE_END if k == len(phrases) - 1 else PAUSE_PHRASE, [PAUSE]))
    return items


SCHEME_HEAD = """(voice_hindi_NSK_diphone)
(define (vachak_render phones durs f0start f0end out)
  (let ((utt (eval (list 'Utterance 'Phones phones))) (t 0.0))
    (Initialize utt)
    (mapcar (lambda (seg d) (set! t (+ t d)) (item.set_feat seg "end" t))
            (utt.relation.items utt 'Segment) durs)
    (set! duffint_params (list (list 'start f0start) (list 'end f0end)))
    (Int_Targets_Default utt)
    (Wave_Synth utt)
    (utt.save.wave utt out 'riff)))
"""


def festival_job(items, f0: float, wav: Path) -> str:
    """The Scheme call that renders one sentence's plan to `wav`."""
    fest, durs = [], []
    for _, d, fp in items:
        share = d / len(fp)  # a phone the teacher spells with two splits its time
        for q in fp:
            fest.append(q)
            durs.append(round(share, 5))
    return (f"(unwind-protect (vachak_render '({' '.join(fest)}) '({' '.join(map(str, durs))}) "
            f"{f0:.1f} {f0 * 0.72:.1f} \"{wav}\") nil)")


def lab_lines(items) -> list[str]:
    t, lab = 0.0, []
    for p, d, _ in items:
        lab.append(f"{t:.5f} {t + d:.5f} {p}")
        t += d
    return lab


def run_festival(jobs: list[str]) -> subprocess.CompletedProcess:
    with tempfile.NamedTemporaryFile("w", suffix=".scm", delete=False, encoding="utf-8") as f:
        f.write("\n".join([SCHEME_HEAD] + jobs) + "\n")
        script = f.name
    try:
        return subprocess.run(["festival", "-b", script], capture_output=True, text=True)
    finally:
        os.unlink(script)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vachak", required=True)
    ap.add_argument("--split", choices=["train", "valid"], default="train")
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--chunk", type=int, default=100)
    args = ap.parse_args()
    out_dir = CACHE / "tts" / f"teacher-{args.split}"
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = sentences(args.split, args.count, args.seed)
    rng = random.Random(args.seed)
    done = 0
    for start in range(0, len(texts), args.chunk):
        chunk = texts[start:start + args.chunk]
        todo = [(start + i, t) for i, t in enumerate(chunk) if not (out_dir / f"{start + i:06d}.lab").exists()]
        if not todo:
            continue
        analysed = front_end(args.vachak, [t for _, t in todo])
        jobs = []
        labs = {}
        for (idx, text), phrases in zip(todo, analysed):
            if not phrases:
                continue
            items = plan(phrases, rng)
            f0 = rng.uniform(120.0, 140.0)
            jobs.append(festival_job(items, f0, out_dir / f"{idx:06d}.wav"))
            labs[idx] = (text, lab_lines(items))
        res = run_festival(jobs)
        for idx, (text, lab) in labs.items():
            if (out_dir / f"{idx:06d}.wav").exists():
                (out_dir / f"{idx:06d}.txt").write_text(text + "\n", encoding="utf-8")
                (out_dir / f"{idx:06d}.lab").write_text("\n".join(lab) + "\n", encoding="utf-8")
                done += 1
        if res.returncode != 0:
            print(res.stderr[-2000:], file=sys.stderr)
        print(f"{start + len(chunk)}/{len(texts)} sentences, {done} rendered", flush=True)


if __name__ == "__main__":
    main()
