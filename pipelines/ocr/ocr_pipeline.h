// The OCR pipeline: decode (downscaled while decoding) -> illumination normalization ->
// Sauvola binarization -> skew and layout (lines in reading order, words) -> per-line
// image extraction -> recognizer -> CTC decoding -> NFC text with boxes and confidences.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "pipelines/ocr/layout/page_layout.h"
#include "pipelines/ocr/recognize/line_recognizer.h"

namespace vachak::ocr {

struct OcrOptions {
  LayoutMode layout = LayoutMode::kAuto;
  bool beam_search = true;  // with the character LM when one is loaded
  BeamParams beam;
  // Pages are decoded so the longer side is at most this: ~150 dpi for A4, where a
  // 10-12 pt Devanagari line is 30-40 px high, enough for a 32-px recognizer.
  int max_long_side = 1800;
  // A word the recognizer is less sure of than this (mean character confidence) is not
  // invented into the text: it comes out empty, with its box and confidence in JSON.
  // 0 keeps every word. 0.35 was chosen on development sign crops and pages
  // (make_real_eval.py, seeds of their own).
  float min_word_confidence = 0.35f;
  // With several scripts (--lang auto), a script after the first (the registry's first,
  // Devanagari) is chosen for a crop or a page only when its reading scores this much more
  // than the first's (line_score units: about a character read surely). 0.5 was chosen on
  // development sets (make_eval_set.py / make_real_eval.py seeds of their own): Hindi clean
  // lines 5.17% CER named, 6.39% auto without a margin, 5.46% with it; Hindi sign crops
  // 55.30, 57.09, 55.30; Bengali lines 9.88, 10.03, 10.61; Bengali sign crops 44.37, 45.07,
  // 51.76 (a margin of 1 cost Bengali crops 16 points).
  double other_script_margin = 0.5;
};

struct OcrWord {
  Box box;  // page pixels (of the source image)
  std::string text;
  float confidence = 0.0f;
};

struct OcrLine {
  Box box;  // page pixels (of the source image)
  std::string text;  // UTF-8, NFC
  float confidence = 0.0f;
  std::vector<OcrWord> words;
};

struct OcrResult {
  int width = 0, height = 0;  // the source image
  double skew_degrees = 0.0;
  std::string script;  // the script it was read as (ScriptModelFiles::script; detected with several)
  std::vector<OcrLine> lines;
};

// One script's recognizer and character LM (lm may be empty: greedy decoding only).
struct ScriptModelFiles {
  std::string script;  // "deva"
  std::string model, lm;
  float lm_weight = -1.0f;  // the beam's LM weight for this script; < 0: OcrOptions::beam's
};

// Which model and character LM read a language: lang/registry.h (ocr_choices).
class OcrPipeline {
 public:
  // threads > 1 adds threads - 1 recognizers per script, each with its own arena (`arena`
  // serves the first), that read a page's lines in parallel; lines still reach the caller
  // in reading order, on the calling thread.
  //
  // With several scripts (`--lang auto`), each page is read in the script whose recognizer
  // is surest of a sample of its lines (script_sample.cc); every script's model is mapped.
  static Result<std::unique_ptr<OcrPipeline>> load(const std::vector<ScriptModelFiles>& scripts,
                                                   std::shared_ptr<rt::Arena> arena, const rt::OpResolver& resolver,
                                                   int threads = 1);
  static Result<std::unique_ptr<OcrPipeline>> load(const std::string& model_path, const std::string& lm_path,
                                                   std::shared_ptr<rt::Arena> arena, const rt::OpResolver& resolver,
                                                   int threads = 1) {
    return load({ScriptModelFiles{"", model_path, lm_path}}, std::move(arena), resolver, threads);
  }

  // Arena bytes of the extra recognizers (0 with one thread).
  size_t extra_arena_bytes() const;

  // on_line, when given, sees each line as soon as it is recognized (reading order), so a
  // caller can speak the first line while the rest are still being read; returning false
  // stops the page there.
  using LineCallback = std::function<bool(const OcrLine&)>;
  Result<OcrResult> read_file(const std::string& path, const OcrOptions& options, const LineCallback& on_line = {});
  Result<OcrResult> read_image(GrayImage page, int source_width, int source_height, const OcrOptions& options,
                               const LineCallback& on_line = {});

 private:
  // crop_reader.cc: a snapped word or line, read both polarities, whole or its ink band;
  // the most confident reading.
  static constexpr int kCropWorkingHeight = 96;
  // An image this small (working pixels) whose page layout finds at most this many lines
  // is also read as a crop.
  static constexpr uint64_t kCropMaxPixels = 1200 * 1000;
  static constexpr size_t kCropMaxLines = 8;
  // How sure the recognizer is of some lines: each character adds its confidence above
  // kSureConfidence and takes off what it falls short of it, so a long confident reading
  // beats both a few confident stray marks and a long unsure invention.
  static constexpr double kSureConfidence = 0.5;
  static double line_score(const OcrLine& line);
  static double reading_score(const std::vector<OcrLine>& lines);

  // One script's models.
  struct ScriptModels {
    std::string script;
    std::unique_ptr<LineRecognizer> recognizer;
    std::vector<std::unique_ptr<LineRecognizer>> workers;  // threads - 1 more
    std::vector<std::shared_ptr<rt::Arena>> worker_arenas;
    std::unique_ptr<lang::CharNgramModel> lm;
    float lm_weight = -1.0f;  // ScriptModelFiles::lm_weight
  };

  // A crop is read by every script, in both polarities; the surest reading wins (its script
  // in *script).
  Result<OcrLine> read_crop(const GrayImage& gray, int source_width, const OcrOptions& options,
                            std::string* script) const;
  // Normalization, layout and recognition of a page already in dark-on-light polarity;
  // lines are appended to result->lines. With `final_lines` unsure words are rejected and
  // on_line sees each line at once; without, the caller decides and rejects afterwards.
  [[nodiscard]] Status read_page(GrayImage page, int source_width, LayoutMode mode, const OcrOptions& options,
                                 bool final_lines, const LineCallback& on_line, OcrResult* result) const;
  Status recognize_line(const ScriptModels& models, LineRecognizer& recognizer, const GrayImage& page,
                        const TextLine& tl, double shear, double to_source, const OcrOptions& options,
                        OcrLine* out) const;

  // script_sample.cc: with several scripts, the one whose recognizer (greedy, no LM) is
  // surest of up to kScriptSampleLines of the page's widest lines.
  static constexpr size_t kScriptSampleLines = 4;
  Result<size_t> pick_script(const GrayImage& page, const PageLayout& layout, double margin) const;

  std::vector<ScriptModels> scripts_;  // at least one
};

}  // namespace vachak::ocr
