// `vachak normalize [--lang CODE|auto] TEXT...`: the words the speech front end will speak,
// one line per input, phrase breaks shown as "|" ("?" after a question). auto (the
// default): the language of the text's script.
#include <cstdio>
#include <iostream>
#include <iterator>

#include "apps/commands.h"
#include "lang/indic/text_normalizer.h"

namespace vachak::app {

int cmd_normalize(const Args& args) {
  std::string lang = lang::kAutoSpeechCode;
  std::vector<std::string> texts;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--lang" && i + 1 < args.size()) lang = args[++i];
    else texts.push_back(args[i]);
  }
  if (texts.empty()) {  // read standard input
    texts.emplace_back(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  std::string sample;
  for (const std::string& t : texts) sample += t + "\n";
  lang::SpeechChoice speech;
  if (!speech_language("normalize", lang, &speech, sample)) return 2;
  auto normalizer = lang::indic::TextNormalizer::create(speech.language->speech());
  if (!normalizer.is_ok()) {
    std::fprintf(stderr, "vachak: %s\n", normalizer.status().message().c_str());
    return 1;
  }
  for (const std::string& t : texts) {
    auto words = normalizer.value()->normalize(t);
    if (!words.is_ok()) {
      std::fprintf(stderr, "vachak normalize: %s\n", words.status().message().c_str());
      return 1;
    }
    std::string line;
    for (const std::string& w : words.value()) line += (line.empty() ? "" : " ") + w;
    std::printf("%s\n", line.c_str());
  }
  return 0;
}

}  // namespace vachak::app
