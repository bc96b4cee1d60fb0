#include "apps/overlay.h"

#include <png.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <csetjmp>
#include <vector>

namespace vachak::app {
namespace {

struct Rgb {
  uint8_t r, g, b;
};

class Canvas {
 public:
  explicit Canvas(const ocr::GrayImage& g) : w_(g.width), h_(g.height), px_(static_cast<size_t>(w_) * h_ * 3) {
    for (int y = 0; y < h_; ++y)
      for (int x = 0; x < w_; ++x) {
        // The page a little faded, so the boxes stand out.
        const uint8_t v = static_cast<uint8_t>(96 + g.row(y)[x] * 159 / 255);
        uint8_t* p = &px_[(static_cast<size_t>(y) * w_ + x) * 3];
        p[0] = p[1] = p[2] = v;
      }
  }
  void dot(int x, int y, Rgb c) {
    if (x < 0 || y < 0 || x >= w_ || y >= h_) return;
    uint8_t* p = &px_[(static_cast<size_t>(y) * w_ + x) * 3];
    p[0] = c.r, p[1] = c.g, p[2] = c.b;
  }
  void rect(int x0, int y0, int x1, int y1, Rgb c, int thick) {
    for (int t = 0; t < thick; ++t) {
      for (int x = x0; x <= x1; ++x) dot(x, y0 + t, c), dot(x, y1 - t, c);
      for (int y = y0; y <= y1; ++y) dot(x0 + t, y, c), dot(x1 - t, y, c);
    }
  }
  void cross(int x0, int y0, int x1, int y1, Rgb c) {
    const int n = std::max(x1 - x0, y1 - y0);
    for (int i = 0; i <= n; ++i) {
      const int x = x0 + (x1 - x0) * i / std::max(1, n);
      dot(x, y0 + (y1 - y0) * i / std::max(1, n), c);
      dot(x, y1 - (y1 - y0) * i / std::max(1, n), c);
    }
  }
  int width() const { return w_; }
  int height() const { return h_; }
  const uint8_t* row(int y) const { return &px_[static_cast<size_t>(y) * w_ * 3]; }

 private:
  int w_, h_;
  std::vector<uint8_t> px_;
};

Rgb confidence_colour(float c) {
  c = std::clamp(c, 0.0f, 1.0f);
  if (c < 0.5f) return {230, static_cast<uint8_t>(460 * c), 0};        // red -> yellow
  return {static_cast<uint8_t>(230 * (1.0f - c) * 2), 200, 0};         // yellow -> green
}

Status write_png(const std::string& path, const Canvas& c) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return io_error(path + ": cannot create");
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png == nullptr ? nullptr : png_create_info_struct(png);
  if (png == nullptr || info == nullptr || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    std::fclose(f);
    return io_error(path + ": PNG writing failed");
  }
  png_init_io(png, f);
  png_set_IHDR(png, info, static_cast<png_uint_32>(c.width()), static_cast<png_uint_32>(c.height()), 8,
               PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (int y = 0; y < c.height(); ++y) png_write_row(png, const_cast<png_bytep>(c.row(y)));
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  if (std::fflush(f) != 0 || fsync(fileno(f)) != 0) {
    std::fclose(f);
    return io_error(path + ": cannot write");
  }
  if (std::fclose(f) != 0) return io_error(path + ": cannot write");
  return Status::ok();
}

}  // namespace

Status write_overlay(const std::string& path, const ocr::GrayImage& page, const ocr::OcrResult& r) {
  if (page.empty() || r.width <= 0) return invalid_argument("overlay: no image");
  Canvas c(page);
  const double s = static_cast<double>(page.width) / r.width;
  auto sc = [&](int v) { return static_cast<int>(v * s); };
  const int thick = std::max(1, page.width / 800);
  for (const ocr::OcrLine& l : r.lines) {
    c.rect(sc(l.box.x0) - 2, sc(l.box.y0) - 2, sc(l.box.x1) + 2, sc(l.box.y1) + 2, Rgb{40, 90, 230}, thick);
    for (const ocr::OcrWord& w : l.words) {
      const Rgb col = confidence_colour(w.confidence);
      c.rect(sc(w.box.x0), sc(w.box.y0), sc(w.box.x1), sc(w.box.y1), col, thick);
      if (w.text.empty()) c.cross(sc(w.box.x0), sc(w.box.y0), sc(w.box.x1), sc(w.box.y1), Rgb{230, 0, 0});
    }
  }
  const std::string tmp = path + ".tmp-" + std::to_string(getpid());
  Status st = write_png(tmp, c);
  if (!st.is_ok()) {
    std::remove(tmp.c_str());
    return st;
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return io_error(path + ": cannot rename the overlay into place");
  }
  return Status::ok();
}

}  // namespace vachak::app
