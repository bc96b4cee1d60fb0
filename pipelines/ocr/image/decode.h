// Image decoding for OCR: PNG (1/2/4/8/16-bit gray, palette, RGB, alpha, interlaced),
// JPEG (libjpeg-turbo) and PNM (P1-P6) into 8-bit gray, downscaled while decoding when
// the image is larger than OCR needs, so a 12-megapixel photo never exists at full size.
#pragma once

#include <cstdint>
#include <string>

#include "limits/limits.h"
#include "pipelines/ocr/image/gray_image.h"
#include "runtime/core/status.h"

namespace vachak::ocr {

struct DecodeOptions {
  // Decompression-bomb guard: images whose header declares more pixels than this are
  // refused before any pixel is decoded (documented in the README: 200 Mpx).
  uint64_t max_source_pixels = limits::kMaxImagePixels;
  // Memory a decoder may hold beyond its output rows (a progressive JPEG's coefficients):
  // an image that would need more is refused before decoding. The engine passes what its
  // ceiling leaves.
  uint64_t max_decoder_bytes = limits::kMaxDecoderBytes;
  // Scans of a progressive JPEG (each walks the whole image).
  int max_jpeg_scans = limits::kMaxJpegScans;
  // Downscale by an integer factor (box filter, or libjpeg's DCT scaling) until the
  // longer side is at most this; 0 keeps the full size.
  int max_long_side = 0;
};

enum class ImageFormat { kUnknown, kPng, kJpeg, kPnm };

ImageFormat sniff_format(const uint8_t* data, size_t size);

struct DecodedImage {
  GrayImage image;
  int source_width = 0;   // as declared by the file
  int source_height = 0;
  int scale_denominator = 1;  // image = source / scale_denominator (rounded up)
};

// `name` labels error messages (usually the path).
Result<DecodedImage> decode_image(const std::string& name, const uint8_t* data, size_t size,
                                  const DecodeOptions& options);
Result<DecodedImage> decode_image_file(const std::string& path, const DecodeOptions& options);

}  // namespace vachak::ocr
