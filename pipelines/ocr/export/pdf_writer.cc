#include "pipelines/ocr/export/pdf_writer.h"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>

#include "lang/unicode/utf8.h"
#include "pipelines/ocr/image/decode.h"

namespace vachak::ocr {

namespace {

constexpr double kPointsPerPixel = 72.0 / PdfDocumentWriter::kAssumedDpi;
// glyphless.ttf (make_glyphless_font.py): every glyph is kGlyphAdvance / 1000 em wide, and
// the font descends kDescent em below the baseline.
constexpr int kGlyphAdvance = 500;
constexpr double kDescent = 0.2;
// The objects begin() writes, in this order; the page tree (2) is written by end().
constexpr int kCatalog = 1, kPageTree = 2, kFont = 3, kCidFont = 4, kToUnicode = 5, kDescriptor = 6,
              kCidToGid = 7, kFontFile = 8, kInfo = 9, kFirstFree = 10;

// Locale-independent decimal with up to 3 places ("12.5", "-0.25", "300").
std::string num(double v) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 3);
  std::string s(buf, r.ptr);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

// A PDF literal string: ( ) and \ escaped, bytes outside printable ASCII as octal.
std::string literal(const std::string& s) {
  std::string out = "(";
  for (unsigned char c : s) {
    if (c == '(' || c == ')' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c > 0x7E) {
      char esc[8];
      std::snprintf(esc, sizeof esc, "\\%03o", c);
      out += esc;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + ")";
}

Result<std::string> deflate(const uint8_t* data, size_t size) {
  uLongf bound = compressBound(static_cast<uLong>(size));
  if (size > 0xFFFFFFFFu) return invalid_argument("PDF: a stream too large to compress");
  std::string out(bound, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &bound, data, static_cast<uLong>(size), 6) != Z_OK)
    return internal_error("PDF: zlib failed");
  out.resize(bound);
  return out;
}

Result<std::vector<uint8_t>> read_file(const std::string& path, uint64_t max_bytes) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return not_found(path + ": cannot open");
  f.seekg(0, std::ios::end);
  const std::streamoff size = f.tellg();
  if (size < 0 || static_cast<uint64_t>(size) > max_bytes) return invalid_argument(path + ": too large to embed");
  f.seekg(0);
  std::vector<uint8_t> bytes(static_cast<size_t>(size));
  if (size > 0 && !f.read(reinterpret_cast<char*>(bytes.data()), size)) return io_error(path + ": read failed");
  return bytes;
}

struct JpegFrame {
  int width = 0, height = 0, components = 0;
};

// The frame header (SOFn) of a JPEG, found by walking its markers; false when the file
// does not reach one before its scan data.
bool read_jpeg_frame(const std::vector<uint8_t>& d, JpegFrame* f) {
  size_t i = 2;  // after SOI
  while (i < d.size()) {
    if (d[i] != 0xFF) return false;
    while (i < d.size() && d[i] == 0xFF) ++i;  // fill bytes
    if (i >= d.size()) return false;
    const uint8_t marker = d[i++];
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) continue;  // no length
    if (marker == 0xD9 || marker == 0xDA) return false;                 // EOI, SOS
    if (d.size() - i < 2) return false;
    const size_t len = size_t{d[i]} << 8 | d[i + 1];
    if (len < 2 || d.size() - i < len) return false;
    const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (sof) {
      if (len < 8) return false;
      f->height = d[i + 3] << 8 | d[i + 4];
      f->width = d[i + 5] << 8 | d[i + 6];
      f->components = d[i + 7];
      return f->width > 0 && f->height > 0;
    }
    i += len;
  }
  return false;
}

// The text of one line: its words parted by spaces, and the span they cover.
struct LineRun {
  std::u32string text;
  int x0 = 0, x1 = 0;
};

LineRun line_run(const OcrLine& l) {
  LineRun run{{}, l.box.x0, l.box.x1};
  std::string text;
  for (const OcrWord& w : l.words) {
    if (w.text.empty()) continue;
    if (text.empty()) run.x0 = w.box.x0;
    text += (text.empty() ? "" : " ") + w.text;
    run.x1 = w.box.x1;
  }
  if (l.words.empty()) text = l.text;
  auto cps = lang::utf8_decode(text);
  if (cps.is_ok()) run.text = std::move(cps).value();
  return run;
}

// The line's characters as Identity-H codes: UTF-16 code units, in hex.
std::string utf16_hex(const std::u32string& text, size_t* units) {
  std::string hex;
  *units = 0;
  auto unit = [&](uint32_t u) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", u);
    hex += buf;
    ++*units;
  };
  for (char32_t c : text) {
    if (c < 0x10000) {
      unit(c);
    } else {
      unit(0xD800 + ((c - 0x10000) >> 10));
      unit(0xDC00 + ((c - 0x10000) & 0x3FF));
    }
  }
  return hex;
}

}  // namespace

PdfDocumentWriter::PdfDocumentWriter(std::vector<uint8_t> font, std::string software)
    : font_(std::move(font)), software_(std::move(software)), offsets_(kFirstFree, 0) {}

Result<std::unique_ptr<PdfDocumentWriter>> PdfDocumentWriter::create(const std::string& font_path,
                                                                     const std::string& software) {
  auto font = read_file(font_path, kMaxFontBytes);
  if (!font.is_ok()) return not_found(font_path + ": the PDF text-layer font is missing or unreadable");
  return std::unique_ptr<PdfDocumentWriter>(new PdfDocumentWriter(std::move(font).value(), software));
}

int PdfDocumentWriter::new_object() {
  offsets_.push_back(0);
  return static_cast<int>(offsets_.size() - 1);
}

void PdfDocumentWriter::object(std::string& out, int number, const std::string& body) {
  offsets_[static_cast<size_t>(number)] = offset_ + out.size();
  out += std::to_string(number) + " 0 obj\n" + body + "\nendobj\n";
}

void PdfDocumentWriter::stream(std::string& out, int number, const std::string& dict, const std::string& data) {
  object(out, number,
         "<< " + dict + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream");
}

std::string PdfDocumentWriter::hand_out(std::string& out) {
  offset_ += out.size();
  return std::move(out);
}

std::string PdfDocumentWriter::begin() {
  // The binary comment tells transfer tools the file is binary.
  std::string out = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
  object(out, kCatalog, "<< /Type /Catalog /Pages 2 0 R >>");
  object(out, kFont,
         "<< /Type /Font /Subtype /Type0 /BaseFont /VachakGlyphless /Encoding /Identity-H"
         " /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>");
  object(out, kCidFont,
         "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /VachakGlyphless"
         " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
         " /FontDescriptor 6 0 R /DW " + std::to_string(kGlyphAdvance) + " /CIDToGIDMap 7 0 R >>");
  // Every code maps back to itself. A bfrange may only vary in its last byte, hence one
  // range per high byte (surrogate halves map as a pair through the two-unit codes).
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Vachak-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  for (int block = 0; block < 256; block += 64) {
    cmap += "64 beginbfrange\n";
    for (int hi = block; hi < block + 64; ++hi) {
      char line[40];
      std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi);
      cmap += line;
    }
    cmap += "endbfrange\n";
  }
  cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend";
  stream(out, kToUnicode, "", cmap);
  object(out, kDescriptor,
         "<< /Type /FontDescriptor /FontName /VachakGlyphless /Flags 4 /FontBBox [0 -200 500 800]"
         " /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 800 /StemV 80 /FontFile2 8 0 R >>");
  // Every CID (a UTF-16 code unit) is glyph 1, the empty one: two bytes per CID.
  std::vector<uint8_t> gids(size_t{2} << 16);
  for (size_t i = 1; i < gids.size(); i += 2) gids[i] = 1;
  auto map = deflate(gids.data(), gids.size());
  auto font = deflate(font_.data(), font_.size());
  // deflate fails only on inputs of gigabytes; these are 128 KB and ≤ 1 MB.
  stream(out, kCidToGid, "/Filter /FlateDecode", map.is_ok() ? map.value() : std::string());
  stream(out, kFontFile, "/Filter /FlateDecode /Length1 " + std::to_string(font_.size()),
         font.is_ok() ? font.value() : std::string());
  object(out, kInfo, "<< /Producer " + literal(software_) + " /Creator " + literal(software_) + " >>");
  return hand_out(out);
}

Result<std::string> PdfDocumentWriter::page(const OcrResult& r, const PageSource& source) {
  if (r.width <= 0 || r.height <= 0) return invalid_argument(source.image + ": empty page");
  auto bytes = read_file(source.image, kMaxJpegBytes);
  if (!bytes.is_ok()) return bytes.status();

  // The image: a JPEG as it is when its frame has the page's proportions (it was not
  // turned or cut while decoding) and gray or RGB; anything else decoded to gray.
  std::string image_dict, image_data;
  int image_w = 0, image_h = 0;
  JpegFrame frame;
  const bool small = r.width <= kMaxImageSide && r.height <= kMaxImageSide;
  if (small && sniff_format(bytes->data(), bytes->size()) == ImageFormat::kJpeg &&
      read_jpeg_frame(bytes.value(), &frame) && (frame.components == 1 || frame.components == 3) &&
      int64_t{frame.width} * r.height == int64_t{frame.height} * r.width) {
    image_w = frame.width;
    image_h = frame.height;
    image_dict = std::string("/ColorSpace ") + (frame.components == 1 ? "/DeviceGray" : "/DeviceRGB") +
                 " /BitsPerComponent 8 /Filter /DCTDecode";
    image_data.assign(reinterpret_cast<const char*>(bytes->data()), bytes->size());
  } else {
    DecodeOptions d;
    d.max_long_side = kMaxImageSide;
    auto decoded = decode_image(source.image, bytes->data(), bytes->size(), d);
    if (!decoded.is_ok()) return decoded.status();
    const GrayImage& g = decoded->image;
    auto packed = deflate(g.pixels.data(), g.pixels.size());
    if (!packed.is_ok()) return packed.status();
    image_w = g.width;
    image_h = g.height;
    image_dict = "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode";
    image_data = std::move(packed).value();
  }
  bytes = std::vector<uint8_t>();

  const double w = r.width * kPointsPerPixel, h = r.height * kPointsPerPixel;
  std::string content = "q " + num(w) + " 0 0 " + num(h) + " 0 0 cm /Im0 Do Q\nBT 3 Tr\n";
  for (const OcrLine& l : r.lines) {
    // A line is one run of glyphs, its words parted by spaces, stretched from its first
    // word to its last: drawn word by word, extraction (pdftotext) would break words at
    // vowel signs and split lines. So a word found by search is highlighted near, not
    // exactly on, its box.
    const LineRun run = line_run(l);
    const int y0 = l.box.y0, y1 = l.box.y1;
    size_t units = 0;
    const std::string hex = utf16_hex(run.text, &units);
    if (units == 0 || run.x1 <= run.x0 || y1 <= y0) continue;
    const double size = std::max(1.0, (y1 - y0) * kPointsPerPixel);
    const double natural = static_cast<double>(units) * kGlyphAdvance / 1000.0 * size;
    const double stretch = std::clamp(100.0 * (run.x1 - run.x0) * kPointsPerPixel / natural, 1.0, 10000.0);
    content += "/F1 " + num(size) + " Tf " + num(stretch) + " Tz 1 0 0 1 " + num(run.x0 * kPointsPerPixel) + " " +
               num((r.height - y1) * kPointsPerPixel + kDescent * size) + " Tm <" + hex + "> Tj\n";
  }
  content += "ET";
  auto packed_content = deflate(reinterpret_cast<const uint8_t*>(content.data()), content.size());
  if (!packed_content.is_ok()) return packed_content.status();

  std::string out;
  if (offset_ + image_data.size() + content.size() > kMaxPdfBytes)
    return invalid_argument(source.image + ": the PDF would pass " + std::to_string(kMaxPdfBytes >> 30) + " GiB");
  const int page = new_object(), contents = new_object(), image = new_object();
  object(out, page,
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(w) + " " + num(h) + "] /Resources << /Font << /F1 " +
             std::to_string(kFont) + " 0 R >> /XObject << /Im0 " + std::to_string(image) +
             " 0 R >> >> /Contents " + std::to_string(contents) + " 0 R >>");
  stream(out, contents, "/Filter /FlateDecode", packed_content.value());
  stream(out, image,
         "/Type /XObject /Subtype /Image /Width " + std::to_string(image_w) + " /Height " + std::to_string(image_h) +
             " " + image_dict,
         image_data);
  pages_.push_back(page);
  return hand_out(out);
}

std::string PdfDocumentWriter::end() {
  std::string out;
  std::string kids;
  for (int p : pages_) kids += (kids.empty() ? "" : " ") + std::to_string(p) + " 0 R";
  object(out, kPageTree, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages_.size()) + " >>");
  const uint64_t xref = offset_ + out.size();
  out += "xref\n0 " + std::to_string(offsets_.size()) + "\n0000000000 65535 f \n";
  for (size_t i = 1; i < offsets_.size(); ++i) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010llu 00000 n \n", static_cast<unsigned long long>(offsets_[i]));
    out += entry;
  }
  out += "trailer\n<< /Size " + std::to_string(offsets_.size()) + " /Root 1 0 R /Info 9 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return hand_out(out);
}

}  // namespace vachak::ocr
