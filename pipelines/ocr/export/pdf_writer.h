// `--format pdf`: each image as a page with its recognized text as an invisible,
// searchable and selectable layer over it (PDF text render mode 3), as Tesseract's and
// OCRmyPDF's PDFs have. Built with PoDoFo (Debian's libpodofo); the text is set in
// models/pdf/glyphless.ttf, whose glyphs are empty and map back to their characters, so
// pdftotext and a viewer's search find the words where they are on the image.
#pragma once

#include <memory>
#include <string>

#include "pipelines/ocr/ocr_pipeline.h"
#include "runtime/core/status.h"

namespace vachak::ocr {

class PdfDocumentWriter {
 public:
  // Starts a PDF at `path` (streamed: pages are written as they are added).
  [[nodiscard]] static Result<std::unique_ptr<PdfDocumentWriter>> create(const std::string& path,
                                                                       const std::string& font_path);
  ~PdfDocumentWriter();
  // A page the size of the image at kAssumedDpi: a JPEG is embedded as it is (colour kept);
  // other images as 8-bit gray, downscaled so the longer side is at most kMaxImageSide.
  [[nodiscard]] Status add_page(const OcrResult& result, const std::string& image_path);
  // Finishes the file; a writer that was not closed leaves an unfinished file behind,
  // which the caller (writing to a temporary name) removes.
  [[nodiscard]] Status close();

  static constexpr double kAssumedDpi = 300.0;
  static constexpr int kMaxImageSide = 4096;

 private:
  struct State;
  explicit PdfDocumentWriter(std::unique_ptr<State> s);
  std::unique_ptr<State> s_;
};

}  // namespace vachak::ocr
