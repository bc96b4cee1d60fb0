#!/usr/bin/python3
"""Builds models/tts/hin-english.vlex: English words as a Hindi speaker says them, in the
voice's phones, for Latin-script words inside Hindi text ("मैंने Google पर search किया").

Source: the CMU Pronouncing Dictionary 0.4 as Debian's festlex-cmu ships it
(/usr/share/festival/dicts/cmu/cmudict-0.4.out; CMU / University of Edinburgh licence:
free use and redistribution, modifications marked -- this file is such a modification:
phones mapped, stress and syllables dropped), restricted to the words likely in Hindi
text: those of SCOWL's small American and British word lists (Debian's wamerican-small,
wbritish-small; used only to choose words) and of the English side of ../shared's NTREX
and FLORES dev corpora; the first pronunciation of a homograph. SUPPLEMENT adds words newer
than CMUdict 0.4 (google, whatsapp, selfie...), in CMU phones, our own.

The mapping (CMU_TO_HINDI below) is the Indian-English pronunciation Hindi speakers use
for loanwords, as Hindi spells them: alveolar t/d become retroflex ʈ/ɖ (टेबल), th and dh
dental t̪ʰ/d̪ (थिंक, दिस), v and w one ʋ (वेरी), short e the long eː (बेड), æ ɛː (बैट),
the "o" vowel of hot/doctor (CMU aa spelled with o) ɔ (हॉट), ng + ɡ (मॉर्निंग), er and
axr ə r (वॉटर).

File layout (little-endian; read by lang/hin/english_lexicon.cc):
    0  "VLEX"   4  u32 version (1)   8  u32 entries   12 u32 blocks   16 u32 entries per block
    20 u32 phones   24 u32 phone-table offset   28 u32 block-index offset
    32 u32 blocks offset   36 u32 file size
  phone table: per phone, u8 length + UTF-8 IPA
  block index: per block, u32 offset of its first entry
  entries, sorted by word, in blocks: u8 bytes shared with the previous word (0 at a
  block's start), u8 suffix length, suffix, u8 phone count, phone ids

    /usr/bin/python3 models/train/tts/build_english_lexicon.py --out models/tts/hin-english.vlex
"""
import argparse
import glob
import os
import re
import struct
import sys

from phones import INVENTORY

CMUDICT = "/usr/share/festival/dicts/cmu/cmudict-0.4.out"
WORD_LISTS = ["/usr/share/dict/american-english-small", "/usr/share/dict/british-english-small"]
SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared/corpora")
CORPORA = [SHARED + "/flores200-dev/eng_Latn.dev"] + glob.glob(SHARED + "/ntrex128/*eng*")

# Words CMUdict 0.4 (1990s) lacks that Hindi text is full of, in CMU phones.
SUPPLEMENT = {
    "google": "g uw g ax l", "facebook": "f ey s b uh k", "whatsapp": "w aa t s ae p", "youtube": "y uw t uw b",
    "online": "aa n l ay n", "offline": "aa f l ay n", "smartphone": "s m aa r t f ow n", "app": "ae p",
    "apps": "ae p s", "selfie": "s eh l f iy", "email": "iy m ey l", "website": "w eh b s ay t",
    "download": "d aw n l ow d", "upload": "ah p l ow d", "laptop": "l ae p t aa p", "wifi": "w ay f ay",
    "bluetooth": "b l uw t uw th", "instagram": "ih n s t ax g r ae m", "twitter": "t w ih t er",
    "covid": "k ow v ih d", "emoji": "ih m ow jh iy", "blog": "b l aa g", "startup": "s t aa r t ah p",
    "okay": "ow k ey", "ok": "ow k ey", "hello": "hh eh l ow", "internet": "ih n t er n eh t",
    "mobile": "m ow b ay l", "login": "l aa g ih n", "logout": "l aa g aw t", "password": "p ae s w er d",
    "username": "y uw z er n ey m", "update": "ah p d ey t", "chat": "ch ae t", "video": "v ih d iy ow",
    "ebook": "iy b uh k", "podcast": "p aa d k ae s t", "hashtag": "hh ae sh t ae g",
    "paytm": "p ey t iy eh m", "flipkart": "f l ih p k aa r t", "amazon": "ae m ax z aa n",
    "netflix": "n eh t f l ih k s", "android": "ae n d r oy d", "iphone": "ay f ow n", "gmail": "jh iy m ey l",
    "cricket": "k r ih k ih t", "ipl": "ay p iy eh l", "wicket": "w ih k ih t", "smart": "s m aa r t",
    "digital": "d ih jh ih t ax l", "aadhaar": "aa d hh aa r"
}
PER_BLOCK = 32

CMU_TO_HINDI = {
    "aa": ["aː"], "ae": ["ɛː"], "ah": ["ə"], "ao": ["ɔː"], "aw": ["aʊ"], "ax": ["ə"], "axr": ["ə", "r"],
    "ay": ["aː", "ɪ"], "eh": ["eː"], "er": ["ə", "r"], "ey": ["eː"], "ih": ["ɪ"], "iy": ["iː"],
    "ow": ["oː"], "oy": ["ɔː", "ɪ"], "uh": ["ʊ"], "uw": ["uː"],
    "b": ["b"], "ch": ["tʃ"], "d": ["ɖ"], "dh": ["d̪"], "f": ["f"], "g": ["ɡ"], "hh": ["ɦ"], "jh": ["dʒ"],
    "k": ["k"], "l": ["l"], "m": ["m"], "n": ["n"], "ng": ["ŋ"], "p": ["p"], "r": ["r"], "s": ["s"],
    "sh": ["ʃ"], "t": ["ʈ"], "th": ["t̪ʰ"], "v": ["ʋ"], "w": ["ʋ"], "y": ["j"], "z": ["z"], "zh": ["z"],
}

ENTRY = re.compile(r'^\("([^"]+)" (\S+) \((.*)\)\)$')


def cmu_phones(syllables):
    """'((k aa) 1) ((l ih jh) 0)' -> ['k', 'aa', 'l', 'ih', 'jh']."""
    return re.findall(r"[a-z]+", re.sub(r"\)\s*[012]\)", ")", syllables))


def to_hindi(word, phones):
    out = []
    o_vowel = "o" in word and "a" not in word  # hot, doctor, college: ɔ, not aː
    for i, p in enumerate(phones):
        nxt = phones[i + 1] if i + 1 < len(phones) else None
        if p == "aa" and o_vowel:
            out.append("ɔ")
        elif p == "ng":
            out.append("ŋ")
            if nxt not in ("k", "g"):  # morning: मॉर्निंग, the g said
                out.append("ɡ")
        else:
            out.extend(CMU_TO_HINDI[p])
    return out


def read_cmudict(path):
    words = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            m = ENTRY.match(line.strip())
            if not m or not re.fullmatch(r"[a-z]{2,32}", m[1]) or m[1] in words:
                continue
            words[m[1]] = cmu_phones(m[3])
    return words


def wanted_words():
    keep = set()
    for path in WORD_LISTS + CORPORA:
        with open(path, encoding="utf-8", errors="replace") as f:
            keep.update(w.lower() for w in re.findall(r"[A-Za-z]{2,}", f.read()))
    return keep


def build(words):
    table = sorted({p for ph in words.values() for p in ph}, key=INVENTORY.index)
    ids = {p: i for i, p in enumerate(table)}
    phone_bytes = b"".join(struct.pack("<B", len(p.encode())) + p.encode() for p in table)
    blocks, offsets = [], []
    items = sorted(words.items())
    body = bytearray()
    for b in range(0, len(items), PER_BLOCK):
        offsets.append(len(body))
        prev = b""
        for word, ph in items[b:b + PER_BLOCK]:
            wb = word.encode()
            shared = 0
            while shared < min(len(prev), len(wb), 255) and prev[shared] == wb[shared]:
                shared += 1
            suffix = wb[shared:]
            body += struct.pack("<BB", shared, len(suffix)) + suffix + struct.pack("<B", len(ph))
            body += bytes(ids[p] for p in ph)
            prev = wb
    header_size = 40
    phone_off = header_size
    index_off = phone_off + len(phone_bytes)
    index_off += (-index_off) % 4
    blocks_off = index_off + 4 * len(offsets)
    total = blocks_off + len(body)
    out = bytearray(b"VLEX")
    out += struct.pack("<9I", 1, len(items), len(offsets), PER_BLOCK, len(table), phone_off, index_off, blocks_off, total)
    out += phone_bytes
    out += b"\0" * (index_off - len(out))
    out += b"".join(struct.pack("<I", blocks_off + o) for o in offsets)
    out += body
    assert len(out) == total
    return bytes(out)


def corpus_latin_words():
    """Latin-script words (not all capitals) in ../shared's Hindi text, which chose nothing."""
    import collections
    counts = collections.Counter()
    for path in glob.glob(SHARED + "/dakshina-hi/native_script_wikipedia/*") + glob.glob(SHARED + "/commonvoice-cc0/hi.*"):
        with open(path, encoding="utf-8", errors="replace") as f:
            counts.update(w for w in re.findall(r"[A-Za-z]{2,}", f.read()) if not w.isupper())
    return counts


def coverage(words, full, vachak=None):
    counts = corpus_latin_words()
    total = sum(counts.values())
    for name, listed in [("this lexicon", words), ("all of CMUdict 0.4", full)]:
        types = sum(1 for w in counts if w.lower() in listed)
        tokens = sum(n for w, n in counts.items() if w.lower() in listed)
        print(f"{name}: {types} of {len(counts)} distinct words, {tokens} of {total} occurrences")
    if vachak:  # what the C++ G2P does with each: lexicon, compound of lexicon words, letter rules
        import subprocess
        out = subprocess.run([vachak, "g2p", "--english"], input="\n".join(counts) + "\n",
                             capture_output=True, text=True, check=True).stdout
        by = {}
        for row in out.splitlines():
            word, source = row.split("\t")[:2]
            by.setdefault(source, [0, 0])
            by[source][0] += 1
            by[source][1] += counts[word]
        print("vachak g2p: " + ", ".join(f"{k} {v[0]} words / {v[1]} occurrences" for k, v in sorted(by.items())))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmudict", default=CMUDICT)
    ap.add_argument("--out", required=True)
    ap.add_argument("--dump", help="also write WORD<TAB>phones lines here, every word (for review)")
    ap.add_argument("--coverage", action="store_true", help="print coverage of the Latin words in Hindi text")
    ap.add_argument("--vachak", help="with --coverage: also count what `vachak g2p --english` does with them")
    ap.add_argument("--golden", help="also write WORD<TAB>phones for every 200th word and the supplement "
                                     "(tests/lang/english_lexicon_golden.tsv)")
    a = ap.parse_args()
    keep = wanted_words()
    cmu = read_cmudict(a.cmudict)
    raw = {w: ph for w, ph in cmu.items() if w in keep}
    for w, ph in SUPPLEMENT.items():
        if re.fullmatch(r"[a-z]{2,32}", w):
            raw[w] = ph.split()
    words = {w: to_hindi(w, ph) for w, ph in raw.items()}
    for w, ph in words.items():
        bad = [p for p in ph if p not in INVENTORY]
        if bad or not ph or len(ph) > 255:
            sys.exit(f"{w}: phones {ph} outside the voice's inventory")
    data = build(words)
    with open(a.out, "wb") as f:
        f.write(data)
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as f:
            for w in sorted(words):
                f.write(w + "\t" + " ".join(words[w]) + "\n")
    if a.golden:
        sample = sorted(set(sorted(words)[::200]) | set(SUPPLEMENT))
        with open(a.golden, "w", encoding="utf-8") as f:
            for w in sample:
                f.write(w + "\t" + " ".join(words[w]) + "\n")
    print(f"{a.out}: {len(words)} words, {len(data)} bytes")
    if a.coverage:
        coverage(set(words), set(cmu), a.vachak)


if __name__ == "__main__":
    main()
