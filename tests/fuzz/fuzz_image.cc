// libFuzzer: hostile image bytes -> the PNG/JPEG/PNM decoders (sniffed by magic), with the
// OCR pipeline's downscaling and the default limits (limits/limits.h).
#include <cstdint>

#include "pipelines/ocr/image/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  vachak::ocr::DecodeOptions o;
  o.max_long_side = 1800;
  auto d = vachak::ocr::decode_image("fuzz", data, size, o);
  if (d.is_ok() && (d->image.width <= 0 || d->image.height <= 0)) __builtin_trap();
  return 0;
}
