// Where `vachak ocr` puts what it read: one document per requested format (text, JSON,
// hOCR, ALTO, TSV, PDF), either on stdout (one text format) or in BASE.txt, BASE.hocr,
// BASE.xml, BASE.tsv, BASE.json, BASE.pdf, each written under a temporary name and renamed
// into place only when whole (temp_file.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "apps/temp_file.h"
#include "pipelines/ocr/export/formats.h"
#include "pipelines/ocr/export/pdf_writer.h"

namespace vachak::app {

class OcrOutputs {
 public:
  // `base` empty: stdout, which takes exactly one format other than pdf.
  bool open(const std::vector<ocr::OcrFormat>& formats, const std::string& base, std::string* error);
  bool add_page(const ocr::OcrResult& result, const ocr::PageSource& source, std::string* error);
  // Ends every document and moves the files into place; on failure none is left half-written.
  bool commit(std::string* error);
  void abandon();

  // BASE.EXT for each format.
  static std::vector<std::string> targets(const std::vector<ocr::OcrFormat>& formats, const std::string& base);

 private:
  struct Document {
    ocr::OcrFormat format;
    std::unique_ptr<ocr::OcrDocumentWriter> text;  // every format but pdf
    std::unique_ptr<ocr::PdfDocumentWriter> pdf;
    TempFile file;  // unused for stdout
  };
  bool emit(Document& d, const std::string& bytes, std::string* error);
  std::vector<std::unique_ptr<Document>> docs_;
  bool to_stdout_ = false;
};

}  // namespace vachak::app
