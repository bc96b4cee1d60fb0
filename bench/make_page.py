#!/usr/bin/python3
"""The benchmark page: a 300-dpi A4 page of 40 Devanagari lines in a Debian font.
  bench/make_page.py OUT.png   (bench/run.sh and bench/cross.sh)"""
import sys

from PIL import Image, ImageDraw, ImageFont

img = Image.new("L", (2480, 3508), 235)
d = ImageDraw.Draw(img)
FONT = "/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf"  # fonts-lohit-deva
try:
    f = ImageFont.truetype(FONT, 48)
except OSError:
    sys.exit("make_page.py: %s is missing (apt-get install fonts-lohit-deva; scripts/install-train-deps.sh)" % FONT)
for i in range(40):
    d.text((150, 150 + i * 80), "भारत एक विशाल देश है और हिंदी उसकी राजभाषा है। पंक्ति %d" % i, font=f, fill=20)
img.save(sys.argv[1])
