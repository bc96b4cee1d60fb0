// `vachak languages`: what this build and its model folder can read and speak, from the
// language registry (lang/registry.h); and the one check of a speech command's --lang.
#include <cstdio>

#include "apps/commands.h"
#include "lang/registry.h"

namespace vachak::app {
namespace {

// "yes", or why not: the registry has nothing yet, or a file it names is not in the folder.
std::string ocr_status(const std::string& models, const lang::Language& l) {
  const lang::OcrChoice c = lang::ocr_choice(models, l.code);
  if (!c.ok) return "no (no model yet)";
  if (!lang::ships(c.model)) return "no (" + c.model + " missing)";
  return c.lm.empty() || lang::ships(c.lm) ? "yes" : "yes (no " + c.lm + ": greedy)";
}

std::string speech_status(const std::string& models, const lang::Language& l) {
  const lang::SpeechChoice c = lang::speech_choice(models, l.code);
  if (!c.ok) return "no (no front end yet)";
  for (const std::string& f : c.files())
    if (!lang::ships(f)) return "no (" + f + " missing)";
  return "yes";
}

}  // namespace

bool speech_language(const char* command, const std::string& code, lang::SpeechChoice* out,
                     std::string_view sample) {
  *out = lang::speech_choice(model_dir(), code == lang::kAutoSpeechCode ? lang::speech_code_for_text(sample) : code);
  if (!out->ok) std::fprintf(stderr, "vachak %s: --lang %s: %s\n", command, code.c_str(), out->error.c_str());
  return out->ok;
}

void print_languages(std::FILE* f) {
  const std::string models = model_dir();
  std::fprintf(f, "%-5s %-10s %-17s %-18s %s\n", "code", "language", "script", "OCR", "speech");
  for (const lang::Language& l : lang::languages()) {
    std::fprintf(f, "%-5s %-10s %-17s %-18s %s\n", l.code, l.name, lang::find_script(l.script)->name,
                 ocr_status(models, l).c_str(), speech_status(models, l).c_str());
  }
  std::fprintf(f, "OCR --lang also takes a script code: ");
  bool first = true;
  for (const lang::Script& s : lang::scripts()) {
    if (!s.ocr_model) continue;
    std::fprintf(f, "%s%s (%s)", first ? "" : ", ", s.code, s.name);
    first = false;
  }
  std::fprintf(f, ", or %s (each image in the script it reads best as)", lang::kAutoOcrCode);
  std::fprintf(f, "; default: OCR %s, speech auto (the language of the text's script, else %s)\n", lang::kDefaultOcrCode,
               lang::kDefaultSpeechCode);
}

int cmd_languages(const Args& args) {
  if (!args.empty()) {
    std::fprintf(stderr, "usage: vachak languages\n");
    return 2;
  }
  print_languages(stdout);
  return 0;
}

}  // namespace vachak::app
