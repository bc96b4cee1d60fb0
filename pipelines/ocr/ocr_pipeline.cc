#include "pipelines/ocr/ocr_pipeline.h"

#include <algorithm>
#include <cmath>

#include "lang/unicode/normalize.h"
#include "lang/unicode/utf8.h"
#include "pipelines/ocr/image/decode.h"
#include "pipelines/ocr/layout/binarize.h"
#include "pipelines/ocr/layout/illumination.h"
#include "pipelines/ocr/ordered_parallel.h"
#include "pipelines/ocr/recognize/line_image.h"
#include "pipelines/ocr/recognize/line_pieces.h"
#include "pipelines/ocr/recognize/word_extents.h"

namespace vachak::ocr {

Result<std::unique_ptr<OcrPipeline>> OcrPipeline::load(const std::vector<ScriptModelFiles>& scripts,
                                                       std::shared_ptr<rt::Arena> arena,
                                                       const rt::OpResolver& resolver, int threads) {
  if (threads < 1 || threads > 64) return invalid_argument("threads must be 1..64, got " + std::to_string(threads));
  if (scripts.empty()) return invalid_argument("no OCR model to load");
  std::unique_ptr<OcrPipeline> p(new OcrPipeline());
  if (threads > 1) {
    // ICU builds its NFC data on first use: do it here, not first on two threads at once.
    auto warm = lang::to_nfc("\xE0\xA4\x95");
    if (!warm.is_ok()) return warm.status();
  }
  for (const ScriptModelFiles& files : scripts) {
    ScriptModels m;
    m.script = files.script;
    m.lm_weight = files.lm_weight;
    auto rec = LineRecognizer::load(files.model, arena, resolver);  // the scripts share the first arena
    if (!rec.is_ok()) return rec.status();
    m.recognizer = std::move(rec).value();
    if (!p->scripts_.empty() && (m.recognizer->height() != p->scripts_[0].recognizer->height()))
      return invalid_argument(files.model + ": its input height differs from " + p->scripts_[0].script + "'s model");
    for (int t = 1; t < threads; ++t) {
      auto own = std::make_shared<rt::Arena>();
      auto worker = LineRecognizer::load(files.model, own, resolver);
      if (!worker.is_ok()) return worker.status();
      m.workers.push_back(std::move(worker).value());
      m.worker_arenas.push_back(std::move(own));
    }
    if (!files.lm.empty()) {
      auto lm = lang::CharNgramModel::open(files.lm);
      if (!lm.is_ok()) return lm.status();
      m.lm = std::make_unique<lang::CharNgramModel>(std::move(lm).value());
    }
    p->scripts_.push_back(std::move(m));
  }
  return p;
}

size_t OcrPipeline::extra_arena_bytes() const {
  size_t n = 0;
  for (const ScriptModels& m : scripts_)
    for (const auto& a : m.worker_arenas) n += a->size();
  return n;
}

Result<OcrResult> OcrPipeline::read_file(const std::string& path, const OcrOptions& options,
                                         const LineCallback& on_line) {
  DecodeOptions d;
  d.max_long_side = options.max_long_side;
  auto decoded = decode_image_file(path, d);
  if (!decoded.is_ok()) return decoded.status();
  return read_image(std::move(decoded->image), decoded->source_width, decoded->source_height, options, on_line);
}

namespace {

void reject_unsure_words(OcrLine& line, float min_confidence) {
  if (min_confidence <= 0.0f) return;
  std::string kept;
  for (OcrWord& w : line.words) {
    if (w.confidence < min_confidence) {
      w.text.clear();
      continue;
    }
    if (!kept.empty()) kept += ' ';
    kept += w.text;
  }
  line.text = std::move(kept);
}

}  // namespace

Result<OcrResult> OcrPipeline::read_image(GrayImage page, int source_width, int source_height,
                                          const OcrOptions& options, const LineCallback& on_line) {
  OcrResult result;
  result.width = source_width;
  result.height = source_height;
  if (page.empty()) return invalid_argument("empty image");
  const LayoutMode mode = options.layout;
  // A short, wide image is one line (a snapped word or a cropped line), not a page.
  const bool short_wide = page.height < 160 && page.width > page.height;
  if (mode == LayoutMode::kLine || mode == LayoutMode::kWord || (mode == LayoutMode::kAuto && short_wide)) {
    auto line = read_crop(page, source_width, options, &result.script);
    if (!line.is_ok()) return line.status();
    reject_unsure_words(line.value(), options.min_word_confidence);
    if (on_line && !line->text.empty()) on_line(line.value());
    result.lines.push_back(std::move(line).value());
    return result;
  }
  // A small image may be a page of a few lines or a crop of a sign: read it both ways and
  // keep the reading the recognizer is surer of (lines reach on_line once it is decided).
  const bool maybe_crop = mode == LayoutMode::kAuto && static_cast<uint64_t>(page.width) * page.height <= kCropMaxPixels;
  GrayImage original;
  if (maybe_crop) original = page;
  if (looks_inverted(page)) invert(page);
  VACHAK_RETURN_IF_ERROR(read_page(std::move(page), source_width, mode, options, !maybe_crop, on_line, &result));
  if (!maybe_crop) return result;
  if (result.lines.size() <= kCropMaxLines) {
    std::string crop_script;
    auto crop = read_crop(original, source_width, options, &crop_script);
    if (!crop.is_ok()) return crop.status();
    if (line_score(crop.value()) > reading_score(result.lines)) {
      result.script = crop_script;
      result.lines.clear();
      result.lines.push_back(std::move(crop).value());
    }
  }
  for (OcrLine& l : result.lines) reject_unsure_words(l, options.min_word_confidence);
  if (on_line)
    for (const OcrLine& l : result.lines)
      if (!l.text.empty() && !on_line(l)) break;
  return result;
}

Status OcrPipeline::read_page(GrayImage page, int source_width, LayoutMode mode, const OcrOptions& options,
                              bool final_lines, const LineCallback& on_line, OcrResult* result) const {
  normalize_illumination(page);
  // The ink mask is as large as the page: it is gone before recognition starts.
  const PageLayout layout = analyze_layout(binarize_sauvola(page), mode);
  result->skew_degrees = layout.skew_degrees;
  auto picked = pick_script(page, layout, options.other_script_margin);
  if (!picked.is_ok()) return picked.status();
  const ScriptModels& models = scripts_[picked.value()];
  result->script = models.script;
  const double to_source = static_cast<double>(source_width) / page.width;
  // Lines are recognized on this thread and the extra recognizers' threads, and reach
  // the caller in reading order.
  std::vector<OcrLine> lines(layout.lines.size());
  return run_in_order(
      lines.size(), models.workers.size(),
      [&](size_t worker, size_t i) {
        LineRecognizer& rec = worker == 0 ? *models.recognizer : *models.workers[worker - 1];
        return recognize_line(models, rec, page, layout.lines[i], layout.shear, to_source, options, &lines[i]);
      },
      [&](size_t i) {
        // A line read as nothing (or rejected) stays in the result with its box and
        // confidence; callers that want text skip it.
        if (!final_lines) {
          result->lines.push_back(std::move(lines[i]));
          return true;
        }
        reject_unsure_words(lines[i], options.min_word_confidence);
        if (on_line && !lines[i].text.empty() && !on_line(lines[i])) return false;
        result->lines.push_back(std::move(lines[i]));
        return true;
      });
}

Status OcrPipeline::recognize_line(const ScriptModels& models, LineRecognizer& recognizer, const GrayImage& page,
                                   const TextLine& tl, double shear, double to_source, const OcrOptions& options,
                                   OcrLine* out) const {
  LineImageParams lp;
  lp.height = recognizer.height();
  // Long lines are read in pieces of whole words that fit the recognizer.
  const double scale = lp.height / (tl.box.height() * (1.0 + 2 * lp.margin));
  const auto pieces = line_pieces(tl.words, scale, tl.box.height() * lp.margin * scale, recognizer.max_width());

  std::u32string text;
  float conf_sum = 0.0f;
  size_t conf_n = 0;
  for (const auto& [first, last] : pieces) {
    Box piece = tl.words[first];
    for (size_t w = first; w < last; ++w) piece.include(tl.words[w]);
    piece.y0 = tl.box.y0;
    piece.y1 = tl.box.y1;
    lp.max_width = recognizer.max_width();
    const GrayImage img = extract_line_image(page, piece, shear, lp);
    BeamParams beam = options.beam;
    if (models.lm_weight >= 0) beam.lm_weight = models.lm_weight;
    auto rec = recognizer.recognize(img, options.beam_search ? models.lm.get() : nullptr, beam);
    if (!rec.is_ok()) return rec.status();
    if (!text.empty() && !rec->text.empty()) text.push_back(U' ');
    // Words of this piece: split the recognized text at spaces, place each by the x
    // where its characters were emitted (line-image pixels back to page pixels), then
    // fit it to the ink (word_extents).
    const double img_to_page = static_cast<double>(piece.width() + tl.box.height() * lp.margin) / img.width;
    const double x_origin = piece.x0 - tl.box.height() * lp.margin * 0.5;
    const std::u32string& t = rec->text;
    std::vector<std::pair<size_t, size_t>> spans;  // [first, end) code points of each word
    std::vector<std::pair<double, double>> emitted;
    for (size_t k = 0; k < t.size();) {
      while (k < t.size() && t[k] == U' ') ++k;
      if (k >= t.size()) break;
      size_t e = k;
      while (e < t.size() && t[e] != U' ') ++e;
      spans.emplace_back(k, e);
      emitted.emplace_back(x_origin + rec->char_x[k] * img_to_page, x_origin + rec->char_x[e - 1] * img_to_page);
      k = e;
    }
    const std::vector<Box> ink(tl.words.begin() + static_cast<std::ptrdiff_t>(first),
                               tl.words.begin() + static_cast<std::ptrdiff_t>(last));
    const auto extents = word_extents(emitted, ink, 0.5 * lp.height * img_to_page, piece.x0, piece.x1);
    for (size_t w = 0; w < spans.size(); ++w) {
      const auto [k, e] = spans[w];
      const auto [x0, x1] = extents[w];
      float c = 0.0f;
      for (size_t i = k; i < e; ++i) c += rec->char_confidence[i];
      OcrWord word;
      word.box = Box{static_cast<int>(std::max(0.0, x0 * to_source)), static_cast<int>((tl.box.y0 - x0 * shear) * to_source),
                     static_cast<int>(x1 * to_source), static_cast<int>((tl.box.y1 - x0 * shear) * to_source)};
      auto nfc = lang::to_nfc(lang::utf8_encode(t.substr(k, e - k)));
      if (!nfc.is_ok()) return nfc.status();
      word.text = std::move(nfc).value();
      word.confidence = c / static_cast<float>(e - k);
      out->words.push_back(std::move(word));
    }
    text += rec->text;
    for (float c : rec->char_confidence) conf_sum += c, ++conf_n;
  }
  // Layout works in the deskewed frame; report the box at its left end in page pixels.
  const double y_shift = tl.box.x0 * shear;
  out->box = Box{static_cast<int>(tl.box.x0 * to_source), static_cast<int>((tl.box.y0 - y_shift) * to_source),
                 static_cast<int>(tl.box.x1 * to_source), static_cast<int>((tl.box.y1 - y_shift) * to_source)};
  auto nfc = lang::to_nfc(lang::utf8_encode(text));
  if (!nfc.is_ok()) return nfc.status();
  out->text = std::move(nfc).value();
  out->confidence = conf_n ? conf_sum / static_cast<float>(conf_n) : 1.0f;
  return Status::ok();
}

}  // namespace vachak::ocr
