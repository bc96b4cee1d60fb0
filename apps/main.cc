// vachak: the command-line front of the engine.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <string>

#include "apps/commands.h"
#include "apps/installed_models.h"

namespace {

void print_usage(FILE* to) {
  std::fputs(
      "usage: vachak COMMAND [ARGS]\n"
      "  ocr [--layout auto|page|line|word] [--format text|json] IMAGE...\n"
      "                       read text out of images (UTF-8, NFC, one line per line)\n"
      "  eval ocr DIR [--max-cer PCT]\n"
      "                       CER/WER over NAME.png + NAME.gt.txt pairs\n"
      "  normalize --lang hin TEXT...\n"
      "                       the words the speech front end will speak (| = phrase break)\n"
      "  tts [--lang hin] [--rate R] [-o FILE.wav|-] (TEXT... | -f FILE.txt)\n"
      "                       speak Hindi text into a 16 kHz WAV\n"
      "  read [--lang hin] [--rate R] IMAGE -o FILE.wav|-\n"
      "                       OCR a page or photo and speak it (speech starts with the first line)\n"
      "  g2p [--lang hin] [--schwa|--english] TEXT...\n"
      "                       IPA phones per word (--schwa: 1 kept / 0 deleted per inherent schwa)\n"
      "  --version            the version, the languages it reads and speaks, the ops compiled in\n"
      "  languages            the languages and scripts: which this build reads (OCR) and speaks\n"
      "  ops MODEL...         the ops (op, version, variant) each model needs\n"
      "  plan MODEL           load a model and print its arena memory plan\n"
      "  run MODEL --golden MANIFEST [--repeat N]\n"
      "                       run a model on a golden input, check it, report time and memory\n",
      to);
}

}  // namespace

std::string vachak::app::model_dir() {
  if (const char* env = std::getenv("VACHAK_MODEL_DIR")) return env;
  // An installed vachak (PREFIX/bin) has its models beside it; one run from its build
  // tree uses the source tree's.
  const std::string installed = installed_model_dir(1, "ocr");
  return installed.empty() ? VACHAK_DEFAULT_MODEL_DIR : installed;
}

bool vachak::app::parse_thread_count(const std::string& text, int* out) {
  char* end = nullptr;
  const long t = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || t < 1 || t > 8) return false;
  *out = static_cast<int>(t);
  return true;
}

bool vachak::app::parse_number(const std::string& text, float* out) {
  char* end = nullptr;
  const float x = std::strtof(text.c_str(), &end);
  if (text.empty() || *end != '\0') return false;
  *out = x;
  return true;
}

namespace {

int run(int argc, char** argv) {
  if (argc < 2) {
    print_usage(stderr);
    return 2;
  }
  const std::string cmd = argv[1];
  const vachak::app::Args rest(argv + 2, argv + argc);
  if (cmd == "--version" || cmd == "version") return vachak::app::print_version();
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    print_usage(stdout);
    return 0;
  }
  if (cmd == "languages") return vachak::app::cmd_languages(rest);
  if (cmd == "ops") return vachak::app::cmd_ops(rest);
  if (cmd == "plan") return vachak::app::cmd_plan(rest);
  if (cmd == "run") return vachak::app::cmd_run(rest);
  if (cmd == "ocr") return vachak::app::cmd_ocr(rest);
  if (cmd == "eval") return vachak::app::cmd_eval(rest);
  if (cmd == "normalize") return vachak::app::cmd_normalize(rest);
  if (cmd == "g2p") return vachak::app::cmd_g2p(rest);
  if (cmd == "tts") return vachak::app::cmd_tts(rest);
  if (cmd == "read") return vachak::app::cmd_read(rest);
  std::fprintf(stderr, "vachak: unknown command '%s'\n", cmd.c_str());
  print_usage(stderr);
  return 2;
}

}  // namespace

// Every command reports its own errors; what escapes them (memory exhausted on a huge
// input) still ends with a message and exit status 1, not std::terminate.
int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "vachak: out of memory\n");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vachak: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "vachak: internal error\n");
  }
  return 1;
}
