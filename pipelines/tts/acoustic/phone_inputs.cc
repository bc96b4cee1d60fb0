#include "pipelines/tts/acoustic/phone_inputs.h"

#include <algorithm>

namespace vachak::tts {
namespace {

constexpr const char* kNasalMark = "\u0303";

}  // namespace

Result<PhoneSet> PhoneSet::create(const std::vector<std::string>& names) {
  PhoneSet s;
  s.names_ = names;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == "#") s.edge_ = static_cast<int>(i);
    if (names[i] == "pau") s.pause_ = static_cast<int>(i);
  }
  if (s.edge_ < 0 || s.pause_ < 0) return corrupt("phone inventory lacks '#' or 'pau'");
  return s;
}

Status PhoneSet::encode(const std::vector<std::string>& phones, std::vector<int>& base,
                        std::vector<bool>& nasal) const {
  base.clear();
  nasal.clear();
  for (const std::string& p : phones) {
    std::string b = p;
    bool n = false;
    for (size_t pos; (pos = b.find(kNasalMark)) != std::string::npos;) {
      b.erase(pos, 2);
      n = true;
    }
    auto it = std::find(names_.begin(), names_.end(), b);
    if (it == names_.end()) return invalid_argument("phone '" + p + "' is not in the voice's inventory");
    base.push_back(static_cast<int>(it - names_.begin()));
    nasal.push_back(n);
  }
  return Status::ok();
}

void PhoneSet::phone_features(const std::vector<int>& base, const std::vector<bool>& nasal,
                              std::vector<float>& out) const {
  const int P = size(), I = phone_inputs(), n = static_cast<int>(base.size());
  out.assign(static_cast<size_t>(n) * I, 0.0f);
  for (int i = 0; i < n; ++i) {
    float* row = &out[static_cast<size_t>(i) * I];
    row[base[i]] = 1;
    row[P + (i > 0 ? base[i - 1] : edge_)] = 1;
    row[2 * P + (i + 1 < n ? base[i + 1] : edge_)] = 1;
    row[3 * P] = nasal[i] ? 1.0f : 0.0f;
    if (base[i] != pause_) {
      int to_pause = 4;
      for (int j = i + 1; j < n; ++j) {
        if (base[j] == pause_) {
          to_pause = j - i;
          break;
        }
      }
      row[3 * P + 1 + std::min(to_pause, 4) - 1] = 1;
    }
  }
}

void PhoneSet::frame_features(const std::vector<int>& base, const std::vector<bool>& nasal,
                              const std::vector<int>& frames, std::vector<float>& out) const {
  const size_t I = static_cast<size_t>(frame_inputs());
  out.clear();
  for_each_frame(base, nasal, frames, [&](const float* row) { out.insert(out.end(), row, row + I); });
}

void PhoneSet::for_each_frame(const std::vector<int>& base, const std::vector<bool>& nasal,
                              const std::vector<int>& frames, const std::function<void(const float*)>& f) const {
  const int P = size(), n = static_cast<int>(base.size());
  std::vector<float> row(static_cast<size_t>(frame_inputs()), 0.0f);
  for (int i = 0; i < n; ++i) {
    const int prev = i > 0 ? base[i - 1] : edge_, next = i + 1 < n ? base[i + 1] : edge_;
    for (int j = 0; j < frames[i]; ++j) {
      std::fill(row.begin(), row.end(), 0.0f);
      row[base[i]] = 1;
      row[P + prev] = 1;
      row[2 * P + next] = 1;
      row[3 * P] = nasal[i] ? 1.0f : 0.0f;
      row[3 * P + 1] = (static_cast<float>(j) + 0.5f) / static_cast<float>(frames[i]);
      row[3 * P + 2] = static_cast<float>(frames[i]) / 20.0f;
      f(row.data());
    }
  }
}

}  // namespace vachak::tts
