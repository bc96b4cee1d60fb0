// The duration and acoustic models' inputs, built exactly as
// models/train/tts/features.py builds them in training (tests/tts pin the two):
// per phone, one-hot identity of the phone and its neighbours, nasality and the distance
// to the next pause; per frame, the phone's identity, neighbours and nasality, the
// frame's position inside the phone and the phone's length.
#pragma once

#include <string>
#include <functional>
#include <vector>

#include "runtime/core/status.h"

namespace vachak::tts {

class PhoneSet {
 public:
  // names: the inventory in model order ("#" edge and "pau" among them).
  static Result<PhoneSet> create(const std::vector<std::string>& names);

  // Base index and nasality of each phone (IPA, as lang/hin/g2p prints it).
  Status encode(const std::vector<std::string>& phones, std::vector<int>& base, std::vector<bool>& nasal) const;

  int size() const { return static_cast<int>(names_.size()); }
  int phone_inputs() const { return 3 * size() + 5; }
  int frame_inputs() const { return 3 * size() + 3; }

  // [N, phone_inputs()] row-major.
  void phone_features(const std::vector<int>& base, const std::vector<bool>& nasal, std::vector<float>& out) const;
  // [sum(frames), frame_inputs()] row-major.
  void frame_features(const std::vector<int>& base, const std::vector<bool>& nasal, const std::vector<int>& frames,
                      std::vector<float>& out) const;
  // The same rows one at a time, in order (f sees frame_inputs() floats), so a caller can
  // quantize them straight into a model's int8 input without a float copy of the whole.
  void for_each_frame(const std::vector<int>& base, const std::vector<bool>& nasal, const std::vector<int>& frames,
                      const std::function<void(const float*)>& f) const;

  int pause() const { return pause_; }

 private:
  std::vector<std::string> names_;
  int edge_ = -1, pause_ = -1;
};

}  // namespace vachak::tts
