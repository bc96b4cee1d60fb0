// The per-format decoders behind decode_image(); each validates its header against
// the pixel limit before decoding a pixel and reports corrupt data as a Status.
#pragma once

#include "pipelines/ocr/image/decode.h"

namespace vachak::ocr {

Result<DecodedImage> decode_png(const std::string& name, const uint8_t* data, size_t size, const DecodeOptions& o);
Result<DecodedImage> decode_jpeg(const std::string& name, const uint8_t* data, size_t size, const DecodeOptions& o);
Result<DecodedImage> decode_pnm(const std::string& name, const uint8_t* data, size_t size, const DecodeOptions& o);

// Converts one decoded row of `channels` 8-bit samples (G, GA, RGB, RGBA) to gray,
// compositing alpha onto white (transparent backgrounds are paper, not ink).
void to_gray_row(const uint8_t* src, int width, int channels, uint8_t* dst);

Status check_dimensions(const std::string& name, uint64_t width, uint64_t height, const DecodeOptions& o);

}  // namespace vachak::ocr
