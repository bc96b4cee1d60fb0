// Runs the line recognizer model on one normalized line image (height 32) and decodes
// its per-frame log-probabilities with CTC: greedy, or beam search with the character
// LM when one is given. The charset and input convention come from the model's metadata.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pipelines/ocr/image/gray_image.h"
#include "pipelines/ocr/recognize/class_language_model.h"
#include "runtime/core/interpreter.h"

namespace vachak::ocr {

struct RecognizedLine {
  std::u32string text;              // code points as emitted (not yet NFC)
  std::vector<int> char_x;          // per code point: x in the line image where it was emitted
  std::vector<float> char_confidence;
  float confidence = 0.0f;          // mean of char_confidence (1 for an empty line)
};

class LineRecognizer {
 public:
  static Result<std::unique_ptr<LineRecognizer>> load(const std::string& model_path, std::shared_ptr<rt::Arena> arena,
                                                      const rt::OpResolver& resolver);

  int height() const { return height_; }
  int max_width() const { return max_width_; }
  // A line image of height() rows, width in 1..max_width().
  Result<RecognizedLine> recognize(const GrayImage& line, const lang::CharNgramModel* lm, const BeamParams& beam);

 private:
  std::unique_ptr<rt::Interpreter> interp_;
  std::vector<char32_t> codepoints_;  // class id -> code point (0: blank)
  int height_ = 32, max_width_ = 0;
  std::vector<float> logp_;  // dequantized output, reused
};

}  // namespace vachak::ocr
