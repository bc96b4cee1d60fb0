#include "pipelines/ocr/image/decode.h"
#include <algorithm>

#include "pipelines/ocr/image/decoders.h"
#include "runtime/core/mapped_file.h"

namespace vachak::ocr {

ImageFormat sniff_format(const uint8_t* d, size_t n) {
  static const uint8_t kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  if (n >= 8 && std::equal(kPng, kPng + 8, d)) return ImageFormat::kPng;
  if (n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF) return ImageFormat::kJpeg;
  if (n >= 2 && d[0] == 'P' && d[1] >= '1' && d[1] <= '6') return ImageFormat::kPnm;
  return ImageFormat::kUnknown;
}

Status check_dimensions(const std::string& name, uint64_t width, uint64_t height, const DecodeOptions& o) {
  if (width == 0 || height == 0)
    return corrupt(name + ": image is " + std::to_string(width) + "x" + std::to_string(height) + " pixels (empty)");
  if (width > (1u << 20) || height > (1u << 20) || width * height > o.max_source_pixels)
    return invalid_argument(name + ": image of " + std::to_string(width) + "x" + std::to_string(height) +
                            " pixels is above the limit of " + std::to_string(o.max_source_pixels) +
                            " pixels (decompression-bomb guard)");
  return Status::ok();
}

void to_gray_row(const uint8_t* src, int width, int channels, uint8_t* dst) {
  for (int x = 0; x < width; ++x) {
    const uint8_t* p = src + static_cast<size_t>(x) * channels;
    uint32_t g = 0, a = 255;
    switch (channels) {
      case 1: g = p[0]; break;
      case 2: g = p[0]; a = p[1]; break;
      case 3: g = (77u * p[0] + 150u * p[1] + 29u * p[2] + 128u) >> 8; break;
      default: g = (77u * p[0] + 150u * p[1] + 29u * p[2] + 128u) >> 8; a = p[3]; break;
    }
    dst[x] = static_cast<uint8_t>((g * a + 255u * (255u - a) + 127u) / 255u);
  }
}

Result<DecodedImage> decode_image(const std::string& name, const uint8_t* data, size_t size, const DecodeOptions& o) {
  if (size == 0) return corrupt(name + ": empty file");
  switch (sniff_format(data, size)) {
    case ImageFormat::kPng: return decode_png(name, data, size, o);
    case ImageFormat::kJpeg: return decode_jpeg(name, data, size, o);
    case ImageFormat::kPnm: return decode_pnm(name, data, size, o);
    case ImageFormat::kUnknown: break;
  }
  return unsupported(name + ": not a PNG, JPEG or PNM image");
}

Result<DecodedImage> decode_image_file(const std::string& path, const DecodeOptions& o) {
  Result<rt::MappedFile> file = rt::MappedFile::map(path);
  if (!file.is_ok()) return file.status();
  return decode_image(path, file->data(), file->size(), o);
}

}  // namespace vachak::ocr
