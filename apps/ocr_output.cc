#include "apps/ocr_output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "apps/commands.h"

namespace vachak::app {

std::vector<std::string> OcrOutputs::targets(const std::vector<ocr::OcrFormat>& formats, const std::string& base) {
  std::vector<std::string> t;
  for (ocr::OcrFormat f : formats) t.push_back(base + "." + ocr::format_extension(f));
  return t;
}

bool OcrOutputs::open(const std::vector<ocr::OcrFormat>& formats, const std::string& base, std::string* error) {
  abandon();
  to_stdout_ = base.empty();
  if (to_stdout_ && (formats.size() != 1 || formats[0] == ocr::OcrFormat::kPdf)) {
    *error = "standard output takes one format other than pdf; give -o BASE (or --out DIR) for several or for pdf";
    return false;
  }
  const std::string software = std::string("vachak ") + VACHAK_VERSION;
  for (ocr::OcrFormat f : formats) {
    auto d = std::make_unique<Document>();
    d->format = f;
    if (!to_stdout_ && !d->file.open(base + "." + ocr::format_extension(f), error)) {
      abandon();
      return false;
    }
    if (f == ocr::OcrFormat::kPdf) {
      auto pdf = ocr::PdfDocumentWriter::create(model_dir() + "/pdf/glyphless.ttf", software);
      if (!pdf.is_ok()) {
        *error = pdf.status().message();
        abandon();
        return false;
      }
      d->pdf = std::move(pdf).value();
    } else {
      d->text = ocr::make_document_writer(f, software);
    }
    docs_.push_back(std::move(d));
    Document& doc = *docs_.back();
    if (!emit(doc, doc.pdf ? doc.pdf->begin() : doc.text->begin(), error)) {
      abandon();
      return false;
    }
  }
  return true;
}

bool OcrOutputs::emit(Document& d, const std::string& bytes, std::string* error) {
  if (bytes.empty()) return true;
  if (to_stdout_) {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size()) return true;
    *error = std::string("writing to standard output failed: ") + std::strerror(errno);
    return false;
  }
  if (d.file.write(bytes)) return true;
  *error = "cannot write " + d.file.target() + ": " + std::strerror(errno);
  return false;
}

bool OcrOutputs::add_page(const ocr::OcrResult& result, const ocr::PageSource& source, std::string* error) {
  for (auto& d : docs_) {
    if (d->pdf) {
      auto bytes = d->pdf->page(result, source);
      if (!bytes.is_ok()) {
        *error = bytes.status().message();
        return false;
      }
      if (!emit(*d, bytes.value(), error)) return false;
      continue;
    }
    if (!emit(*d, d->text->page(result, source), error)) {
      return false;
    }
  }
  if (to_stdout_ && std::fflush(stdout) != 0) {
    *error = std::string("writing to standard output failed: ") + std::strerror(errno);
    return false;
  }
  return true;
}

bool OcrOutputs::commit(std::string* error) {
  bool ok = true;
  for (auto& d : docs_) {
    if (!emit(*d, d->pdf ? d->pdf->end() : d->text->end(), error)) ok = false;
    if (!ok) break;
  }
  if (to_stdout_ && std::fflush(stdout) != 0) {
    *error = std::string("writing to standard output failed: ") + std::strerror(errno);
    ok = false;
  }
  // Every document is whole before any is renamed into place.
  for (auto& d : docs_)
    if (ok && !to_stdout_ && !d->file.commit(error)) ok = false;
  if (!ok) abandon();
  docs_.clear();
  return ok;
}

void OcrOutputs::abandon() {
  for (auto& d : docs_) d->file.abandon();
  docs_.clear();
}

}  // namespace vachak::app
