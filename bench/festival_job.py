"""Writes the Festival script bench/run.sh times: the 200-word text, one sentence per
line, through Vachak's front end (`vachak g2p`) and our teacher durations, spoken by
Festival's hindi_NSK diphone voice exactly as models/train/tts/render_teacher.py renders
the teacher. Festival's own Hindi front end cannot read this text (its voice stops with
"Feature Int_Method not defined"), so the row measures Festival as a synthesizer given
the phones: no text analysis is timed for it.

/usr/bin/python3 bench/festival_job.py TEXT VACHAK OUT_DIR   (writes OUT_DIR/job.scm)
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models" / "train" / "tts"))
from render_teacher import SCHEME_HEAD, festival_job, front_end, plan  # noqa: E402


def main():
    text, vachak, out_dir = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    lines = [l.strip() for l in open(text, encoding="utf-8") if l.strip()]
    rng = random.Random(1)
    jobs = [festival_job(plan(phrases, rng), 130.0, out_dir / f"{i:04d}.wav")
            for i, phrases in enumerate(front_end(vachak, lines)) if phrases]
    (out_dir / "job.scm").write_text("\n".join([SCHEME_HEAD] + jobs) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
