// `vachak ocr` (image in, UTF-8 text out) and `vachak eval ocr` (CER/WER over a folder of
// NAME.png|jpg + NAME.gt.txt pairs, the tesstrain convention).
#include <dirent.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

#include "apps/commands.h"
#include "apps/ocr_batch.h"
#include "apps/ocr_output.h"
#include "apps/overlay.h"
#include "pipelines/ocr/image/decode.h"
#include "lang/registry.h"
#include "lang/unicode/normalize.h"
#include "lang/unicode/utf8.h"
#include "pipelines/ocr/eval/error_rates.h"
#include "pipelines/ocr/eval/line_match.h"
#include "pipelines/ocr/ocr_pipeline.h"
#include "runtime/core/op_resolver.h"

namespace vachak::app {
namespace {

struct OcrArgs {
  std::string lang = lang::kDefaultOcrCode, model, lm;
  std::vector<ocr::ScriptModelFiles> scripts;  // what --lang (or --model, --lm) loads
  std::vector<ocr::OcrFormat> formats{ocr::OcrFormat::kText};
  std::string output_base;  // ocr -o: one document per format, BASE.EXT
  std::string out_dir;      // ocr --out: one result per page, DIR/NAME.EXT
  std::string manifest;     // ocr --manifest: the images, one path per line ("-": stdin)
  ocr::OcrOptions options;
  float lm_weight = -1.0f;  // --lm-weight: every script's LM weight (< 0: each script's own)
  std::vector<std::string> inputs;
  double max_cer = -1.0;
  double min_line_recall = -1.0, min_line_precision = -1.0;  // eval, percent
  int threads = 1;
  std::string hypotheses;  // eval: score NAME<suffix> files instead of running OCR
  std::string overlay;     // ocr: draw what was found over the image into this PNG
};

// Parses the options shared by `ocr` and `eval ocr`; returns false after printing usage.
bool parse(const Args& args, OcrArgs* a, const char* usage) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& s = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) return false;
      *out = args[++i];
      return true;
    };
    std::string v;
    if (s == "--lang" && value(&a->lang)) {
      // checked below, once the model folder is known
    } else if (s == "--layout" && value(&v)) {
      if (v == "auto") a->options.layout = ocr::LayoutMode::kAuto;
      else if (v == "page") a->options.layout = ocr::LayoutMode::kPage;
      else if (v == "line") a->options.layout = ocr::LayoutMode::kLine;
      else if (v == "word") a->options.layout = ocr::LayoutMode::kWord;
      else {
        std::fprintf(stderr, "vachak: --layout %s: expected auto, page, line or word\n", v.c_str());
        return false;
      }
    } else if (s == "--format" && value(&v)) {
      auto formats = ocr::parse_format_list(v);
      if (!formats.is_ok()) {
        std::fprintf(stderr, "vachak: --format %s\n", formats.status().message().c_str());
        return false;
      }
      a->formats = std::move(formats).value();
    } else if ((s == "-o" || s == "--output") && value(&a->output_base)) {
    } else if (s == "--out" && value(&a->out_dir)) {
    } else if (s == "--manifest" && value(&a->manifest)) {
    } else if (s == "--model" && value(&a->model)) {
    } else if (s == "--lm" && value(&a->lm)) {
    } else if (s == "--hypotheses" && value(&a->hypotheses)) {
    } else if (s == "--overlay" && value(&a->overlay)) {
    } else if (s == "--greedy") {
      a->options.beam_search = false;
    } else if (s == "--threads" && value(&v)) {
      if (!parse_thread_count(v, &a->threads)) {
        std::fprintf(stderr, "vachak: --threads %s: expected 1..8\n", v.c_str());
        return false;
      }
    } else if ((s == "--lm-weight" || s == "--insertion-bonus" || s == "--beam-width") && value(&v)) {
      // decoder settings, for tuning on a validation set (defaults: ctc_decode.h)
      char* end = nullptr;
      const double x = std::strtod(v.c_str(), &end);
      if (*end != '\0' || !(x >= 0) || x > 1000 || (s == "--beam-width" && (x < 1 || x != static_cast<int>(x)))) {
        std::fprintf(stderr, "vachak: %s %s: expected a non-negative number%s\n", s.c_str(), v.c_str(),
                     s == "--beam-width" ? " (a whole number >= 1)" : "");
        return false;
      }
      if (s == "--lm-weight") a->lm_weight = static_cast<float>(x);
      else if (s == "--insertion-bonus") a->options.beam.insertion_bonus = static_cast<float>(x);
      else a->options.beam.beam_width = static_cast<int>(x);
    } else if ((s == "--min-line-recall" || s == "--min-line-precision") && value(&v)) {
      char* end = nullptr;
      const double x = std::strtod(v.c_str(), &end);
      if (*end != '\0' || !(x >= 0) || x > 100) {
        std::fprintf(stderr, "vachak: %s %s: expected a percentage\n", s.c_str(), v.c_str());
        return false;
      }
      (s == "--min-line-recall" ? a->min_line_recall : a->min_line_precision) = x;
    } else if (s == "--min-word-confidence" && value(&v)) {
      char* end = nullptr;
      const double x = std::strtod(v.c_str(), &end);
      if (*end != '\0' || !(x >= 0) || x > 1) {
        std::fprintf(stderr, "vachak: --min-word-confidence %s: expected 0..1\n", v.c_str());
        return false;
      }
      a->options.min_word_confidence = static_cast<float>(x);
    } else if (s == "--script-margin" && value(&v)) {
      char* end = nullptr;
      const double x = std::strtod(v.c_str(), &end);
      if (*end != '\0' || !(x >= 0) || x > 1000) {
        std::fprintf(stderr, "vachak: --script-margin %s: expected 0..1000\n", v.c_str());
        return false;
      }
      a->options.other_script_margin = x;
    } else if (s == "--max-cer" && value(&v)) {
      char* end = nullptr;
      a->max_cer = std::strtod(v.c_str(), &end);
      if (*end != '\0' || a->max_cer < 0) {
        std::fprintf(stderr, "vachak: --max-cer %s: expected a percentage\n", v.c_str());
        return false;
      }
    } else if (!s.empty() && s[0] == '-') {
      std::fprintf(stderr, "vachak: unknown option %s\n%s", s.c_str(), usage);
      return false;
    } else {
      a->inputs.push_back(s);
    }
  }
  if (a->inputs.empty() && a->manifest.empty()) {
    std::fputs(usage, stderr);
    return false;
  }
  const std::vector<lang::OcrChoice> choices = lang::ocr_choices(model_dir(), a->lang);
  if (!choices[0].ok) {
    std::fprintf(stderr, "vachak: --lang %s: %s\n", a->lang.c_str(), choices[0].error.c_str());
    return false;
  }
  if ((!a->model.empty() || !a->lm.empty()) && choices.size() > 1) {
    std::fprintf(stderr, "vachak: --model and --lm are one script's: give its --lang too\n");
    return false;
  }
  for (const lang::OcrChoice& c : choices) {
    // --lm-weight, when given, replaces every script's own (lang/registry.cc).
    ocr::ScriptModelFiles f{c.script->code, c.model, c.lm, a->lm_weight >= 0 ? a->lm_weight : c.script->ocr_lm_weight};
    if (!a->model.empty()) f.model = a->model;
    if (!a->lm.empty()) f.lm = a->lm;
    if (!a->options.beam_search) f.lm.clear();
    a->scripts.push_back(std::move(f));
  }
  return true;
}

Result<std::unique_ptr<ocr::OcrPipeline>> load_pipeline(const OcrArgs& a) {
  return ocr::OcrPipeline::load(a.scripts, std::make_shared<rt::Arena>(), rt::builtin_op_resolver(), a.threads);
}

constexpr const char* kOcrUsage =
    "usage: vachak ocr [--lang CODE] [--layout auto|page|line|word]\n"
    "                  [--format F[,F...]] [-o BASE | --out DIR] [--manifest LIST] [--overlay OUT.png]\n"
    "                  [--model FILE.vmdl] [--lm FILE.vclm | --greedy]\n"
    "                  [--beam-width N] [--lm-weight A] [--insertion-bonus B] [--threads N]\n"
    "                  [--min-word-confidence C] [--script-margin M] IMAGE...\n"
    "  --lang: a language or a script (default deva: any Devanagari language), or auto: each page in\n"
    "  the script it reads best as (a script after Devanagari must score --script-margin more);\n"
    "  `vachak languages` lists them.\n"
    "  --format: text (default), json, hocr, alto, tsv, pdf (searchable: the image with an invisible\n"
    "  text layer); several at once need -o or --out.\n"
    "  -o BASE: every IMAGE in one document per format, BASE.txt|json|hocr|xml|tsv|pdf.\n"
    "  --out DIR: one result per IMAGE, DIR/PATH.EXT (PATH: the image's path without extension);\n"
    "  an image whose results all exist is skipped, so a killed run resumes where it stopped;\n"
    "  a failure writes DIR/PATH.error instead. --manifest LIST reads the images' paths from\n"
    "  LIST, one per line ('-': standard input). Results appear whole or not at all.\n"
    "  --overlay draws the lines (blue) and words (red = unsure .. green = sure, crossed out when\n"
    "  rejected) found in one IMAGE over it\n";
constexpr const char* kEvalUsage =
    "usage: vachak eval ocr DIR [--lang ...] [--layout ...] [--max-cer PCT] [--model F] [--lm F | --greedy]\n"
    "                      [--beam-width N] [--lm-weight A] [--insertion-bonus B] [--threads N] [--hypotheses SUFFIX]\n"
    "                      [--min-line-recall PCT] [--min-line-precision PCT] [--script-margin M]\n"
    "  DIR holds NAME.png|jpg|jpeg|pgm + NAME.gt.txt pairs; with --hypotheses, NAME<SUFFIX> text files\n"
    "  (another engine's output) are scored instead of running Vachak. Where NAME.lines.tsv gives the\n"
    "  true line boxes (x0 y0 x1 y1 per line), line-finding recall and precision are scored too\n"
    "  (a found box matches a true one at IoU >= 0.5)\n";

}  // namespace

int cmd_ocr(const Args& args) {
  OcrArgs a;
  if (!parse(args, &a, kOcrUsage)) return 2;
  if (!a.manifest.empty()) {
    auto listed = read_manifest(a.manifest);
    if (!listed.is_ok()) {
      std::fprintf(stderr, "vachak: --manifest %s\n", listed.status().message().c_str());
      return 2;
    }
    a.inputs.insert(a.inputs.end(), listed->begin(), listed->end());
  }
  if (!a.output_base.empty() && !a.out_dir.empty()) {
    std::fprintf(stderr, "vachak: -o (one document) and --out (one result per image) exclude each other\n");
    return 2;
  }
  if (!a.manifest.empty() && a.out_dir.empty()) {
    std::fprintf(stderr, "vachak: --manifest needs --out DIR\n");
    return 2;
  }
  if (!a.overlay.empty() && a.inputs.size() != 1) {
    std::fprintf(stderr, "vachak: --overlay takes one IMAGE (got %zu)\n", a.inputs.size());
    return 2;
  }
  if (a.output_base.empty() && a.out_dir.empty() &&
      (a.formats.size() != 1 || a.formats[0] == ocr::OcrFormat::kPdf)) {
    std::fprintf(stderr, "vachak: --format %s%s needs -o BASE or --out DIR\n", ocr::format_name(a.formats[0]),
                 a.formats.size() > 1 ? ",..." : "");
    return 2;
  }
  auto pipeline = load_pipeline(a);
  if (!pipeline.is_ok()) {
    std::fprintf(stderr, "vachak: %s\n", pipeline.status().message().c_str());
    return 1;
  }
  if (!a.out_dir.empty()) return run_batch(BatchJob{a.inputs, a.formats, a.out_dir}, *pipeline.value(), a.options);

  OcrOutputs out;
  std::string error;
  if (!out.open(a.formats, a.output_base, &error)) {
    std::fprintf(stderr, "vachak: %s\n", error.c_str());
    return 1;
  }
  int failures = 0, pages = 0;
  for (size_t i = 0; i < a.inputs.size(); ++i) {
    if (a.inputs.size() > 1) std::fprintf(stderr, "[%zu/%zu] %s\n", i + 1, a.inputs.size(), a.inputs[i].c_str());
    auto r = pipeline.value()->read_file(a.inputs[i], a.options);
    if (!r.is_ok()) {
      std::fprintf(stderr, "vachak: %s\n", r.status().message().c_str());
      ++failures;
      continue;  // the other images are still read
    }
    if (!a.overlay.empty()) {
      ocr::DecodeOptions d;
      d.max_long_side = a.options.max_long_side;
      auto page = ocr::decode_image_file(a.inputs[i], d);
      Status st = page.is_ok() ? write_overlay(a.overlay, page->image, r.value()) : page.status();
      if (!st.is_ok()) {
        std::fprintf(stderr, "vachak: --overlay: %s\n", st.message().c_str());
        ++failures;
      }
    }
    if (!out.add_page(r.value(), ocr::PageSource{a.inputs[i], ++pages}, &error)) {
      std::fprintf(stderr, "vachak: %s\n", error.c_str());
      return 1;  // `out` removes what it had begun
    }
  }
  // A document of no page is no document: when nothing could be read, nothing is written.
  if (pages == 0 && !a.output_base.empty()) {
    out.abandon();
    return 1;
  }
  if (!out.commit(&error)) {
    std::fprintf(stderr, "vachak: %s\n", error.c_str());
    return 1;
  }
  return failures ? 1 : 0;
}

int cmd_eval(const Args& args) {
  if (args.empty() || args[0] != "ocr") {
    std::fputs(kEvalUsage, stderr);
    return 2;
  }
  OcrArgs a;
  if (!parse(Args(args.begin() + 1, args.end()), &a, kEvalUsage)) return 2;
  if (a.inputs.size() != 1) {
    std::fputs(kEvalUsage, stderr);
    return 2;
  }
  const std::string dir = a.inputs[0];
  std::vector<std::pair<std::string, std::string>> pairs;  // image, ground truth
  if (DIR* d = opendir(dir.c_str())) {
    std::vector<std::string> names;
    errno = 0;  // readdir's NULL is the end, or an error that errno then names
    while (dirent* e = readdir(d)) names.push_back(e->d_name);
    const int err = errno;
    closedir(d);
    if (err != 0) {
      std::fprintf(stderr, "vachak: cannot list %s: %s\n", dir.c_str(), std::strerror(err));
      return 1;
    }
    std::sort(names.begin(), names.end());
    for (const std::string& n : names) {
      const size_t dot = n.rfind('.');
      if (dot == std::string::npos) continue;
      const std::string ext = n.substr(dot + 1), stem = n.substr(0, dot);
      if (ext != "png" && ext != "jpg" && ext != "jpeg" && ext != "pgm" && ext != "pnm") continue;
      const std::string gt = dir + "/" + stem + ".gt.txt";
      if (std::ifstream(gt).good()) pairs.emplace_back(dir + "/" + n, gt);
    }
  } else {
    std::fprintf(stderr, "vachak: %s: cannot open folder\n", dir.c_str());
    return 1;
  }
  if (pairs.empty()) {
    std::fprintf(stderr, "vachak: %s: no NAME.png|jpg + NAME.gt.txt pairs\n", dir.c_str());
    return 1;
  }
  std::unique_ptr<ocr::OcrPipeline> pipeline;
  if (a.hypotheses.empty()) {
    auto loaded = load_pipeline(a);
    if (!loaded.is_ok()) {
      std::fprintf(stderr, "vachak: %s\n", loaded.status().message().c_str());
      return 1;
    }
    pipeline = std::move(loaded).value();
  }
  ocr::EditCounts chars, words;
  ocr::LineMatchCounts lines_total;
  size_t files_with_boxes = 0;
  int failures = 0;
  std::printf("%-40s %8s %8s %8s %8s\n", "file", "CER%", "WER%", "lineR%", "lineP%");
  for (size_t i = 0; i < pairs.size(); ++i) {
    std::fprintf(stderr, "\r[%zu/%zu]", i + 1, pairs.size());
    std::ifstream f(pairs[i].second);
    std::stringstream ss;
    ss << f.rdbuf();
    auto ref = lang::to_nfc(ss.str());
    Result<std::string> hyp = std::string();
    const std::string stem = pairs[i].second.substr(0, pairs[i].second.size() - std::strlen(".gt.txt"));
    std::vector<ocr::Box> found;
    if (pipeline) {
      auto r = pipeline->read_file(pairs[i].first, a.options);
      if (r.is_ok()) {
        std::string text;
        for (const ocr::OcrLine& l : r->lines) {
          found.push_back(l.box);
          if (!l.text.empty()) text += l.text + "\n";
        }
        hyp = text;
      } else {
        hyp = r.status();
      }
    } else {
      std::ifstream hf(stem + a.hypotheses);
      std::stringstream hs;
      hs << hf.rdbuf();
      hyp = hf ? lang::to_nfc(hs.str()) : Result<std::string>(not_found(stem + a.hypotheses + ": missing"));
    }
    if (!ref.is_ok() || !hyp.is_ok()) {
      std::fprintf(stderr, "\nvachak: %s\n", (!ref.is_ok() ? ref.status() : hyp.status()).message().c_str());
      ++failures;
      continue;
    }
    const std::u32string h = lang::utf8_decode(hyp.value()).value(), g = lang::utf8_decode(ref.value()).value();
    const ocr::EditCounts c = ocr::character_errors(h, g), w = ocr::word_errors(h, g);
    chars += c;
    words += w;
    const std::string name = pairs[i].first.substr(pairs[i].first.find_last_of('/') + 1);
    std::string line_cols;
    if (pipeline && std::ifstream(stem + ".lines.tsv").good()) {
      auto truth = ocr::read_line_boxes(stem + ".lines.tsv");
      if (!truth.is_ok()) {
        std::fprintf(stderr, "\nvachak: %s\n", truth.status().message().c_str());
        ++failures;
        continue;
      }
      const ocr::LineMatchCounts m = ocr::match_lines(found, truth.value());
      lines_total += m;
      ++files_with_boxes;
      char buf[64];
      std::snprintf(buf, sizeof buf, " %8.2f %8.2f", 100 * m.recall(), 100 * m.precision());
      line_cols = buf;
    }
    std::printf("%-40s %8.2f %8.2f%s\n", name.c_str(), 100 * c.rate(), 100 * w.rate(), line_cols.c_str());
  }
  std::fprintf(stderr, "\n");
  std::printf("%-40s %8.2f %8.2f   (%zu files, %zu characters, %zu words, %d unreadable)\n", "TOTAL",
              100 * chars.rate(), 100 * words.rate(), pairs.size(), chars.reference, words.reference, failures);
  if (files_with_boxes > 0)
    std::printf("%-40s recall %.2f%%, precision %.2f%%   (%zu true lines, %zu found, %zu matched, %zu files)\n",
                "LINES", 100 * lines_total.recall(), 100 * lines_total.precision(), lines_total.truth, lines_total.found,
                lines_total.matched, files_with_boxes);
  if (failures) return 1;
  if ((a.min_line_recall >= 0 || a.min_line_precision >= 0) && files_with_boxes == 0) {
    std::fprintf(stderr, "vachak: --min-line-recall/precision given, but no NAME.lines.tsv in %s\n", dir.c_str());
    return 1;
  }
  if (a.min_line_recall >= 0 && 100 * lines_total.recall() < a.min_line_recall) {
    std::fprintf(stderr, "vachak: line recall %.2f%% is below --min-line-recall %.2f%%\n", 100 * lines_total.recall(),
                 a.min_line_recall);
    return 1;
  }
  if (a.min_line_precision >= 0 && 100 * lines_total.precision() < a.min_line_precision) {
    std::fprintf(stderr, "vachak: line precision %.2f%% is below --min-line-precision %.2f%%\n",
                 100 * lines_total.precision(), a.min_line_precision);
    return 1;
  }
  if (a.max_cer >= 0 && 100 * chars.rate() > a.max_cer) {
    std::fprintf(stderr, "vachak: CER %.2f%% is above --max-cer %.2f%%\n", 100 * chars.rate(), a.max_cer);
    return 1;
  }
  return 0;
}

}  // namespace vachak::app
