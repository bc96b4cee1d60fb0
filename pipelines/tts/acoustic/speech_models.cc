#include "pipelines/tts/acoustic/speech_models.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "runtime/core/model_file.h"
#include "runtime/core/quant_math.h"

namespace vachak::tts {
namespace {

constexpr int kOutputs = 31;  // cep0..24, lf0, vuv, ap0..3

template <typename T>
bool parse_list(const std::string* s, std::vector<T>& out) {
  if (s == nullptr) return false;
  std::istringstream in(*s);
  out.clear();
  for (T v; in >> v;) out.push_back(v);
  return in.eof();
}

}  // namespace

Result<std::unique_ptr<SpeechModels>> SpeechModels::load(const std::string& duration_path,
                                                         const std::string& acoustic_path,
                                                         std::shared_ptr<rt::Arena> arena,
                                                         const rt::OpResolver& resolver) {
  std::unique_ptr<SpeechModels> m(new SpeechModels());
  auto dfile = rt::ModelFile::open(duration_path);
  if (!dfile.is_ok()) return dfile.status();
  auto afile = rt::ModelFile::open(acoustic_path);
  if (!afile.is_ok()) return afile.status();
  const schema::Model& dp = dfile.value()->proto();
  const schema::Model& ap = afile.value()->proto();

  std::vector<std::string> names;
  if (!parse_list(afile.value()->metadata("phones"), names)) return corrupt(acoustic_path + ": no 'phones' metadata: not an acoustic model");
  std::vector<std::string> dnames;
  if (!parse_list(dfile.value()->metadata("phones"), dnames) || dnames != names) {
    return corrupt(duration_path + ": its phone inventory differs from " + acoustic_path + "'s");
  }
  auto set = PhoneSet::create(names);
  if (!set.is_ok()) return Status(set.status().code(), acoustic_path + ": " + set.status().message());
  m->phones_ = std::move(set).value();
  std::vector<float> dur_mean, dur_std;
  if (!parse_list(dfile.value()->metadata("dur_mean"), dur_mean) || !parse_list(dfile.value()->metadata("dur_std"), dur_std) ||
      dur_mean.size() != 1 || dur_std.size() != 1) {
    return corrupt(duration_path + ": 'dur_mean'/'dur_std' metadata must hold one number each");
  }
  m->dur_mean_ = dur_mean[0];
  m->dur_std_ = dur_std[0];
  if (!parse_list(afile.value()->metadata("y_mean"), m->y_mean_) || !parse_list(afile.value()->metadata("y_std"), m->y_std_) ||
      m->y_mean_.size() != kOutputs || m->y_std_.size() != kOutputs) {
    return corrupt(acoustic_path + ": 'y_mean'/'y_std' metadata must hold 31 numbers each");
  }
  auto check_io = [](const schema::Model& p, const std::string& path, int inputs, int outputs, int* max_rows) {
    if (p.inputs_size() != 1 || p.outputs_size() != 1) return corrupt(path + ": expected one input and one output");
    const schema::Tensor& in = p.tensors(p.inputs(0));
    const schema::Tensor& out = p.tensors(p.outputs(0));
    // f32, or int8 that the caller quantizes itself (a large input without a float copy)
    if ((in.type() != schema::DT_FLOAT32 && in.type() != schema::DT_INT8) || in.shape_size() != 2 ||
        in.shape(1) != inputs) {
      return corrupt(path + ": input must be f32 or int8 [N, " + std::to_string(inputs) + "]");
    }
    if (out.type() != schema::DT_INT8 || out.shape_size() != 2 || out.shape(1) != outputs) {
      return corrupt(path + ": output must be int8 [N, " + std::to_string(outputs) + "]");
    }
    *max_rows = in.shape(0);
    return Status::ok();
  };
  VACHAK_RETURN_IF_ERROR(check_io(dp, duration_path, m->phones_.phone_inputs(), 1, &m->max_phones_));
  VACHAK_RETURN_IF_ERROR(check_io(ap, acoustic_path, m->phones_.frame_inputs(), kOutputs, &m->max_frames_));

  auto di = rt::Interpreter::create(std::move(dfile).value(), resolver, arena);
  if (!di.is_ok()) return di.status();
  auto ai = rt::Interpreter::create(std::move(afile).value(), resolver, arena);
  if (!ai.is_ok()) return ai.status();
  m->duration_ = std::move(di).value();
  m->acoustic_ = std::move(ai).value();
  return m;
}

Result<std::vector<int>> SpeechModels::durations(const std::vector<int>& base, const std::vector<bool>& nasal,
                                                 float rate) {
  const int n = static_cast<int>(base.size());
  if (n < 1 || n > max_phones_) {
    return invalid_argument("duration model: " + std::to_string(n) + " phones, it takes 1.." + std::to_string(max_phones_));
  }
  if (!(rate >= 0.25f && rate <= 4.0f)) return invalid_argument("speaking rate must be in 0.25..4");
  phones_.phone_features(base, nasal, scratch_);
  VACHAK_RETURN_IF_ERROR(duration_->resize_input(0, rt::Shape{n, phones_.phone_inputs()}));
  std::copy(scratch_.begin(), scratch_.end(), duration_->input(0).as<float>());
  VACHAK_RETURN_IF_ERROR(duration_->invoke());
  const rt::Tensor& out = duration_->output(0);
  const float s = out.quant.s();
  const int32_t z = out.quant.z();
  std::vector<int> frames(n);
  for (int i = 0; i < n; ++i) {
    float log_frames = s * static_cast<float>(out.as<int8_t>()[i] - z) * dur_std_ + dur_mean_;
    frames[i] = std::max(1, static_cast<int>(std::lround(std::exp(log_frames) / rate)));
  }
  return frames;
}

Result<std::vector<FrameParams>> SpeechModels::parameters(const std::vector<int>& base, const std::vector<bool>& nasal,
                                                          const std::vector<int>& frames) {
  long total = 0;
  for (int f : frames) total += f;
  if (total < 1 || total > max_frames_) {
    return invalid_argument("acoustic model: " + std::to_string(total) + " frames, it takes 1.." +
                            std::to_string(max_frames_) + " per call");
  }
  const int T = static_cast<int>(total);
  VACHAK_RETURN_IF_ERROR(acoustic_->resize_input(0, rt::Shape{T, phones_.frame_inputs()}));
  // Rows go straight into the input tensor, quantized when the model takes int8 input.
  rt::Tensor& in = acoustic_->input(0);
  const size_t I = static_cast<size_t>(phones_.frame_inputs());
  const bool quantized = in.type == rt::DType::kInt8;
  const float s_in = quantized ? in.quant.s() : 1.0f;
  const int32_t z_in = quantized ? in.quant.z() : 0;
  int8_t* to_i8 = quantized ? in.as<int8_t>() : nullptr;
  float* to_f32 = quantized ? nullptr : in.as<float>();
  phones_.for_each_frame(base, nasal, frames, [&](const float* row) {
    if (quantized) {
      for (size_t k = 0; k < I; ++k) *to_i8++ = static_cast<int8_t>(rt::quantize_value(row[k], s_in, z_in, -128, 127));
    } else {
      to_f32 = std::copy(row, row + I, to_f32);
    }
  });
  VACHAK_RETURN_IF_ERROR(acoustic_->invoke());
  const rt::Tensor& out = acoustic_->output(0);
  const float s = out.quant.s();
  const int32_t z = out.quant.z();
  const int8_t* q = out.as<int8_t>();
  std::vector<FrameParams> params(T);
  for (int t = 0; t < T; ++t) {
    float y[kOutputs];
    for (int k = 0; k < kOutputs; ++k) y[k] = s * static_cast<float>(q[t * kOutputs + k] - z) * y_std_[k] + y_mean_[k];
    FrameParams& p = params[t];
    p.cep.assign(y, y + 25);
    p.f0 = y[26] > 0.5f ? std::exp(y[25]) : 0.0f;
    for (int b = 0; b < 4; ++b) p.ap[b] = std::min(1.0f, std::max(0.0f, y[27 + b]));
  }
  return params;
}

}  // namespace vachak::tts
