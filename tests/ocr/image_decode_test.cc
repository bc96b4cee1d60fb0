// Decoding: every PNG colour type and depth, JPEG with DCT downscaling, PNM, and the
// refusals (truncation, garbage, empty, decompression bombs). Test images are encoded
// here with libpng/libjpeg from a known pattern, then decoded by our code.
#include <gtest/gtest.h>
#include <jpeglib.h>
#include <png.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "pipelines/ocr/image/decode.h"
#include "runtime/core/crc32.h"

namespace vachak::ocr {
namespace {

// A pattern with dark text-like bars on white: the expected gray at (x, y).
uint8_t pattern(int x, int y) { return ((x / 3 + y / 5) % 4 == 0) ? 20 : 235; }

void append(png_structp png, png_bytep data, png_size_t len) {
  auto* out = static_cast<std::vector<uint8_t>*>(png_get_io_ptr(png));
  out->insert(out->end(), data, data + len);
}
void no_flush(png_structp) {}

// Encodes the pattern as a PNG of the given colour type and bit depth.
std::vector<uint8_t> encode_png(int w, int h, int color_type, int bit_depth, bool interlace = false) {
  std::vector<uint8_t> out;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(png);
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return {};
  }
  png_set_write_fn(png, &out, append, no_flush);
  png_set_IHDR(png, info, w, h, bit_depth, color_type, interlace ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  if (color_type == PNG_COLOR_TYPE_PALETTE) {
    png_color palette[2] = {{20, 20, 20}, {235, 235, 235}};
    png_set_PLTE(png, info, palette, 2);
  }
  png_write_info(png, info);
  if (bit_depth < 8) png_set_packing(png);
  if (bit_depth == 16) png_set_swap(png);  // we fill little-endian samples below
  const int channels = color_type == PNG_COLOR_TYPE_RGB ? 3 : color_type == PNG_COLOR_TYPE_RGBA ? 4
                       : color_type == PNG_COLOR_TYPE_GRAY_ALPHA ? 2 : 1;
  const int bytes = bit_depth == 16 ? 2 : 1;
  std::vector<uint8_t> row(static_cast<size_t>(w * channels * bytes));
  const int passes = png_set_interlace_handling(png);
  for (int p = 0; p < passes; ++p)
    for (int y = 0; y < h; ++y) {
      for (int x = 0; x < w; ++x) {
        const uint8_t g = pattern(x, y);
        for (int c = 0; c < channels; ++c) {
          int v = g;
          if (color_type == PNG_COLOR_TYPE_PALETTE) v = g < 128 ? 0 : 1;
          else if (bit_depth == 1) v = g < 128 ? 0 : 1;
          if ((color_type == PNG_COLOR_TYPE_RGBA && c == 3) || (color_type == PNG_COLOR_TYPE_GRAY_ALPHA && c == 1)) v = 255;
          uint8_t* dst = &row[static_cast<size_t>((x * channels + c) * bytes)];
          if (bytes == 2) {
            const int v16 = v * 257;
            dst[0] = static_cast<uint8_t>(v16 & 255);
            dst[1] = static_cast<uint8_t>(v16 >> 8);
          } else {
            dst[0] = static_cast<uint8_t>(v);
          }
        }
      }
      png_write_row(png, row.data());
    }
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return out;
}

std::vector<uint8_t> encode_jpeg(int w, int h, int quality = 95, bool progressive = false) {
  jpeg_compress_struct c{};
  jpeg_error_mgr err{};
  c.err = jpeg_std_error(&err);
  jpeg_create_compress(&c);
  unsigned char* mem = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&c, &mem, &size);
  c.image_width = static_cast<JDIMENSION>(w);
  c.image_height = static_cast<JDIMENSION>(h);
  c.input_components = 3;
  c.in_color_space = JCS_RGB;
  jpeg_set_defaults(&c);
  jpeg_set_quality(&c, quality, TRUE);
  if (progressive) jpeg_simple_progression(&c);
  jpeg_start_compress(&c, TRUE);
  std::vector<uint8_t> row(static_cast<size_t>(w) * 3);
  while (c.next_scanline < c.image_height) {
    for (int x = 0; x < w; ++x) row[x * 3] = row[x * 3 + 1] = row[x * 3 + 2] = pattern(x, static_cast<int>(c.next_scanline));
    JSAMPROW r[1] = {row.data()};
    jpeg_write_scanlines(&c, r, 1);
  }
  jpeg_finish_compress(&c);
  std::vector<uint8_t> out(mem, mem + size);
  jpeg_destroy_compress(&c);
  free(mem);
  return out;
}

Result<DecodedImage> decode(const std::vector<uint8_t>& bytes, DecodeOptions o = {}) {
  return decode_image("test.img", bytes.data(), bytes.size(), o);
}

void expect_pattern(const GrayImage& img, int w, int h, int tolerance) {
  ASSERT_EQ(img.width, w);
  ASSERT_EQ(img.height, h);
  int worst = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) worst = std::max(worst, std::abs(img.row(y)[x] - pattern(x, y)));
  EXPECT_LE(worst, tolerance);
}

struct PngCase {
  const char* name;
  int color_type;
  int bit_depth;
  bool interlace;
  int tolerance;  // 1-bit and palette images hold only 0/255 or the palette
};

class PngDecode : public ::testing::TestWithParam<PngCase> {};

TEST_P(PngDecode, DecodesToExpectedGray) {
  const PngCase c = GetParam();
  const auto bytes = encode_png(37, 23, c.color_type, c.bit_depth, c.interlace);
  ASSERT_FALSE(bytes.empty());
  auto d = decode(bytes);
  ASSERT_TRUE(d.is_ok()) << d.status().message();
  expect_pattern(d->image, 37, 23, c.tolerance);
}

INSTANTIATE_TEST_SUITE_P(
    AllTypes, PngDecode,
    ::testing::Values(PngCase{"gray8", PNG_COLOR_TYPE_GRAY, 8, false, 0}, PngCase{"gray16", PNG_COLOR_TYPE_GRAY, 16, false, 1},
                      PngCase{"bitmap", PNG_COLOR_TYPE_GRAY, 1, false, 20},
                      PngCase{"palette", PNG_COLOR_TYPE_PALETTE, 8, false, 0},
                      PngCase{"palette1", PNG_COLOR_TYPE_PALETTE, 1, false, 0},
                      PngCase{"rgb", PNG_COLOR_TYPE_RGB, 8, false, 1}, PngCase{"rgba", PNG_COLOR_TYPE_RGBA, 8, false, 1},
                      PngCase{"rgb16", PNG_COLOR_TYPE_RGB, 16, false, 1},
                      PngCase{"gray_alpha", PNG_COLOR_TYPE_GRAY_ALPHA, 8, false, 0},
                      PngCase{"interlaced", PNG_COLOR_TYPE_RGB, 8, true, 1}),
    [](const ::testing::TestParamInfo<PngCase>& i) { return std::string(i.param.name); });

TEST(ImageDecode, TransparentPixelsArePaper) {
  std::vector<uint8_t> out;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(png);
  png_set_write_fn(png, &out, append, no_flush);
  png_set_IHDR(png, info, 2, 1, 8, PNG_COLOR_TYPE_GRAY_ALPHA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  uint8_t row[4] = {0, 255, 0, 0};  // opaque black, fully transparent black
  png_write_row(png, row);
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  auto d = decode(out);
  ASSERT_TRUE(d.is_ok()) << d.status().message();
  EXPECT_EQ(d->image.row(0)[0], 0);
  EXPECT_EQ(d->image.row(0)[1], 255);
}

TEST(ImageDecode, DownscalesWhileDecoding) {
  const auto png = encode_png(800, 300, PNG_COLOR_TYPE_GRAY, 8);
  DecodeOptions o;
  o.max_long_side = 200;
  auto d = decode(png, o);
  ASSERT_TRUE(d.is_ok());
  EXPECT_EQ(d->scale_denominator, 4);
  EXPECT_EQ(d->image.width, 200);
  EXPECT_EQ(d->image.height, 75);
  EXPECT_EQ(d->source_width, 800);

  const auto jpg = encode_jpeg(1000, 640);
  o.max_long_side = 160;  // factor 7: libjpeg scales by 4, the box filter by 2
  auto j = decode(jpg, o);
  ASSERT_TRUE(j.is_ok()) << j.status().message();
  EXPECT_LE(std::max(j->image.width, j->image.height), 160);
  EXPECT_EQ(j->scale_denominator, 8);
  EXPECT_EQ(j->image.width, 125);
}

TEST(ImageDecode, JpegFullSizeIsCloseToPattern) {
  auto d = decode(encode_jpeg(64, 40));
  ASSERT_TRUE(d.is_ok()) << d.status().message();
  ASSERT_EQ(d->image.width, 64);
  // JPEG is lossy: compare means of dark and light pixels rather than every pixel.
  long dark = 0, light = 0, nd = 0, nl = 0;
  for (int y = 0; y < 40; ++y)
    for (int x = 0; x < 64; ++x) (pattern(x, y) < 128 ? (dark += d->image.row(y)[x], ++nd) : (light += d->image.row(y)[x], ++nl));
  EXPECT_LT(dark / nd, 70);
  EXPECT_GT(light / nl, 200);
}

TEST(ImageDecode, Pnm) {
  const std::string p2 = "P2\n# comment\n3 2\n255\n0 128 255\n255 128 0\n";
  auto a = decode(std::vector<uint8_t>(p2.begin(), p2.end()));
  ASSERT_TRUE(a.is_ok()) << a.status().message();
  EXPECT_EQ(a->image.row(0)[0], 0);
  EXPECT_EQ(a->image.row(0)[1], 128);
  EXPECT_EQ(a->image.row(1)[0], 255);
  const std::string p1 = "P1 4 1 0101";
  auto b = decode(std::vector<uint8_t>(p1.begin(), p1.end()));
  ASSERT_TRUE(b.is_ok()) << b.status().message();
  EXPECT_EQ(b->image.row(0)[0], 255);
  EXPECT_EQ(b->image.row(0)[1], 0);
  std::string p5 = "P5 2 1 65535\n";
  p5 += std::string("\xff\xff\x00\x00", 4);
  auto c = decode(std::vector<uint8_t>(p5.begin(), p5.end()));
  ASSERT_TRUE(c.is_ok()) << c.status().message();
  EXPECT_EQ(c->image.row(0)[0], 255);
  EXPECT_EQ(c->image.row(0)[1], 0);
  std::string p4 = "P4 9 1\n";
  p4 += std::string("\x80\x00", 2);
  auto e = decode(std::vector<uint8_t>(p4.begin(), p4.end()));
  ASSERT_TRUE(e.is_ok()) << e.status().message();
  EXPECT_EQ(e->image.row(0)[0], 0);
  EXPECT_EQ(e->image.row(0)[8], 255);
}

TEST(ImageDecode, RefusesTruncationsAtEveryLength) {
  const std::vector<std::vector<uint8_t>> files = {encode_png(41, 17, PNG_COLOR_TYPE_RGB, 8), encode_jpeg(41, 17)};
  for (const auto& f : files) {
    // Drop at least the final 16 bytes: what remains always lacks image data.
    for (size_t len = 0; len + 16 < f.size(); ++len) {
      std::vector<uint8_t> cut(f.begin(), f.begin() + static_cast<long>(len));
      auto d = decode(cut);
      ASSERT_FALSE(d.is_ok()) << "accepted a file cut to " << len << " of " << f.size() << " bytes";
      ASSERT_FALSE(d.status().message().empty());
    }
  }
  const std::string p5 = "P5 4 4 255\nabc";
  auto d = decode(std::vector<uint8_t>(p5.begin(), p5.end()));
  ASSERT_FALSE(d.is_ok());
  EXPECT_NE(d.status().message().find("truncated"), std::string::npos);
}

TEST(ImageDecode, RefusesGarbageEmptyAndUnknown) {
  EXPECT_NE(decode({}).status().message().find("empty file"), std::string::npos);
  const std::string text = "hello, this is not an image";
  auto d = decode(std::vector<uint8_t>(text.begin(), text.end()));
  ASSERT_FALSE(d.is_ok());
  EXPECT_NE(d.status().message().find("not a PNG, JPEG or PNM"), std::string::npos);
  std::vector<uint8_t> png = encode_png(30, 30, PNG_COLOR_TYPE_GRAY, 8);
  for (size_t i = 60; i < png.size() - 12; ++i) png[i] ^= 0x5a;  // damage the compressed data
  EXPECT_FALSE(decode(png).is_ok());
  const std::string zero = "P5 0 10 255\n";
  auto z = decode(std::vector<uint8_t>(zero.begin(), zero.end()));
  ASSERT_FALSE(z.is_ok());
  EXPECT_NE(z.status().message().find("empty"), std::string::npos);
}

TEST(ImageDecode, RefusesDecompressionBombBeforeDecoding) {
  // A PNG header that declares 100000 x 100000 pixels (10 Gpx) and carries no data.
  std::vector<uint8_t> png = encode_png(8, 8, PNG_COLOR_TYPE_GRAY, 8);
  auto put32 = [&](size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) png[at + i] = static_cast<uint8_t>(v >> (24 - 8 * i));
  };
  put32(16, 100000);  // IHDR width
  put32(20, 100000);  // IHDR height
  put32(29, rt::crc32(&png[12], 17));  // IHDR CRC over type + data
  auto d = decode(png);
  ASSERT_FALSE(d.is_ok());
  EXPECT_NE(d.status().message().find("decompression-bomb guard"), std::string::npos) << d.status().message();
  const std::string pnm = "P5 60000 60000 255\n";
  auto p = decode(std::vector<uint8_t>(pnm.begin(), pnm.end()));
  ASSERT_FALSE(p.is_ok());
  EXPECT_NE(p.status().message().find("decompression-bomb guard"), std::string::npos);
}

// Rewrites the frame header (SOF2) of a JPEG to declare another size; the scans stay.
void set_jpeg_size(std::vector<uint8_t>& jpg, uint16_t w, uint16_t h) {
  for (size_t i = 2; i + 9 < jpg.size(); ++i) {
    if (jpg[i] == 0xFF && (jpg[i + 1] == 0xC0 || jpg[i + 1] == 0xC2)) {
      jpg[i + 5] = static_cast<uint8_t>(h >> 8), jpg[i + 6] = static_cast<uint8_t>(h);
      jpg[i + 7] = static_cast<uint8_t>(w >> 8), jpg[i + 8] = static_cast<uint8_t>(w);
      return;
    }
  }
  FAIL() << "no SOF marker";
}

// Issue #13: a 1.15 MB progressive 14000x14000 JPEG made `vachak ocr` peak at 586 MB --
// libjpeg keeps every coefficient of a progressive image, whatever the output scale.
TEST(ImageDecode, ProgressiveJpegBombIsRefusedBeforeDecoding) {
  auto jpg = encode_jpeg(64, 48, 90, /*progressive=*/true);
  ASSERT_TRUE(decode(jpg).is_ok()) << decode(jpg).status().message();
  set_jpeg_size(jpg, 14000, 14000);
  auto d = decode(jpg);
  ASSERT_FALSE(d.is_ok());
  EXPECT_EQ(d.status().code(), StatusCode::kOutOfMemory);
  EXPECT_NE(d.status().message().find("progressive JPEG"), std::string::npos) << d.status().message();
  // The same declared size as a baseline JPEG is read row by row: no such refusal.
  auto base = encode_jpeg(64, 48, 90, false);
  set_jpeg_size(base, 14000, 14000);
  auto b = decode(base);
  ASSERT_FALSE(b.is_ok());  // the data ends early: refused as truncated, after bounded work
  EXPECT_EQ(b.status().message().find("progressive"), std::string::npos) << b.status().message();
}

TEST(ImageDecode, ProgressiveJpegWithinTheDecoderBudgetIsRead) {
  const auto jpg = encode_jpeg(640, 480, 90, /*progressive=*/true);
  DecodeOptions o;
  o.max_decoder_bytes = 640 * 480 * 2 * 3;  // room for Y, Cb, Cr at full size
  auto d = decode(jpg, o);
  ASSERT_TRUE(d.is_ok()) << d.status().message();
  o.max_decoder_bytes = 640 * 480;  // too little: refused, not grown past
  EXPECT_FALSE(decode(jpg, o).is_ok());
}

TEST(ImageDecode, InterlacedPngBeyondTheDecoderBudgetIsRefused) {
  const auto png = encode_png(300, 200, PNG_COLOR_TYPE_RGB_ALPHA, 8, /*interlace=*/true);
  DecodeOptions o;
  ASSERT_TRUE(decode(png, o).is_ok());
  o.max_decoder_bytes = 300 * 200 * 4 - 1;  // one byte short of the RGBA rows
  auto d = decode(png, o);
  ASSERT_FALSE(d.is_ok());
  EXPECT_EQ(d.status().code(), StatusCode::kOutOfMemory);
  EXPECT_NE(d.status().message().find("interlaced"), std::string::npos) << d.status().message();
}

TEST(ImageDecode, TooManyJpegScansAreRefused) {
  const auto jpg = encode_jpeg(64, 48, 90, /*progressive=*/true);  // libjpeg's simple progression: 10 scans
  DecodeOptions o;
  o.max_jpeg_scans = 4;
  auto d = decode(jpg, o);
  ASSERT_FALSE(d.is_ok());
  EXPECT_NE(d.status().message().find("scans"), std::string::npos) << d.status().message();
  o.max_jpeg_scans = 10;
  EXPECT_TRUE(decode(jpg, o).is_ok());
}

TEST(ImageDecode, MissingFile) {
  auto d = decode_image_file("/nonexistent/page.png", {});
  ASSERT_FALSE(d.is_ok());
  EXPECT_EQ(d.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace vachak::ocr
