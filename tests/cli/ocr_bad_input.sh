#!/usr/bin/env bash
# `vachak ocr` on bad input: a clear message on stderr, a non-zero exit, no crash, and in
# a batch the good images are still read; and its JSON output parses. Usage: ocr_bad_input.sh VACHAK REGRESSION_DIR
set -u
vachak=$1
good=$2/line0000.png
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # name, expected message fragment, command...
  local name=$1 want=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if ((rc == 0 || rc > 2)); then echo "FAIL $name: exit $rc (want 1 or 2)"; fail=1; return; fi
  if ! grep -q -- "$want" "$tmp/err"; then echo "FAIL $name: stderr lacks '$want':"; cat "$tmp/err"; fail=1; return; fi
  echo "ok   $name"
}
printf 'not an image at all\n' >"$tmp/text.png"
head -c 300 "$good" >"$tmp/truncated.png"
: >"$tmp/empty.png"
printf 'P5 70000 70000 255\n' >"$tmp/bomb.pgm"
printf '\xff\xd8\xff\xe0\x00\x10JFIF\x00' >"$tmp/cut.jpg"
check missing-file "no such file" "$vachak" ocr "$tmp/nope.png"
check not-an-image "not a PNG, JPEG or PNM" "$vachak" ocr "$tmp/text.png"
check truncated-png "corrupt PNG" "$vachak" ocr "$tmp/truncated.png"
check empty-file "empty file" "$vachak" ocr "$tmp/empty.png"
check bomb "decompression-bomb guard" "$vachak" ocr "$tmp/bomb.pgm"
check truncated-jpeg "JPEG" "$vachak" ocr "$tmp/cut.jpg"
check bad-layout "--layout sideways" "$vachak" ocr --layout sideways "$good"
check missing-model "no such file" "$vachak" ocr --model "$tmp/none.vmdl" "$good"
# A batch with one bad image: exit 1, but the good image's text is printed.
"$vachak" ocr "$good" "$tmp/text.png" "$good" >"$tmp/out" 2>"$tmp/err"
rc=$?
if ((rc != 1)) || [[ $(grep -c . "$tmp/out") -lt 2 ]]; then echo "FAIL batch: rc $rc, output:"; cat "$tmp/out"; fail=1; else echo "ok   batch"; fi
# A blank page is not an error: no text, exit 0.
printf 'P2 40 40 255\n' >"$tmp/blank.pgm"; for i in $(seq 1600); do printf '250 '; done >>"$tmp/blank.pgm"
"$vachak" ocr "$tmp/blank.pgm" >"$tmp/out" 2>"$tmp/err"
rc=$?
if ((rc != 0)) || [[ -s "$tmp/out" ]]; then echo "FAIL blank: rc $rc"; fail=1; else echo "ok   blank"; fi
# --format json is valid JSON with a box and words per line.
if "$vachak" ocr --format json "$good" | /usr/bin/python3 -c "import json, sys; d = json.load(sys.stdin); l = d['lines'][0]; assert len(l['box']) == 4 and l['words'] and l['text']" 2>"$tmp/err"; then
  echo "ok   json"
else
  echo "FAIL json:"; cat "$tmp/err"; fail=1
fi
# --overlay: an RGB PNG of the image as read, written whole or not at all.
check overlay-two-images "one IMAGE" "$vachak" ocr --overlay "$tmp/o.png" "$good" "$good"
check overlay-unwritable "cannot create" "$vachak" ocr --overlay "$tmp/no/such/dir/o.png" "$good"
if "$vachak" ocr --overlay "$tmp/o.png" "$good" >/dev/null 2>"$tmp/err" &&
   /usr/bin/python3 -c "from PIL import Image; im = Image.open('$tmp/o.png'); a = Image.open('$good'); assert im.mode == 'RGB' and im.size == a.size, (im.mode, im.size, a.size); assert len(set(im.getdata())) > 3" 2>>"$tmp/err" &&
   [[ -z $(ls "$tmp" | grep tmp-) ]]; then
  echo "ok   overlay"
else
  echo "FAIL overlay:"; cat "$tmp/err"; fail=1
fi
exit $fail
