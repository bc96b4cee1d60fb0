// Script detection for `--lang auto`: a page is read in the script whose recognizer is surest
// of a sample of its lines. A recognizer shown another script's letters still emits its own
// look-alikes, but with low confidence, while the right one reads them surely; the sample
// is the page's widest lines (the most letters), read greedily without a character LM so
// that no LM's bias decides.
#include <algorithm>
#include <numeric>

#include "pipelines/ocr/ocr_pipeline.h"
#include "pipelines/ocr/recognize/line_image.h"

namespace vachak::ocr {

Result<size_t> OcrPipeline::pick_script(const GrayImage& page, const PageLayout& layout, double margin) const {
  if (scripts_.size() == 1 || layout.lines.empty()) return size_t{0};
  std::vector<size_t> order(layout.lines.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return layout.lines[a].box.width() > layout.lines[b].box.width();
  });
  order.resize(std::min(order.size(), kScriptSampleLines));

  LineImageParams lp;
  lp.height = scripts_[0].recognizer->height();
  lp.max_width = scripts_[0].recognizer->max_width();
  for (const ScriptModels& m : scripts_) lp.max_width = std::min(lp.max_width, m.recognizer->max_width());
  std::vector<GrayImage> sample;
  for (size_t i : order) sample.push_back(extract_line_image(page, layout.lines[i].box, layout.shear, lp));

  // line_score's measure summed over the sample: each character adds what its confidence
  // exceeds kSureConfidence by, or takes off what it falls short.
  size_t best = 0;
  double best_score = 0.0;
  for (size_t s = 0; s < scripts_.size(); ++s) {
    double score = 0.0;
    for (const GrayImage& img : sample) {
      auto rec = scripts_[s].recognizer->recognize(img, nullptr, BeamParams{});
      if (!rec.is_ok()) return rec.status();
      for (float c : rec->char_confidence) score += c - kSureConfidence;
    }
    if (s > 0) score -= margin;  // the first script is preferred (OcrOptions::other_script_margin)
    if (s == 0 || score > best_score) best = s, best_score = score;
  }
  return best;
}

}  // namespace vachak::ocr
