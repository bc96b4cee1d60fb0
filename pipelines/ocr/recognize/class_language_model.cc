#include "pipelines/ocr/recognize/class_language_model.h"

#include <algorithm>

namespace vachak::ocr {

float ClassLanguageModel::score(const std::vector<int>& prefix, int next) const {
  char32_t hist[16];
  const size_t want = static_cast<size_t>(lm_->order() - 1);
  size_t n = 0;
  // The most recent order-1 code points, with the line start when the prefix is short.
  const size_t take = std::min(prefix.size(), want);
  if (take < want) hist[n++] = lang::CharNgramModel::kLineStart;
  for (size_t i = prefix.size() - take; i < prefix.size(); ++i) hist[n++] = cps_[static_cast<size_t>(prefix[i])];
  const size_t start = n > want ? n - want : 0;
  return lm_->score(hist + start, n - start, cps_[static_cast<size_t>(next)]);
}

}  // namespace vachak::ocr
