#include "pipelines/ocr/recognize/line_recognizer.h"

#include <sstream>

namespace vachak::ocr {
Result<std::unique_ptr<LineRecognizer>> LineRecognizer::load(const std::string& model_path,
                                                             std::shared_ptr<rt::Arena> arena,
                                                             const rt::OpResolver& resolver) {
  auto model = rt::ModelFile::open(model_path);
  if (!model.is_ok()) return model.status();
  const schema::Model& proto = model.value()->proto();
  const std::string* charset = model.value()->metadata("charset");
  if (charset == nullptr) return corrupt(model_path + ": no 'charset' metadata: not a line recognizer");
  std::unique_ptr<LineRecognizer> r(new LineRecognizer());
  std::istringstream cs(*charset);
  std::string hex;
  while (cs >> hex) {
    char* end = nullptr;
    const unsigned long cp = std::strtoul(hex.c_str(), &end, 16);
    if (end == hex.c_str() || *end != '\0' || cp > 0x10FFFF) return corrupt(model_path + ": bad charset entry '" + hex + "'");
    r->codepoints_.push_back(static_cast<char32_t>(cp));
  }
  if (proto.inputs_size() != 1 || proto.outputs_size() != 1)
    return corrupt(model_path + ": a line recognizer has one input and one output");
  const schema::Tensor& in = proto.tensors(proto.inputs(0));
  const schema::Tensor& out = proto.tensors(proto.outputs(0));
  if (in.type() != schema::DT_FLOAT32 || in.shape_size() != 4 || in.shape(0) != 1 || in.shape(3) != 1)
    return corrupt(model_path + ": input must be f32 [1, H, W, 1]");
  if (out.type() != schema::DT_INT8 || out.shape_size() != 2 || out.shape(1) != static_cast<int>(r->codepoints_.size()))
    return corrupt(model_path + ": output must be int8 [T, " + std::to_string(r->codepoints_.size()) +
                   "] (one column per charset entry)");
  r->height_ = in.shape(1);
  r->max_width_ = in.shape(2);
  auto interp = rt::Interpreter::create(std::move(model).value(), resolver, std::move(arena));
  if (!interp.is_ok()) return interp.status();
  r->interp_ = std::move(interp).value();
  return r;
}

Result<RecognizedLine> LineRecognizer::recognize(const GrayImage& line, const lang::CharNgramModel* lm,
                                                 const BeamParams& beam) {
  if (line.height != height_ || line.width < 1 || line.width > max_width_)
    return invalid_argument("line image " + std::to_string(line.width) + "x" + std::to_string(line.height) +
                            " does not fit the recognizer's " + std::to_string(height_) + " rows x 1.." +
                            std::to_string(max_width_) + " columns");
  // The CNN pools the width by 4 at most: pad to a multiple of 4 with paper.
  const int width = std::min(max_width_, (line.width + 3) / 4 * 4);
  VACHAK_RETURN_IF_ERROR(interp_->resize_input(0, rt::Shape{1, height_, width, 1}));
  float* in = interp_->input(0).as<float>();
  for (int y = 0; y < height_; ++y)
    for (int x = 0; x < width; ++x) in[y * width + x] = (x < line.width ? line.row(y)[x] : 255) / 255.0f;
  VACHAK_RETURN_IF_ERROR(interp_->invoke());

  const rt::Tensor& out = interp_->output(0);
  const int frames = out.shape[0], classes = out.shape[1];
  logp_.resize(static_cast<size_t>(frames) * classes);
  const float s = out.quant.s();
  const int32_t z = out.quant.z();
  for (size_t i = 0; i < logp_.size(); ++i) logp_[i] = s * static_cast<float>(out.as<int8_t>()[i] - z);

  CtcResult decoded;
  if (lm != nullptr) {
    ClassLanguageModel adapter(lm, codepoints_);
    decoded = ctc_beam_search(logp_.data(), frames, classes, beam, &adapter);
  } else {
    decoded = ctc_greedy(logp_.data(), frames, classes);
  }
  RecognizedLine r;
  const double px_per_frame = static_cast<double>(width) / frames;
  float sum = 0.0f;
  for (size_t k = 0; k < decoded.classes.size(); ++k) {
    r.text.push_back(codepoints_[static_cast<size_t>(decoded.classes[k])]);
    r.char_x.push_back(static_cast<int>((decoded.frames[k] + 0.5) * px_per_frame));
    r.char_confidence.push_back(decoded.confidence[k]);
    sum += decoded.confidence[k];
  }
  r.confidence = decoded.classes.empty() ? 1.0f : sum / static_cast<float>(decoded.classes.size());
  return r;
}

}  // namespace vachak::ocr
