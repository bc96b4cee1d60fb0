// The voice's two int8 models on the runtime: durations per phone (hin-duration.vmdl) and
// vocoder parameters per frame (hin-acoustic.vmdl), with the phone inventory and the
// output standardization read from the models' metadata.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pipelines/tts/acoustic/phone_inputs.h"
#include "runtime/core/interpreter.h"

namespace vachak::tts {

struct FrameParams {
  float f0 = 0;                 // Hz, 0 unvoiced
  std::vector<float> cep;       // order + 1
  float ap[4] = {1, 1, 1, 1};
};

class SpeechModels {
 public:
  static Result<std::unique_ptr<SpeechModels>> load(const std::string& duration_path, const std::string& acoustic_path,
                                                    std::shared_ptr<rt::Arena> arena, const rt::OpResolver& resolver);

  const PhoneSet& phones() const { return phones_; }
  int max_phones() const { return max_phones_; }
  int max_frames() const { return max_frames_; }

  // Frames per phone (>= 1), durations divided by rate (1 = the voice's own pace).
  Result<std::vector<int>> durations(const std::vector<int>& base, const std::vector<bool>& nasal, float rate);
  // Vocoder parameters for every frame of the phones.
  Result<std::vector<FrameParams>> parameters(const std::vector<int>& base, const std::vector<bool>& nasal,
                                              const std::vector<int>& frames);

 private:
  SpeechModels() = default;
  std::unique_ptr<rt::Interpreter> duration_, acoustic_;
  PhoneSet phones_;
  float dur_mean_ = 0, dur_std_ = 1;
  std::vector<float> y_mean_, y_std_;
  int max_phones_ = 0, max_frames_ = 0, order_ = 24;
  std::vector<float> scratch_;
};

}  // namespace vachak::tts
