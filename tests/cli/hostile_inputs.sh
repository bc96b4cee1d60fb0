#!/usr/bin/env bash
# Hostile inputs through the CLI (issue #13): image bombs of every format, decoder-memory
# bombs (progressive JPEG, interlaced PNG), odd but valid variants, and huge or malformed
# text. Every one must end with exit 0 (read) or 1 (refused with a message) -- never a
# signal -- and never above 64 MB of peak RSS.  Usage: hostile_inputs.sh VACHAK
set -u
vachak=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
limit_kb=$((64 * 1024))
fail=0
/usr/bin/python3 - "$tmp" <<'PY' || exit 1
import io, struct, sys, zlib
from PIL import Image, ImageDraw
d = sys.argv[1]
def png_chunk(t, data):
    return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
def png_header(w, h, color=6, interlace=0):
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, color, 0, 0, interlace))
# declared sizes far past the pixel limit, no data
open(f"{d}/bomb-png.png", "wb").write(png_header(100000, 100000) + png_chunk(b"IEND", b""))
open(f"{d}/bomb-pnm.pgm", "wb").write(b"P5 60000 60000 255\n")
open(f"{d}/bomb-ppm.ppm", "wb").write(b"P6 30000 30000 65535\n" + b"\0" * 64)
# zlib bomb: a valid 12000x12000 gray PNG of zeros, a few hundred KB compressed
raw = zlib.compress(b"".join(b"\0" + b"\0" * 12000 for _ in range(12000)), 9)
open(f"{d}/zlib-bomb.png", "wb").write(png_header(12000, 12000, color=0) + png_chunk(b"IDAT", raw) + png_chunk(b"IEND", b""))
# large RGBA (read row by row; interlaced ones past the budget are refused: image_decode_test)
big = Image.new("RGBA", (5000, 4000), (255, 255, 255, 255))
ImageDraw.Draw(big).rectangle((100, 100, 4000, 200), fill=(0, 0, 0, 255))
big.save(f"{d}/rgba-20mpx.png")
# progressive JPEG: a real 12 Mpx photo-sized one, and a 14000x14000 header on small data
Image.new("RGB", (4000, 3000), (230, 230, 230)).save(f"{d}/progressive-12mpx.jpg", quality=80, progressive=True)
b = io.BytesIO(); Image.new("RGB", (64, 48), (200, 200, 200)).save(b, "JPEG", progressive=True)
j = bytearray(b.getvalue()); i = j.index(b"\xff\xc2")
j[i + 5:i + 9] = struct.pack(">HH", 14000, 14000)
open(f"{d}/progressive-bomb.jpg", "wb").write(j)
# 16-bit, palette, gray+alpha, CMYK JPEG, 1x1, 1xN, tall thin
Image.new("I;16", (300, 100), 40000).save(f"{d}/gray16.png")
Image.new("P", (300, 100), 3).save(f"{d}/palette.png")
Image.new("LA", (300, 100), (0, 0)).save(f"{d}/transparent.png")
Image.new("CMYK", (300, 100), (0, 0, 0, 0)).save(f"{d}/cmyk.jpg")
Image.new("L", (1, 1), 0).save(f"{d}/one.png")
Image.new("L", (20000, 1), 0).save(f"{d}/wide.png")
Image.new("L", (1, 20000), 0).save(f"{d}/tall.png")
# text: a long single line, one long token, invalid UTF-8, NULs
open(f"{d}/long-line.txt", "w").write(("भारत एक विशाल देश है, और हिंदी उसकी राजभाषा है " * 600) + "\n")
open(f"{d}/long-token.txt", "w").write("क" * 5000 + "\n")
open(f"{d}/bad-utf8.txt", "wb").write(b"\xe0\xa4\x95\xff\xfe text\n")
open(f"{d}/nuls.txt", "wb").write(b"\x00" * 1000 + "नमस्ते".encode() + b"\n")
PY
run() {  # name, command...
  local name=$1
  shift
  /usr/bin/time -f "%M" -o "$tmp/rss" "$@" >/dev/null 2>"$tmp/err"
  local rc=$?
  local kb
  kb=$(tail -n 1 "$tmp/rss")
  if ((rc > 1)) || [[ ! $kb =~ ^[0-9]+$ ]]; then
    echo "FAIL $name: exit $rc"; tail -n 3 "$tmp/err"; fail=1
  elif ((kb > limit_kb)); then
    echo "FAIL $name: peak RSS $kb KB above $limit_kb KB"; fail=1
  elif ((rc == 1)) && [[ ! -s "$tmp/err" ]]; then
    echo "FAIL $name: exit 1 without a message"; fail=1
  else
    echo "ok   $name: exit $rc, $kb KB"
  fi
}
for f in "$tmp"/*.png "$tmp"/*.jpg "$tmp"/*.pgm "$tmp"/*.ppm; do run "ocr $(basename "$f")" "$vachak" ocr "$f"; done
run "ocr --layout line wide" "$vachak" ocr --layout line "$tmp/wide.png"
for f in "$tmp"/*.txt; do run "tts -f $(basename "$f")" "$vachak" tts -f "$f" -o "$tmp/out.wav"; done
run "tts long argument" "$vachak" tts -o "$tmp/out.wav" "$(cut -d, -f1-200 "$tmp/long-line.txt")"
exit $fail
