// PNG through libpng, row by row. libpng reports errors by longjmp: every C++ object
// this function owns is constructed before setjmp and stays in scope, so the jump
// skips no destructor.
#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include "pipelines/ocr/image/decoders.h"
#include "pipelines/ocr/image/row_downscaler.h"

namespace vachak::ocr {
namespace {

using limits::kMaxInterlacedPngPixels;

struct PngSource {
  const uint8_t* data;
  size_t size;
  size_t pos;
  char error[256];
};

void read_from_memory(png_structp png, png_bytep out, png_size_t len) {
  auto* src = static_cast<PngSource*>(png_get_io_ptr(png));
  if (len > src->size - src->pos) png_error(png, "truncated PNG data");
  std::memcpy(out, src->data + src->pos, len);
  src->pos += len;
}

void on_error(png_structp png, png_const_charp msg) {
  auto* src = static_cast<PngSource*>(png_get_error_ptr(png));
  std::snprintf(src->error, sizeof src->error, "%s", msg);
  png_longjmp(png, 1);
}

void on_warning(png_structp, png_const_charp) {}

}  // namespace

Result<DecodedImage> decode_png(const std::string& name, const uint8_t* data, size_t size, const DecodeOptions& o) {
  PngSource src{data, size, 0, {0}};
  std::vector<uint8_t> row, gray, full;
  std::unique_ptr<RowDownscaler> scaler;
  DecodedImage result;
  Status failure;

  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &src, on_error, on_warning);
  if (png == nullptr) return out_of_memory(name + ": cannot create a PNG decoder");
  png_infop info = png_create_info_struct(png);
  if (info == nullptr) {
    png_destroy_read_struct(&png, nullptr, nullptr);
    return out_of_memory(name + ": cannot create a PNG decoder");
  }
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    return corrupt(name + ": corrupt PNG: " + src.error);
  }
  png_set_read_fn(png, &src, read_from_memory);
  // libpng's own limits, as a second line behind ours.
  png_set_user_limits(png, 1u << 20, 1u << 20);
  png_read_info(png, info);

  const png_uint_32 width = png_get_image_width(png, info);
  const png_uint_32 height = png_get_image_height(png, info);
  failure = check_dimensions(name, width, height, o);
  const bool interlaced = png_get_interlace_type(png, info) != PNG_INTERLACE_NONE;
  if (failure.is_ok() && interlaced && uint64_t{width} * height > kMaxInterlacedPngPixels)
    failure = unsupported(name + ": interlaced PNG of " + std::to_string(uint64_t{width} * height) +
                          " pixels is above the 16-megapixel limit for interlaced images; save it non-interlaced");
  if (!failure.is_ok()) {
    png_destroy_read_struct(&png, &info, nullptr);
    return failure;
  }

  png_set_expand(png);  // palette -> RGB, gray < 8 bit -> 8 bit, tRNS -> alpha
  png_set_strip_16(png);
  const int passes = png_set_interlace_handling(png);
  png_read_update_info(png, info);
  const int channels = png_get_channels(png, info);
  const size_t rowbytes = png_get_rowbytes(png, info);

  const int factor = downscale_factor(static_cast<int>(width), static_cast<int>(height), o.max_long_side);
  scaler = std::make_unique<RowDownscaler>(static_cast<int>(width), static_cast<int>(height), factor);
  gray.resize(width);
  if (passes > 1) {
    // Interlaced: every pass revisits every row, so the rows must all be kept -- a buffer
    // the decoder budget must hold (16 Mpx of RGBA would be 64 MB).
    const uint64_t need = uint64_t{rowbytes} * height;
    if (need > o.max_decoder_bytes) {
      png_destroy_read_struct(&png, &info, nullptr);
      return out_of_memory(name + ": interlaced PNG of " + std::to_string(width) + "x" + std::to_string(height) +
                           " pixels needs " + std::to_string(need) + " bytes to decode, above the decoder limit of " +
                           std::to_string(o.max_decoder_bytes) + " bytes; save it non-interlaced");
    }
    full.resize(rowbytes * height);
    for (int p = 0; p < passes; ++p)
      for (png_uint_32 y = 0; y < height; ++y) png_read_row(png, full.data() + rowbytes * y, nullptr);
    for (png_uint_32 y = 0; y < height; ++y) {
      to_gray_row(full.data() + rowbytes * y, static_cast<int>(width), channels, gray.data());
      scaler->push_row(gray.data());
    }
  } else {
    row.resize(rowbytes);
    for (png_uint_32 y = 0; y < height; ++y) {
      png_read_row(png, row.data(), nullptr);
      to_gray_row(row.data(), static_cast<int>(width), channels, gray.data());
      scaler->push_row(gray.data());
    }
  }
  png_destroy_read_struct(&png, &info, nullptr);
  result.image = scaler->take();
  result.source_width = static_cast<int>(width);
  result.source_height = static_cast<int>(height);
  result.scale_denominator = factor;
  return result;
}

}  // namespace vachak::ocr
