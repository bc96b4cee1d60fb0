// OCR output formats a Tesseract user can drop in: plain text, Vachak's JSON, hOCR 1.2,
// ALTO 4 and Tesseract's 12-column TSV (PDF, which needs the image, is pdf_writer.h).
// A document is begin() + page() per image + end(), so that several images make one
// hOCR/ALTO/TSV document, as `tesseract LIST out hocr` does.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pipelines/ocr/ocr_pipeline.h"
#include "runtime/core/status.h"

namespace vachak::ocr {

enum class OcrFormat { kText, kJson, kHocr, kAlto, kTsv, kPdf };

// "text"/"txt", "json", "hocr", "alto", "tsv", "pdf".
[[nodiscard]] bool parse_format(const std::string& name, OcrFormat* out);
// A comma-separated list ("hocr,txt"), each format once.
[[nodiscard]] Result<std::vector<OcrFormat>> parse_format_list(const std::string& list);
// The file extension Tesseract uses for it: txt, json, hocr, xml (ALTO), tsv, pdf.
const char* format_extension(OcrFormat f);
const char* format_name(OcrFormat f);

struct PageSource {
  std::string image;    // the image's path as the caller gave it
  int number = 1;       // 1-based, within the document
};

class OcrDocumentWriter {
 public:
  virtual ~OcrDocumentWriter() = default;
  virtual std::string begin() { return {}; }
  virtual std::string page(const OcrResult& result, const PageSource& source) = 0;
  virtual std::string end() { return {}; }
};

// Every format but kPdf; `software` names the producer in hOCR and ALTO ("vachak 0.3.0").
std::unique_ptr<OcrDocumentWriter> make_document_writer(OcrFormat f, const std::string& software);

// Escapes text for XML content and attribute values (& < > " '); drops the control
// characters XML 1.0 cannot carry.
std::string xml_escape(const std::string& s);

}  // namespace vachak::ocr
