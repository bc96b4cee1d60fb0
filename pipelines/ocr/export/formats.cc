#include "pipelines/ocr/export/formats.h"

#include <algorithm>
#include <cstdio>

#include "pipelines/ocr/export/blocks.h"

namespace vachak::ocr {
namespace {

struct FormatName {
  OcrFormat format;
  const char* name;
  const char* extension;
};
constexpr FormatName kFormats[] = {
    {OcrFormat::kText, "text", "txt"}, {OcrFormat::kJson, "json", "json"}, {OcrFormat::kHocr, "hocr", "hocr"},
    {OcrFormat::kAlto, "alto", "xml"}, {OcrFormat::kTsv, "tsv", "tsv"},    {OcrFormat::kPdf, "pdf", "pdf"},
};

std::string fmt(const char* f, double x) {
  char buf[48];
  std::snprintf(buf, sizeof buf, f, x);
  return buf;
}

// A box clipped to the page, so that no format shows a negative or out-of-page extent.
Box clip(const Box& b, const OcrResult& r) {
  Box c{std::clamp(b.x0, 0, r.width), std::clamp(b.y0, 0, r.height), std::clamp(b.x1, 0, r.width),
        std::clamp(b.y1, 0, r.height)};
  c.x1 = std::max(c.x1, c.x0);
  c.y1 = std::max(c.y1, c.y0);
  return c;
}

float clamp01(float x) { return std::clamp(x, 0.0f, 1.0f); }

std::string json_string(const std::string& s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') o += '\\', o += static_cast<char>(c);
    else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      o += buf;
    } else o += static_cast<char>(c);
  }
  return o + "\"";
}

std::string json_box(const Box& b) {
  return "[" + std::to_string(b.x0) + "," + std::to_string(b.y0) + "," + std::to_string(b.x1) + "," +
         std::to_string(b.y1) + "]";
}

class TextWriter : public OcrDocumentWriter {
 public:
  // Pages after the first are parted by a form feed, as Tesseract parts them.
  std::string page(const OcrResult& r, const PageSource& src) override {
    std::string o = src.number > 1 ? "\f" : "";
    for (const OcrLine& l : r.lines)
      if (!l.text.empty()) o += l.text + "\n";
    return o;
  }
};

// One JSON object per page and line (JSON Lines), boxes as [x0,y0,x1,y1] in image pixels;
// rejected words keep their box and confidence with empty text; "script": what the page
// was read as (the detected one with --lang auto).
class JsonWriter : public OcrDocumentWriter {
 public:
  std::string page(const OcrResult& r, const PageSource& src) override {
    std::string o = "{\"image\":" + json_string(src.image) + ",\"width\":" + std::to_string(r.width) +
                    ",\"height\":" + std::to_string(r.height) + ",\"skew_degrees\":" + fmt("%.2f", r.skew_degrees) +
                    (r.script.empty() ? "" : ",\"script\":" + json_string(r.script)) + ",\"lines\":[";
    for (size_t i = 0; i < r.lines.size(); ++i) {
      const OcrLine& l = r.lines[i];
      o += std::string(i ? "," : "") + "{\"text\":" + json_string(l.text) + ",\"box\":" + json_box(l.box) +
           ",\"confidence\":" + fmt("%.3f", l.confidence) + ",\"words\":[";
      for (size_t k = 0; k < l.words.size(); ++k)
        o += std::string(k ? "," : "") + "{\"text\":" + json_string(l.words[k].text) + ",\"box\":" +
             json_box(l.words[k].box) + ",\"confidence\":" + fmt("%.3f", l.words[k].confidence) + "}";
      o += "]}";
    }
    return o + "]}\n";
  }
};

// hOCR 1.2 (the hOCR embedded-OCR-format specification): XHTML, one ocr_page per image,
// ocr_carea > ocr_par > ocr_line > ocrx_word, with bbox and x_wconf (0..100).
class HocrWriter : public OcrDocumentWriter {
 public:
  explicit HocrWriter(std::string software) : software_(std::move(software)) {}
  std::string begin() override {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n"
           "    \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
           "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"hi\" lang=\"hi\">\n"
           " <head>\n  <title></title>\n"
           "  <meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
           "  <meta name=\"ocr-system\" content=\"" + xml_escape(software_) + "\"/>\n"
           "  <meta name=\"ocr-capabilities\" content=\"ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf\"/>\n"
           " </head>\n <body>\n";
  }
  std::string page(const OcrResult& r, const PageSource& src) override {
    const std::string p = std::to_string(src.number);
    std::string o = "  <div class=\"ocr_page\" id=\"page_" + p + "\" title=\"image " +
                    xml_escape(quoted(src.image)) + "; bbox 0 0 " + std::to_string(r.width) + " " +
                    std::to_string(r.height) + "; ppageno " + std::to_string(src.number - 1) + "\">\n";
    int line_no = 0, word_no = 0, block_no = 0;
    for (const LineBlock& b : group_blocks(r.lines)) {
      const std::string id = p + "_" + std::to_string(++block_no), box = bbox(clip(b.box, r));
      o += "   <div class=\"ocr_carea\" id=\"block_" + id + "\" title=\"" + box + "\">\n";
      o += "    <p class=\"ocr_par\" id=\"par_" + id + "\" title=\"" + box + "\">\n";
      for (size_t i = b.first; i < b.end; ++i) {
        const OcrLine& l = r.lines[i];
        const Box lb = clip(l.box, r);
        o += "     <span class=\"ocr_line\" id=\"line_" + p + "_" + std::to_string(++line_no) + "\" title=\"" +
             bbox(lb) + "; x_size " + std::to_string(lb.height()) + "\">";
        for (size_t k = 0; k < l.words.size(); ++k) {
          const OcrWord& w = l.words[k];
          o += std::string(k ? " " : "") + "<span class=\"ocrx_word\" id=\"word_" + p + "_" +
               std::to_string(++word_no) + "\" title=\"" + bbox(clip(w.box, r)) + "; x_wconf " +
               std::to_string(static_cast<int>(100 * clamp01(w.confidence) + 0.5f)) + "\">" + xml_escape(w.text) +
               "</span>";
        }
        o += "</span>\n";
      }
      o += "    </p>\n   </div>\n";
    }
    return o + "  </div>\n";
  }
  std::string end() override { return " </body>\n</html>\n"; }

 private:
  static std::string bbox(const Box& b) {
    return "bbox " + std::to_string(b.x0) + " " + std::to_string(b.y0) + " " + std::to_string(b.x1) + " " +
           std::to_string(b.y1);
  }
  // A property value in double quotes, with \ and " escaped (hOCR's title grammar).
  static std::string quoted(const std::string& s) {
    std::string o = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\') o += '\\';
      o += c;
    }
    return o + "\"";
  }
  std::string software_;
};

// ALTO 4.4 (Library of Congress): Description (pixel units, the first image, the
// software), then Layout > Page > PrintSpace > TextBlock > TextLine > String and SP.
class AltoWriter : public OcrDocumentWriter {
 public:
  explicit AltoWriter(std::string software) : software_(std::move(software)) {}
  std::string page(const OcrResult& r, const PageSource& src) override {
    std::string o;
    if (!started_) {
      started_ = true;
      o += header(src.image);
    }
    const std::string p = std::to_string(src.number);
    o += "    <Page ID=\"page_" + p + "\" PHYSICAL_IMG_NR=\"" + p + "\" WIDTH=\"" + std::to_string(r.width) +
         "\" HEIGHT=\"" + std::to_string(r.height) + "\">\n";
    o += "      <PrintSpace HPOS=\"0\" VPOS=\"0\" WIDTH=\"" + std::to_string(r.width) + "\" HEIGHT=\"" +
         std::to_string(r.height) + "\">\n";
    int block_no = 0, line_no = 0, word_no = 0;
    for (const LineBlock& b : group_blocks(r.lines)) {
      o += "        <TextBlock ID=\"block_" + p + "_" + std::to_string(++block_no) + "\"" + geometry(clip(b.box, r)) +
           ">\n";
      for (size_t i = b.first; i < b.end; ++i) {
        const OcrLine& l = r.lines[i];
        o += "          <TextLine ID=\"line_" + p + "_" + std::to_string(++line_no) + "\"" + geometry(clip(l.box, r)) +
             ">\n";
        // A TextLine holds at least one String: a line without word boxes is one String.
        std::vector<OcrWord> words = l.words;
        if (words.empty()) words.push_back(OcrWord{l.box, l.text, l.confidence});
        for (size_t k = 0; k < words.size(); ++k) {
          const Box wb = clip(words[k].box, r);
          if (k > 0) {
            const Box prev = clip(words[k - 1].box, r);
            o += "            <SP WIDTH=\"" + std::to_string(std::max(0, wb.x0 - prev.x1)) + "\" HPOS=\"" +
                 std::to_string(prev.x1) + "\" VPOS=\"" + std::to_string(wb.y0) + "\"/>\n";
          }
          o += "            <String ID=\"string_" + p + "_" + std::to_string(++word_no) + "\"" + geometry(wb) +
               " WC=\"" + fmt("%.3f", clamp01(words[k].confidence)) + "\" CONTENT=\"" + xml_escape(words[k].text) +
               "\"/>\n";
        }
        o += "          </TextLine>\n";
      }
      o += "        </TextBlock>\n";
    }
    return o + "      </PrintSpace>\n    </Page>\n";
  }
  std::string end() override { return (started_ ? "" : header("")) + "  </Layout>\n</alto>\n"; }

 private:
  std::string header(const std::string& image) const {
    std::string o =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://www.loc.gov/standards/alto/ns-v4# "
        "http://www.loc.gov/standards/alto/v4/alto-4-4.xsd\" SCHEMAVERSION=\"4.4\">\n"
        "  <Description>\n    <MeasurementUnit>pixel</MeasurementUnit>\n";
    if (!image.empty())
      o += "    <sourceImageInformation>\n      <fileName>" + xml_escape(image) +
           "</fileName>\n    </sourceImageInformation>\n";
    o += "    <Processing ID=\"processing_1\">\n      <processingCategory>contentGeneration</processingCategory>\n"
         "      <processingSoftware>\n        <softwareName>" + xml_escape(software_.substr(0, software_.find(' '))) +
         "</softwareName>\n";
    if (software_.find(' ') != std::string::npos)
      o += "        <softwareVersion>" + xml_escape(software_.substr(software_.find(' ') + 1)) + "</softwareVersion>\n";
    return o + "      </processingSoftware>\n    </Processing>\n  </Description>\n  <Layout>\n";
  }
  static std::string geometry(const Box& b) {
    return " HPOS=\"" + std::to_string(b.x0) + "\" VPOS=\"" + std::to_string(b.y0) + "\" WIDTH=\"" +
           std::to_string(b.width()) + "\" HEIGHT=\"" + std::to_string(b.height()) + "\"";
  }
  std::string software_;
  bool started_ = false;
};

// Tesseract's TSV: level page_num block_num par_num line_num word_num left top width
// height conf text; levels 1 page, 2 block, 3 paragraph, 4 line, 5 word; conf -1 but on
// words (0..100). Numbers restart as Tesseract restarts them: line_num within its
// paragraph, word_num within its line.
class TsvWriter : public OcrDocumentWriter {
 public:
  std::string begin() override {
    return "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";
  }
  std::string page(const OcrResult& r, const PageSource& src) override {
    std::string o = row(1, src.number, 0, 0, 0, 0, Box{0, 0, r.width, r.height}, -1, "");
    int block_no = 0;
    for (const LineBlock& b : group_blocks(r.lines)) {
      ++block_no;
      o += row(2, src.number, block_no, 0, 0, 0, clip(b.box, r), -1, "");
      o += row(3, src.number, block_no, 1, 0, 0, clip(b.box, r), -1, "");
      int line_no = 0;
      for (size_t i = b.first; i < b.end; ++i) {
        const OcrLine& l = r.lines[i];
        o += row(4, src.number, block_no, 1, ++line_no, 0, clip(l.box, r), -1, "");
        int word_no = 0;
        for (const OcrWord& w : l.words)
          o += row(5, src.number, block_no, 1, line_no, ++word_no, clip(w.box, r), 100 * clamp01(w.confidence),
                   tsv_text(w.text));
      }
    }
    return o;
  }

 private:
  static std::string row(int level, int page, int block, int par, int line, int word, const Box& b, double conf,
                         const std::string& text) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t", level, page, block, par, line, word,
                  b.x0, b.y0, b.width(), b.height(), conf < 0 ? "-1" : fmt("%.3f", conf).c_str());
    return buf + text + "\n";
  }
  // A tab or a line break inside the text would shift or split the row.
  static std::string tsv_text(std::string s) {
    for (char& c : s)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
  }
};

}  // namespace

bool parse_format(const std::string& name, OcrFormat* out) {
  for (const FormatName& f : kFormats)
    if (name == f.name || (f.format == OcrFormat::kText && name == "txt")) {
      *out = f.format;
      return true;
    }
  return false;
}

Result<std::vector<OcrFormat>> parse_format_list(const std::string& list) {
  std::vector<OcrFormat> formats;
  size_t start = 0;
  while (true) {
    const size_t comma = list.find(',', start);
    const std::string name = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    OcrFormat f;
    if (!parse_format(name, &f))
      return invalid_argument("format '" + name + "': expected text, json, hocr, alto, tsv or pdf");
    if (std::find(formats.begin(), formats.end(), f) != formats.end())
      return invalid_argument("format '" + name + "' given twice");
    formats.push_back(f);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return formats;
}

const char* format_extension(OcrFormat f) {
  for (const FormatName& n : kFormats)
    if (n.format == f) return n.extension;
  return "";
}

const char* format_name(OcrFormat f) {
  for (const FormatName& n : kFormats)
    if (n.format == f) return n.name;
  return "";
}

std::unique_ptr<OcrDocumentWriter> make_document_writer(OcrFormat f, const std::string& software) {
  switch (f) {
    case OcrFormat::kText: return std::make_unique<TextWriter>();
    case OcrFormat::kJson: return std::make_unique<JsonWriter>();
    case OcrFormat::kHocr: return std::make_unique<HocrWriter>(software);
    case OcrFormat::kAlto: return std::make_unique<AltoWriter>(software);
    case OcrFormat::kTsv: return std::make_unique<TsvWriter>();
    case OcrFormat::kPdf: break;
  }
  return nullptr;
}

std::string xml_escape(const std::string& s) {
  std::string o;
  o.reserve(s.size());
  for (unsigned char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      case '\'': o += "&apos;"; break;
      default:
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') break;  // not allowed in XML 1.0
        o += static_cast<char>(c);
    }
  }
  return o;
}

}  // namespace vachak::ocr
