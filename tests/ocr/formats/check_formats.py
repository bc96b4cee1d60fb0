#!/usr/bin/python3
"""ctest ocr_output_formats: the files `vachak ocr --format ... -o BASE` and `--out DIR` write.

  check_formats.py VACHAK SOURCE_DIR

- hOCR parses as XML (XHTML), and its page, line and word boxes, words and x_wconf are
  the JSON's;
- ALTO validates (xmllint) against tests/ocr/formats/alto-4-emitted-subset.xsd, and its
  TextLine/String geometry, CONTENT and WC are the JSON's;
- TSV has Tesseract's 12 columns, and its line and word rows are the JSON's;
- the PDF has one page per image at 300 dpi, a JPEG embedded as it is, and pdftotext
  gives back the words of the text output, page by page, each on its line; qpdf and
  poppler find no syntax error;
- stdout text equals BASE.txt; bad flags are refused with exit 2;
- a batch (--manifest, --out) killed with SIGKILL leaves only whole results and no
  temporary file, and a second run skips what is done, reads the rest and records the
  unreadable image in NAME.error.
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

from PIL import Image

VACHAK, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
XHTML = "{http://www.w3.org/1999/xhtml}"
ALTO = "{http://www.loc.gov/standards/alto/ns-v4#}"
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(*args, **kw):
    return subprocess.run([VACHAK, "ocr", *args], capture_output=True, text=True, **kw)


def clip(box, w, h):
    x0, y0, x1, y1 = box
    x0, x1 = min(max(x0, 0), w), min(max(x1, 0), w)
    y0, y1 = min(max(y0, 0), h), min(max(y1, 0), h)
    return [x0, y0, max(x0, x1), max(y0, y1)]


def bbox_of(title):
    for part in title.split(";"):
        part = part.strip()
        if part.startswith("bbox "):
            return [int(v) for v in part.split()[1:5]]
    return None


def prop(title, name):
    for part in title.split(";"):
        part = part.strip()
        if part.startswith(name + " "):
            return part[len(name) + 1:]
    return None


def check_hocr(path, pages):
    tree = ET.parse(path)  # raises on anything that is not well-formed XML
    body = tree.getroot().find(XHTML + "body")
    divs = [d for d in body.iter(XHTML + "div") if d.get("class") == "ocr_page"]
    check(len(divs) == len(pages), "hOCR: %d ocr_page for %d pages" % (len(divs), len(pages)))
    for div, page in zip(divs, pages):
        w, h = page["width"], page["height"]
        check(bbox_of(div.get("title")) == [0, 0, w, h], "hOCR: page bbox")
        lines = [s for s in div.iter(XHTML + "span") if s.get("class") == "ocr_line"]
        check(len(lines) == len(page["lines"]), "hOCR: %d lines, JSON %d" % (len(lines), len(page["lines"])))
        for span, line in zip(lines, page["lines"]):
            check(bbox_of(span.get("title")) == clip(line["box"], w, h), "hOCR: line box %s" % span.get("id"))
            words = [s for s in span if s.get("class") == "ocrx_word"]
            check(len(words) == len(line["words"]), "hOCR: words of %s" % span.get("id"))
            for ws, word in zip(words, line["words"]):
                check(bbox_of(ws.get("title")) == clip(word["box"], w, h), "hOCR: word box %s" % ws.get("id"))
                check((ws.text or "") == word["text"], "hOCR: word text %s" % ws.get("id"))
                # JSON rounds to 3 decimals: x_wconf within one point of it.
                check(abs(int(prop(ws.get("title"), "x_wconf")) - 100 * word["confidence"]) <= 1,
                      "hOCR: x_wconf %s" % ws.get("id"))
        carea = [d for d in div if d.get("class") == "ocr_carea"]
        check(all(p.get("class") == "ocr_par" for c in carea for p in c), "hOCR: ocr_carea holds ocr_par")


def geometry(e):
    x, y = int(e.get("HPOS")), int(e.get("VPOS"))
    return [x, y, x + int(e.get("WIDTH")), y + int(e.get("HEIGHT"))]


def check_alto(path, pages):
    schema = os.path.join(SRC, "tests/ocr/formats/alto-4-emitted-subset.xsd")
    r = subprocess.run(["xmllint", "--noout", "--schema", schema, path], capture_output=True, text=True)
    check(r.returncode == 0, "ALTO: xmllint --schema: " + r.stderr.strip()[-400:])
    root = ET.parse(path).getroot()
    alto_pages = list(root.iter(ALTO + "Page"))
    check(len(alto_pages) == len(pages), "ALTO: %d pages" % len(alto_pages))
    for ap, page in zip(alto_pages, pages):
        w, h = page["width"], page["height"]
        check((int(ap.get("WIDTH")), int(ap.get("HEIGHT"))) == (w, h), "ALTO: page size")
        lines = list(ap.iter(ALTO + "TextLine"))
        check(len(lines) == len(page["lines"]), "ALTO: %d lines, JSON %d" % (len(lines), len(page["lines"])))
        for tl, line in zip(lines, page["lines"]):
            check(geometry(tl) == clip(line["box"], w, h), "ALTO: line box %s" % tl.get("ID"))
            strings = list(tl.iter(ALTO + "String"))
            words = line["words"] or [{"box": line["box"], "text": line["text"], "confidence": line["confidence"]}]
            check(len(strings) == len(words), "ALTO: strings of %s" % tl.get("ID"))
            for s, word in zip(strings, words):
                check(geometry(s) == clip(word["box"], w, h), "ALTO: string box %s" % s.get("ID"))
                check(s.get("CONTENT") == word["text"], "ALTO: CONTENT %s" % s.get("ID"))
                check(abs(float(s.get("WC")) - min(max(word["confidence"], 0), 1)) < 1e-3, "ALTO: WC %s" % s.get("ID"))


TSV_HEADER = "level page_num block_num par_num line_num word_num left top width height conf text".split()


def check_tsv(path, pages):
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    check(rows[0] == TSV_HEADER, "TSV: header %s" % rows[0])
    check(all(len(r) == 12 for r in rows), "TSV: every row has 12 columns")
    for n, page in enumerate(pages, 1):
        w, h = page["width"], page["height"]
        mine = [r for r in rows[1:] if r[1] == str(n)]
        check(mine and mine[0][0] == "1" and mine[0][6:11] == ["0", "0", str(w), str(h), "-1"], "TSV: page row %d" % n)
        line_rows = [r for r in mine if r[0] == "4"]
        word_rows = [r for r in mine if r[0] == "5"]
        box = lambda r: [int(r[6]), int(r[7]), int(r[6]) + int(r[8]), int(r[7]) + int(r[9])]
        check([box(r) for r in line_rows] == [clip(l["box"], w, h) for l in page["lines"]], "TSV: line boxes")
        words = [wd for l in page["lines"] for wd in l["words"]]
        check([box(r) for r in word_rows] == [clip(wd["box"], w, h) for wd in words], "TSV: word boxes")
        check([r[11] for r in word_rows] == [wd["text"] for wd in words], "TSV: word texts")
        check(all(r[10] == "-1" for r in mine if r[0] != "5"), "TSV: conf -1 above words")
        check(all(0 <= float(r[10]) <= 100 for r in word_rows), "TSV: word conf 0..100")


def check_pdf(path, txt_pages, pages_json, jpeg_page):
    sizes = [(p["width"], p["height"]) for p in pages_json]
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True)
    check(info.returncode == 0, "PDF: pdfinfo: " + info.stderr.strip())
    pages = [l for l in info.stdout.splitlines() if l.startswith("Pages:")]
    check(pages and int(pages[0].split()[1]) == len(sizes), "PDF: page count " + str(pages))
    for n, (w, h) in enumerate(sizes, 1):
        r = subprocess.run(["pdfinfo", "-f", str(n), "-l", str(n), path], capture_output=True, text=True)
        size = [l for l in r.stdout.splitlines() if l.startswith("Page") and "size:" in l]
        want = "%g x %g" % (round(w * 72 / 300, 2), round(h * 72 / 300, 2))
        check(size and want.split()[0] in size[0] and want.split()[2] in size[0],
              "PDF: page %d size %s, want %s pts" % (n, size, want))
    # -raw: in the order the text was drawn, which is our reading order (without it,
    # pdftotext reorders columns by its own layout analysis).
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    got = text.split("\f")
    for n, want in enumerate(txt_pages):
        check(got[n].split() == want.split(), "PDF: pdftotext words of page %d differ from the text output:\n%s\n---\n%s"
              % (n + 1, got[n][:300], want[:300]))
    check(not subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stderr,
          "PDF: poppler reports no syntax errors")
    q = subprocess.run(["qpdf", "--check", path], capture_output=True, text=True)
    check(q.returncode == 0, "PDF: qpdf --check: " + (q.stdout + q.stderr)[-400:])
    # Each word of the text layer sits on its line: its centre inside the line's box
    # (JSON, pixels at 300 dpi) give or take a point.
    bbox = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True, text=True).stdout
    for n, page in enumerate(bbox.split("<page ")[1:]):
        boxes = [[v * 72 / 300 for v in l["box"]] for l in pages_json[n]["lines"]]
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', page):
            x, y = (float(m[1]) + float(m[3])) / 2, (float(m[2]) + float(m[4])) / 2
            check(any(b[0] - 1 <= x <= b[2] + 1 and b[1] - 1 <= y <= b[3] + 1 for b in boxes),
                  "PDF: page %d word at (%.1f, %.1f) pt lies on no line" % (n + 1, x, y))
    images = subprocess.run(["pdfimages", "-list", path], capture_output=True, text=True).stdout.splitlines()[2:]
    check(len(images) == len(sizes), "PDF: one image per page")
    check(images[jpeg_page].split()[8] == "jpeg", "PDF: the JPEG page embeds the JPEG as it is: " + images[jpeg_page])


def main():
    tmp = tempfile.mkdtemp(prefix="vachak-formats-")
    try:
        page = os.path.join(SRC, "tests/ocr/regression/page00.png")
        layout = os.path.join(SRC, "tests/ocr/layout_stress/layout00.png")
        jpeg = os.path.join(tmp, "photo.jpg")
        Image.open(page).convert("RGB").save(jpeg, quality=90)
        images = [page, layout, jpeg]
        base = os.path.join(tmp, "doc")
        r = run("--format", "txt,json,hocr,alto,tsv,pdf", "-o", base, *images)
        check(r.returncode == 0, "ocr -o: exit %d: %s" % (r.returncode, r.stderr[-400:]))
        with open(base + ".json", encoding="utf-8") as f:
            pages = [json.loads(l) for l in f]
        check(len(pages) == 3, "JSON: 3 pages")
        check(sum(len(p["lines"]) for p in pages) > 20, "JSON: lines were found")
        check_hocr(base + ".hocr", pages)
        check_alto(base + ".xml", pages)
        check_tsv(base + ".tsv", pages)
        with open(base + ".txt", encoding="utf-8") as f:
            txt_pages = f.read().split("\f")
        check(len(txt_pages) == 3, "TXT: pages parted by form feeds")
        check(txt_pages[0] == run(page).stdout, "TXT: BASE.txt page 1 is what stdout gets")
        check_pdf(base + ".pdf", txt_pages, pages, 2)
        for fmt in ["hocr", "alto", "tsv", "json"]:
            out = run("--format", fmt, page)
            with open(base + "." + {"alto": "xml"}.get(fmt, fmt), encoding="utf-8") as f:
                whole = f.read()
            check(out.returncode == 0 and len(out.stdout) > 100, "stdout --format " + fmt)
        check(run("--format", "pdf", page).returncode == 2, "pdf without -o refused")
        check(run("--format", "txt,hocr", page).returncode == 2, "two formats without -o refused")
        check(run("--format", "xml", page).returncode == 2, "unknown format refused")
        check(run("--format", "txt,txt", "-o", base + "2", page).returncode == 2, "a format twice refused")
        # Nothing readable: no document at all.
        bad = os.path.join(tmp, "bad.png")
        with open(bad, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\nnot a png")
        r = run("--format", "hocr,pdf", "-o", os.path.join(tmp, "none"), bad)
        check(r.returncode == 1 and not [n for n in os.listdir(tmp) if "none" in n], "an unreadable image writes nothing")
        check_batch(tmp, images, bad, pages[0])
    finally:
        shutil.rmtree(tmp)
    print("%d passed, %d failed" % (1 if not failures else 0, 1 if failures else 0))
    return 1 if failures else 0


def check_batch(tmp, images, bad, page0_json):
    src = os.path.join(tmp, "in")
    names = []
    for k in range(8):
        rel = "%s/p%d%s" % ("ab"[k % 2], k // 2, os.path.splitext(images[k % 3])[1])
        os.makedirs(os.path.join(src, os.path.dirname(rel)), exist_ok=True)
        shutil.copy(images[k % 3], os.path.join(src, rel))
        names.append(rel)
    shutil.copy(bad, os.path.join(src, "bad.png"))
    names.append("bad.png")
    manifest = os.path.join(tmp, "list.txt")
    with open(manifest, "w") as f:
        f.write("# pages\n" + "\n".join(names) + "\n")
    out = os.path.join(tmp, "out")
    args = ["--manifest", manifest, "--out", out, "--format", "txt,json"]
    p = subprocess.Popen([VACHAK, "ocr", *args], cwd=src, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and not os.path.exists(os.path.join(out, "a/p0.json")):
        time.sleep(0.02)
    p.send_signal(signal.SIGKILL)
    p.wait()
    results = [os.path.join(d, n) for d, _, ns in os.walk(out) for n in ns]
    check(not [r for r in results if ".vachak-" in r], "batch: SIGKILL left a temporary file: %s" % results)
    for r in results:
        if r.endswith(".json"):
            with open(r, encoding="utf-8") as f:
                json.loads(f.read())  # whole, or this raises
    done = len([r for r in results if r.endswith(".json")])
    print("batch: killed with %d of 8 pages done" % done)
    second = subprocess.run([VACHAK, "ocr", *args], cwd=src, capture_output=True, text=True)
    check(second.returncode == 1, "batch: exit 1 when an image failed")
    want = "9 images: %d read, %d already done, 1 failed" % (8 - done, done)
    check(want in second.stdout, "batch: summary %r, want %r" % (second.stdout.strip(), want))
    for rel in names[:-1]:
        stem = os.path.join(out, os.path.splitext(rel)[0])
        check(os.path.exists(stem + ".txt") and os.path.exists(stem + ".json"), "batch: results of " + rel)
    check(os.path.exists(os.path.join(out, "bad.error")), "batch: bad.error records the failure")
    with open(os.path.join(out, "a/p0.json"), encoding="utf-8") as f:
        mine = json.loads(f.read())
    check(mine["lines"] == page0_json["lines"], "batch: a page's JSON is what -o wrote for it")
    third = subprocess.run([VACHAK, "ocr", *args], cwd=src, capture_output=True, text=True)
    check("9 images: 0 read, 8 already done, 1 failed" in third.stdout, "batch: a third run only retries the failure")
    r = subprocess.run([VACHAK, "ocr", "--out", out, "../x.png"], cwd=src, capture_output=True, text=True)
    check(r.returncode == 1 and "outside" in r.stderr, "batch: a path with .. is refused")


if __name__ == "__main__":
    sys.exit(main())
