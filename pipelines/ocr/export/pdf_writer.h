// `--format pdf`: each image as a page with its recognized text as an invisible,
// searchable and selectable layer over it (PDF text render mode 3), as Tesseract's and
// OCRmyPDF's PDFs have. Our own writer of the little of PDF 1.5 this needs (no library:
// PoDoFo, used before, cost every `vachak` run 4 MB of resident memory at start-up just by
// being linked). The text is set in models/pdf/glyphless.ttf, one empty glyph that every
// character code maps to; the ToUnicode map gives each code back as its character, so
// pdftotext and a viewer's search find the words where they are on the image.
//
// Like the other formats it produces bytes: begin(), page() per image, end(); the caller
// writes them (under a temporary name, renamed into place when whole).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "pipelines/ocr/export/formats.h"
#include "pipelines/ocr/ocr_pipeline.h"
#include "runtime/core/status.h"

namespace vachak::ocr {

class PdfDocumentWriter {
 public:
  // `font_path`: models/pdf/glyphless.ttf (read whole, at most kMaxFontBytes).
  [[nodiscard]] static Result<std::unique_ptr<PdfDocumentWriter>> create(const std::string& font_path,
                                                                       const std::string& software);
  // The header and the font's objects.
  std::string begin();
  // A page the size of the image at kAssumedDpi: a JPEG is embedded as it is (colour kept);
  // other images as 8-bit gray (Flate), downscaled so the longer side is at most kMaxImageSide.
  [[nodiscard]] Result<std::string> page(const OcrResult& result, const PageSource& source);
  // The page tree, the cross-reference table and the trailer.
  std::string end();

  static constexpr double kAssumedDpi = 300.0;
  static constexpr int kMaxImageSide = 4096;
  static constexpr uint64_t kMaxFontBytes = 1 << 20;
  static constexpr uint64_t kMaxJpegBytes = uint64_t{1} << 30;
  // The cross-reference table gives offsets in 10 digits.
  static constexpr uint64_t kMaxPdfBytes = uint64_t{8} << 30;

 private:
  PdfDocumentWriter(std::vector<uint8_t> font, std::string software);
  int new_object();
  // Appends object `number` with `body` to `out`, which starts at offset_ in the file.
  void object(std::string& out, int number, const std::string& body);
  // A stream object: `dict` holds its entries but /Length.
  void stream(std::string& out, int number, const std::string& dict, const std::string& data);
  // Hands `out` to the caller: its bytes now precede everything written next.
  std::string hand_out(std::string& out);

  std::vector<uint8_t> font_;
  std::string software_;
  uint64_t offset_ = 0;            // bytes handed out so far
  std::vector<uint64_t> offsets_;  // by object number; [0] is the free-list head
  std::vector<int> pages_;         // page object numbers
};

}  // namespace vachak::ocr
