#include "pipelines/ocr/export/pdf_writer.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <vector>

#include "lang/unicode/utf8.h"
#include "pipelines/ocr/image/decode.h"

namespace vachak::ocr {

struct PdfDocumentWriter::State {
  std::unique_ptr<PoDoFo::PdfStreamedDocument> doc;
  PoDoFo::PdfFont* font = nullptr;
  bool closed = false;
};

namespace {

constexpr double kPointsPerPixel = 72.0 / PdfDocumentWriter::kAssumedDpi;
// The glyphless font's descent, in ems (make_glyphless_font.py).
constexpr double kDescent = 0.2;

Status pdf_error(const std::string& what, const PoDoFo::PdfError& e) {
  return io_error(what + ": PDF error " + std::to_string(static_cast<int>(e.GetError())) +
                  (e.what() ? std::string(" (") + e.what() + ")" : std::string()));
}

Result<std::vector<uint8_t>> read_small_file(const std::string& path, size_t max_bytes) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return not_found(path + ": cannot open");
  f.seekg(0, std::ios::end);
  const std::streamoff size = f.tellg();
  if (size < 0 || static_cast<uint64_t>(size) > max_bytes) return invalid_argument(path + ": too large to embed");
  f.seekg(0);
  std::vector<uint8_t> bytes(static_cast<size_t>(size));
  if (!f.read(reinterpret_cast<char*>(bytes.data()), size)) return io_error(path + ": read failed");
  return bytes;
}

// Draws `text` invisibly, its glyphs stretched over [x0, x1) and set on rows [y0, y1) of
// an image `page_h` pixels high.
void draw_invisible(PoDoFo::PdfPainter& painter, PoDoFo::PdfFont* font, const std::string& text, int x0, int x1,
                    int y0, int y1, int page_h) {
  auto cps = lang::utf8_decode(text);
  if (!cps.is_ok() || cps->empty() || x1 <= x0 || y1 <= y0) return;
  const double size = std::max(1.0, (y1 - y0) * kPointsPerPixel);
  font->SetFontSize(static_cast<float>(size));
  font->SetFontScale(100.0f);
  double natural = 0.0;  // the font's own advances
  for (char32_t c : cps.value())
    if (c <= 0xFFFF) natural += font->GetFontMetrics()->UnicodeCharWidth(static_cast<unsigned short>(c));
  if (natural <= 0.0) return;
  font->SetFontScale(static_cast<float>(std::clamp(100.0 * (x1 - x0) * kPointsPerPixel / natural, 1.0, 10000.0)));
  painter.SetFont(font);
  painter.DrawText(x0 * kPointsPerPixel, (page_h - y1) * kPointsPerPixel + kDescent * size,
                   PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str())));
}

}  // namespace

PdfDocumentWriter::PdfDocumentWriter(std::unique_ptr<State> s) : s_(std::move(s)) {}

PdfDocumentWriter::~PdfDocumentWriter() = default;

Result<std::unique_ptr<PdfDocumentWriter>> PdfDocumentWriter::create(const std::string& path,
                                                                     const std::string& font_path) {
  if (!std::ifstream(font_path).good()) return not_found(font_path + ": the PDF text-layer font is missing");
  auto s = std::make_unique<State>();
  try {
    s->doc = std::make_unique<PoDoFo::PdfStreamedDocument>(path.c_str());
    s->doc->GetInfo()->SetCreator(PoDoFo::PdfString("vachak"));
    s->font = s->doc->CreateFont("VachakGlyphless", false, false, false,
                                 PoDoFo::PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                 PoDoFo::PdfFontCache::eFontCreationFlags_None, true, font_path.c_str());
  } catch (const PoDoFo::PdfError& e) {
    return pdf_error(path, e);
  }
  if (!s->font) return io_error(font_path + ": PoDoFo could not load the font");
  return std::unique_ptr<PdfDocumentWriter>(new PdfDocumentWriter(std::move(s)));
}

Status PdfDocumentWriter::add_page(const OcrResult& r, const std::string& image_path) {
  if (s_->closed) return internal_error("PDF: page added after close");
  if (r.width <= 0 || r.height <= 0) return invalid_argument(image_path + ": empty page");
  try {
    PoDoFo::PdfImage image(s_->doc.get());
    std::vector<uint8_t> gray;
    const bool small = r.width <= kMaxImageSide && r.height <= kMaxImageSide;
    auto bytes = read_small_file(image_path, size_t{1} << 30);
    if (!bytes.is_ok()) return bytes.status();
    if (small && sniff_format(bytes->data(), bytes->size()) == ImageFormat::kJpeg) {
      image.LoadFromJpegData(bytes->data(), static_cast<PoDoFo::pdf_long>(bytes->size()));
    } else {
      DecodeOptions d;
      d.max_long_side = kMaxImageSide;
      auto decoded = decode_image(image_path, bytes->data(), bytes->size(), d);
      if (!decoded.is_ok()) return decoded.status();
      bytes->clear();
      bytes->shrink_to_fit();
      const GrayImage& g = decoded->image;
      image.SetImageColorSpace(PoDoFo::ePdfColorSpace_DeviceGray);
      PoDoFo::PdfMemoryInputStream in(reinterpret_cast<const char*>(g.pixels.data()),
                                      static_cast<PoDoFo::pdf_long>(g.pixels.size()));
      image.SetImageData(static_cast<unsigned>(g.width), static_cast<unsigned>(g.height), 8, &in);
    }
    const double w = r.width * kPointsPerPixel, h = r.height * kPointsPerPixel;
    PoDoFo::PdfPage* page = s_->doc->CreatePage(PoDoFo::PdfRect(0, 0, w, h));
    PoDoFo::PdfPainter painter;
    painter.SetPage(page);
    painter.DrawImage(0, 0, &image, w / image.GetWidth(), h / image.GetHeight());
    painter.SetTextRenderingMode(PoDoFo::ePdfTextRenderingMode_Invisible);
    for (const OcrLine& l : r.lines) {
      // A line is one run of glyphs, its words parted by spaces, stretched from its first
      // word to its last: drawn word by word, extraction (pdftotext) would break words at
      // vowel signs and split lines. So a word found by search is highlighted near, not
      // exactly on, its box.
      int x0 = l.box.x0, x1 = l.box.x1;
      std::string text;
      for (const OcrWord& w : l.words) {
        if (w.text.empty()) continue;
        if (text.empty()) x0 = w.box.x0;
        text += (text.empty() ? "" : " ") + w.text;
        x1 = w.box.x1;
      }
      if (l.words.empty()) text = l.text;
      draw_invisible(painter, s_->font, text, x0, x1, l.box.y0, l.box.y1, r.height);
    }
    painter.FinishPage();
  } catch (const PoDoFo::PdfError& e) {
    return pdf_error(image_path, e);
  }
  return Status();
}

Status PdfDocumentWriter::close() {
  if (s_->closed) return Status();
  s_->closed = true;
  try {
    s_->doc->Close();
  } catch (const PoDoFo::PdfError& e) {
    return pdf_error("PDF", e);
  }
  return Status();
}

}  // namespace vachak::ocr
