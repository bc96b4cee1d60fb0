// Reading a crop: a word or a line that a user snapped or cut out of a photo, often a sign
// -- coloured paint, light letters on a dark board, a busy photograph behind, text that
// fills the frame at a size no page has. Page layout is the wrong tool there (it splits
// one big word into "lines" of its matras and reads the background), and one polarity
// guess decides everything. So a crop is read several ways -- both polarities, all its
// ink or only the band of rows where most of the ink is -- and the reading the recognizer
// is most confident of wins.
#include <algorithm>
#include <cmath>

#include "pipelines/ocr/image/row_downscaler.h"
#include "pipelines/ocr/layout/binarize.h"
#include "pipelines/ocr/layout/illumination.h"
#include "pipelines/ocr/layout/page_layout.h"
#include "pipelines/ocr/ocr_pipeline.h"

namespace vachak::ocr {
namespace {

// The rows holding most of the ink: the contiguous stretch around the densest row where
// the smoothed row profile stays above a quarter of its peak, with a margin.
Box ink_band(const InkMask& mask, const Box& within) {
  const int h = within.height();
  std::vector<double> profile(static_cast<size_t>(h), 0.0);
  for (int y = within.y0; y < within.y1; ++y)
    mask.for_each_run(y, [&](int x0, int x1) {
      x0 = std::max(x0, within.x0);
      x1 = std::min(x1, within.x1);
      if (x1 > x0) profile[static_cast<size_t>(y - within.y0)] += x1 - x0;
    });
  const int r = std::max(1, h / 24);
  std::vector<double> s(profile.size(), 0.0);
  for (int y = 0; y < h; ++y) {
    for (int d = -r; d <= r; ++d)
      if (y + d >= 0 && y + d < h) s[static_cast<size_t>(y)] += profile[static_cast<size_t>(y + d)];
  }
  const int peak = static_cast<int>(std::max_element(s.begin(), s.end()) - s.begin());
  const double floor = 0.25 * s[static_cast<size_t>(peak)];
  int a = peak, b = peak + 1;
  while (a > 0 && s[static_cast<size_t>(a - 1)] >= floor) --a;
  while (b < h && s[static_cast<size_t>(b)] >= floor) ++b;
  const int margin = (b - a) / 8;
  Box band = within;
  band.y0 = within.y0 + std::max(0, a - margin);
  band.y1 = within.y0 + std::min(h, b + margin);
  return band;
}

}  // namespace

double OcrPipeline::line_score(const OcrLine& l) {
  const double n = static_cast<double>(l.text.size()) / 3.0;  // UTF-8 bytes: Devanagari is 3 per code point
  return n * (l.confidence - kSureConfidence);
}

double OcrPipeline::reading_score(const std::vector<OcrLine>& lines) {
  double score = 0.0;
  for (const OcrLine& l : lines) score += line_score(l);
  return score;
}

Result<OcrLine> OcrPipeline::read_crop(const GrayImage& gray, int source_width, const OcrOptions& options,
                                       std::string* script) const {
  // A crop whose text fills a frame hundreds of pixels high is brought down to a line's
  // size first: the recognizer reads 32 rows, and illumination normalization assumes
  // strokes thinner than a page's.
  GrayImage downscaled;
  const int factor = std::max(1, (gray.height + kCropWorkingHeight - 1) / kCropWorkingHeight);
  if (factor > 1) {
    RowDownscaler scaler(gray.width, gray.height, factor);
    for (int y = 0; y < gray.height; ++y) scaler.push_row(gray.row(y));
    downscaled = scaler.take();
  }
  const GrayImage& small = factor > 1 ? downscaled : gray;
  const double to_source = static_cast<double>(source_width) / small.width;
  OcrLine best;
  double best_score = -1.0;
  *script = scripts_[0].script;
  for (int polarity = 0; polarity < 2; ++polarity) {
    GrayImage g = small;
    if (polarity == 1) invert(g);
    normalize_illumination(g, std::max(8, g.height / 3));
    const InkMask mask = binarize_sauvola(g);
    // The ink's bounds (what line layout finds: specks and page furniture left out), and
    // the band of rows where most of that ink is (a sign's lettering inside clutter).
    const PageLayout layout = analyze_layout(mask, LayoutMode::kLine);
    if (layout.lines.empty()) continue;
    const Box bounds = layout.lines[0].box;
    // The band only where it is much narrower than the ink's bounds (lettering inside
    // clutter); on a clean line it would shave off the matras above and below.
    const Box band = ink_band(mask, bounds);
    std::vector<Box> boxes = {bounds};
    if (5 * band.height() < 3 * bounds.height()) boxes.push_back(band);
    for (const Box& box : boxes) {
      if (box.height() < 4) continue;
      TextLine tl;
      tl.box = box;
      tl.words.push_back(box);
      for (const ScriptModels& m : scripts_) {
        OcrLine line;
        VACHAK_RETURN_IF_ERROR(recognize_line(m, *m.recognizer, g, tl, 0.0, to_source, options, &line));
        // Scripts after the first need OcrOptions::other_script_margin more.
        const double score = line_score(line) - (&m == &scripts_[0] ? 0.0 : options.other_script_margin);
        if (score > best_score) best_score = score, best = std::move(line), *script = m.script;
      }
    }
  }
  return best;
}

}  // namespace vachak::ocr
