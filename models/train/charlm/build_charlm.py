#!/usr/bin/python3
"""Builds the character n-gram language model the OCR beam search uses (.vclm).

The model counts n-grams of Unicode code points (NFC) over ../shared corpora, for
orders 1..N, keeps those seen at least --min-count times, and stores each under the
32-bit FNV-1a hash of its code points with a saturating 16-bit count. The C++
reader (lang/ngram/char_ngram.cc) scores with stupid backoff:
    S(c | ctx) = log(count(ctx + c) / count(ctx))        if count(ctx + c) > 0
               = log(0.4) + S(c | ctx[1:])               otherwise
    S(c | "")  = log((count(c) + 1) / (total + V))
A sentence starts with U+0002 (STX) as its context, so line-initial letters are scored.

File layout (little-endian):
    magic b"VCHKCLM2", u32 order, u32 entries, u64 total unigrams, u32 vocabulary size,
    u32 bucket bits B (4..20); then 2^B + 1 u32 bucket starts (record indices; the last
    is `entries`); then `entries` records of (u16 fingerprint, u16 count).
An n-gram's bucket is the top B bits of its hash, its fingerprint the low 16 bits;
within a bucket records are sorted by fingerprint, and n-grams that share bucket and
fingerprint are one record (counts added). B is chosen for about 32 records a bucket, so
a lookup reads the bucket start and one short run of records: two pages, where a binary
search over 6-byte records touched a dozen (the whole file ends up resident), and 4 bytes
a record instead of 6.

Held out: the last 3% of lines of every source file (models/train/corpora.py), the same
slice the OCR recipe keeps for validation text, are never counted.

    /usr/bin/python3 models/train/charlm/build_charlm.py --out models/ocr/deva.vclm
    /usr/bin/python3 models/train/charlm/build_charlm.py --lang mar --out models/ocr/mar.vclm
    /usr/bin/python3 models/train/charlm/build_charlm.py --script beng --order 4 --min-count 2 --out models/ocr/beng.vclm
"""
import argparse
import collections
import os
import struct
import sys
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpora import SCRIPT_LANGUAGES, SHARED, script_source_paths, source_paths, split_lines  # noqa: E402

START = "\u0002"
MAGIC = b"VCHKCLM2"
RECORDS_PER_BUCKET = 32


def fnv1a32(codepoints):
    h = 0x811C9DC5
    for cp in codepoints:
        for shift in (0, 8, 16):  # three bytes per code point cover all of Unicode
            h ^= (cp >> shift) & 0xFF
            h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def training_lines(shared, files=None, lang=None, lang_weight=1, script=None):
    """Whole files when given (tests), else the training slice of every corpus; with lang,
    that language's corpora count lang_weight times (0: only they count); with script (not
    Devanagari), its languages' corpora (corpora.SCRIPT_LANGUAGES)."""
    own = set(source_paths(shared, lang)) if lang else set()
    paths = files or (script_source_paths(script, shared) if script else
                      sorted(own) if lang and lang_weight == 0 else source_paths(shared))
    for path in paths:
        lines = split_lines(path, "train") if not files else [l.strip() for l in open(path, encoding="utf-8") if l.strip()]
        repeat = lang_weight if (path in own and lang_weight > 0) else 1
        for line in lines:
            for _ in range(repeat):
                yield unicodedata.normalize("NFC", line)


def count_sequences(sequences, order, min_count):
    """Counts the n-grams (orders 1..order) of code-point sequences that each start with a
    context-only marker (START), keeping those seen min_count times; returns the hashed
    table, the number of code points counted and the vocabulary size (markers that start a
    sequence are context, not counted)."""
    counts = collections.Counter()
    total = 0
    vocab = set()
    for cps in sequences:
        vocab.update(cps[1:])
        total += len(cps) - 1
        for i in range(len(cps)):
            for n in range(1, order + 1):
                if i + n > len(cps):
                    break
                counts[tuple(cps[i:i + n])] += 1
    table = {}
    for gram, c in counts.items():
        if c < min_count and len(gram) > 1:
            continue
        h = fnv1a32(gram)
        table[h] = min(65535, table.get(h, 0) + c)
    return table, total, len(vocab)


def build(shared, order, min_count, files=None, lang=None, lang_weight=0, script=None):
    lines = training_lines(shared, files, lang, lang_weight, script)
    return count_sequences(([ord(START)] + [ord(c) for c in line] for line in lines), order, min_count)


def bucket_bits(entries):
    bits = 4
    while bits < 20 and (entries >> bits) > RECORDS_PER_BUCKET:
        bits += 1
    return bits


def pack(table):
    """(bucket bits, {(bucket, fingerprint): count}) of a {hash: count} table, as written."""
    bits = bucket_bits(len(table))
    packed = {}
    for h, c in table.items():
        key = (h >> (32 - bits), h & 0xFFFF)
        packed[key] = min(65535, packed.get(key, 0) + c)
    return bits, packed


def packed_count(bits, packed, h):
    return packed.get((h >> (32 - bits), h & 0xFFFF), 0)


def write(path, order, table, total, vocab):
    bits, packed = pack(table)
    keys = sorted(packed)
    starts = [0] * ((1 << bits) + 1)
    for bucket, _ in keys:
        starts[bucket + 1] += 1
    for i in range(1, len(starts)):
        starts[i] += starts[i - 1]
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<IIQII", order, len(keys), total, vocab, bits))
        f.write(struct.pack(f"<{len(starts)}I", *starts))
        for key in keys:
            f.write(struct.pack("<HH", key[1], packed[key]))
    os.replace(tmp, path)


def read(path):
    """(order, total, vocab, bucket bits, packed table) of a .vclm."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != MAGIC:
        raise ValueError(f"{path}: not a {MAGIC.decode()} character model")
    order, entries, total, vocab, bits = struct.unpack("<IIQII", data[8:32])
    starts = struct.unpack_from(f"<{(1 << bits) + 1}I", data, 32)
    base = 32 + 4 * len(starts)
    packed = {}
    for bucket in range(1 << bits):
        for i in range(starts[bucket], starts[bucket + 1]):
            fp, c = struct.unpack_from("<HH", data, base + 4 * i)
            packed[(bucket, fp)] = c
    return order, total, vocab, bits, packed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=SHARED)
    ap.add_argument("--order", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--text", nargs="*", help="count these files whole instead of the corpora (tests)")
    ap.add_argument("--lang", choices=["hin", "mar", "nep", "san"], help="favour one language's corpora")
    ap.add_argument("--lang-weight", type=int, default=0,
                    help="with --lang: its corpora count this many times beside all others (0: only they count)")
    ap.add_argument("--script", choices=sorted(SCRIPT_LANGUAGES), help="another script's languages' corpora instead")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    table, total, vocab = build(a.shared, a.order, a.min_count, a.text, a.lang, a.lang_weight, a.script)
    write(a.out, a.order, table, total, vocab)
    print(f"{a.out}: order {a.order}, {len(table)} n-grams, {total} characters counted, "
          f"{os.path.getsize(a.out)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
