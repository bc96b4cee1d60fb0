// The `vachak` subcommands. Each returns the process exit code: 0 success, 1 a failure
// the message explains, 2 a usage error.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "lang/registry.h"

namespace vachak::app {

using Args = std::vector<std::string>;

// The models folder: $VACHAK_MODEL_DIR, else the source tree's models/ this build was made from.
std::string model_dir();
// --threads N of `vachak ocr` and `vachak read`: a whole number 1..8 (the engine's cap).
bool parse_thread_count(const std::string& text, int* out);
// A number option (--rate, --pitch, --volume, --intonation): the whole text must be a
// number ("1.5"; "abc" or "1.5x" is false), its range is the caller's to check.
bool parse_number(const std::string& text, float* out);

// The speech language of `tts`, `read`, `g2p`, `normalize`: false (after a message naming
// the command) when the registry does not speak it. Code "auto": the language of the script
// most of `sample`'s letters are in (lang::speech_code_for_text).
bool speech_language(const char* command, const std::string& code, lang::SpeechChoice* out,
                     std::string_view sample = {});
// The registry's table for this model folder: what reads and speaks (vachak languages, --version).
void print_languages(std::FILE* f);

int print_version();
int cmd_languages(const Args& args);
int cmd_ops(const Args& args);
int cmd_plan(const Args& args);
int cmd_run(const Args& args);
int cmd_ocr(const Args& args);
int cmd_eval(const Args& args);
int cmd_normalize(const Args& args);
int cmd_g2p(const Args& args);
int cmd_tts(const Args& args);
int cmd_read(const Args& args);

}  // namespace vachak::app
