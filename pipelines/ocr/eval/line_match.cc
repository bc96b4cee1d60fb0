#include "pipelines/ocr/eval/line_match.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

namespace vachak::ocr {

double box_iou(const Box& a, const Box& b) {
  const double iw = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
  const double ih = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
  if (iw <= 0 || ih <= 0) return 0.0;
  const double inter = iw * ih;
  const double uni = static_cast<double>(a.width()) * a.height() + static_cast<double>(b.width()) * b.height() - inter;
  return uni > 0 ? inter / uni : 0.0;
}

LineMatchCounts match_lines(const std::vector<Box>& found, const std::vector<Box>& truth, double min_iou) {
  LineMatchCounts c;
  c.found = found.size();
  c.truth = truth.size();
  std::vector<std::tuple<double, size_t, size_t>> pairs;
  for (size_t f = 0; f < found.size(); ++f)
    for (size_t t = 0; t < truth.size(); ++t) {
      const double iou = box_iou(found[f], truth[t]);
      if (iou >= min_iou) pairs.emplace_back(iou, f, t);
    }
  std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  std::vector<bool> f_used(found.size()), t_used(truth.size());
  for (const auto& [iou, f, t] : pairs) {
    if (f_used[f] || t_used[t]) continue;
    f_used[f] = t_used[t] = true;
    ++c.matched;
  }
  return c;
}

Result<std::vector<Box>> read_line_boxes(const std::string& path) {
  std::ifstream in(path);
  if (!in) return not_found(path + ": cannot open");
  std::vector<Box> out;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    const size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    std::istringstream ss(line);
    Box b;
    if (!(ss >> b.x0)) continue;  // blank or comment
    if (!(ss >> b.y0 >> b.x1 >> b.y1) || b.empty())
      return corrupt(path + ":" + std::to_string(n) + ": expected x0 y0 x1 y1 with x0 < x1 and y0 < y1");
    out.push_back(b);
  }
  return out;
}

}  // namespace vachak::ocr
