// PNM: P1/P4 (bitmap), P2/P5 (gray, 8 or 16 bit), P3/P6 (RGB, 8 or 16 bit).
#include <algorithm>
#include <cctype>
#include <vector>

#include "pipelines/ocr/image/decoders.h"
#include "pipelines/ocr/image/row_downscaler.h"

namespace vachak::ocr {
namespace {

class PnmReader {
 public:
  PnmReader(const uint8_t* d, size_t n) : d_(d), n_(n) {}

  // A decimal header field or ASCII sample, skipping white space and # comments.
  bool number(uint64_t* out) {
    skip_space();
    if (pos_ >= n_ || !std::isdigit(d_[pos_])) return false;
    uint64_t v = 0;
    while (pos_ < n_ && std::isdigit(d_[pos_])) {
      v = v * 10 + (d_[pos_++] - '0');
      if (v > (1ull << 32)) return false;
    }
    *out = v;
    return true;
  }
  // One ASCII bit of P1 (digits may be packed without spaces).
  bool bit(uint64_t* out) {
    skip_space();
    if (pos_ >= n_ || (d_[pos_] != '0' && d_[pos_] != '1')) return false;
    *out = d_[pos_++] - '0';
    return true;
  }
  // Exactly one white-space byte ends a binary header.
  bool end_binary_header() {
    if (pos_ >= n_ || !std::isspace(d_[pos_])) return false;
    ++pos_;
    return true;
  }
  const uint8_t* take(size_t bytes) {
    if (bytes > n_ - pos_) return nullptr;
    const uint8_t* p = d_ + pos_;
    pos_ += bytes;
    return p;
  }

 private:
  void skip_space() {
    while (pos_ < n_) {
      if (d_[pos_] == '#') {
        while (pos_ < n_ && d_[pos_] != '\n') ++pos_;
      } else if (std::isspace(d_[pos_])) {
        ++pos_;
      } else {
        break;
      }
    }
  }
  const uint8_t* d_;
  size_t n_;
  size_t pos_ = 0;
};

}  // namespace

Result<DecodedImage> decode_pnm(const std::string& name, const uint8_t* data, size_t size, const DecodeOptions& o) {
  if (size < 3 || data[0] != 'P' || data[1] < '1' || data[1] > '6') return corrupt(name + ": not a PNM file");
  const int kind = data[1] - '0';
  PnmReader r(data + 2, size - 2);
  uint64_t width = 0, height = 0, maxval = 1;
  if (!r.number(&width) || !r.number(&height)) return corrupt(name + ": PNM header lacks width and height");
  const bool bitmap = kind == 1 || kind == 4;
  if (!bitmap && !r.number(&maxval)) return corrupt(name + ": PNM header lacks maxval");
  if (maxval < 1 || maxval > 65535) return corrupt(name + ": PNM maxval " + std::to_string(maxval) + " outside 1..65535");
  VACHAK_RETURN_IF_ERROR(check_dimensions(name, width, height, o));
  const bool binary = kind >= 4;
  if (binary && !r.end_binary_header()) return corrupt(name + ": PNM header not followed by white space");

  const int w = static_cast<int>(width), h = static_cast<int>(height);
  const int channels = (kind == 3 || kind == 6) ? 3 : 1;
  const int sample_bytes = maxval > 255 ? 2 : 1;
  const int factor = downscale_factor(w, h, o.max_long_side);
  RowDownscaler scaler(w, h, factor);
  std::vector<uint8_t> rgb(static_cast<size_t>(w) * channels), gray(static_cast<size_t>(w));
  const std::string truncated = name + ": truncated PNM: pixel data ends early";

  for (int y = 0; y < h; ++y) {
    if (kind == 4) {
      const uint8_t* p = r.take(static_cast<size_t>((w + 7) / 8));
      if (p == nullptr) return corrupt(truncated);
      for (int x = 0; x < w; ++x) gray[static_cast<size_t>(x)] = (p[x / 8] >> (7 - x % 8)) & 1 ? 0 : 255;
    } else if (kind == 1) {
      for (int x = 0; x < w; ++x) {
        uint64_t b = 0;
        if (!r.bit(&b)) return corrupt(truncated);
        gray[static_cast<size_t>(x)] = b ? 0 : 255;
      }
    } else {
      const size_t samples = static_cast<size_t>(w) * channels;
      const uint8_t* p = binary ? r.take(samples * sample_bytes) : nullptr;
      if (binary && p == nullptr) return corrupt(truncated);
      for (size_t i = 0; i < samples; ++i) {
        uint64_t v = 0;
        if (binary) {
          v = sample_bytes == 2 ? (uint64_t{p[2 * i]} << 8 | p[2 * i + 1]) : p[i];
        } else if (!r.number(&v)) {
          return corrupt(truncated);
        }
        v = std::min(v, maxval);
        rgb[i] = static_cast<uint8_t>((v * 255 + maxval / 2) / maxval);
      }
      to_gray_row(rgb.data(), w, channels, gray.data());
    }
    scaler.push_row(gray.data());
  }
  DecodedImage result;
  result.image = scaler.take();
  result.source_width = w;
  result.source_height = h;
  result.scale_denominator = factor;
  return result;
}

}  // namespace vachak::ocr
