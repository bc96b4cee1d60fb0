// `vachak g2p [--lang CODE] [--schwa] TEXT...`: one line per spoken word, "WORD<TAB>IPA
// phones", a line "|" at each phrase break ("?" after a question) and an empty line after each text (argument or
// stdin line). The text goes through the normalizer first, so numbers and abbreviations
// come out as the words that will be spoken. With --schwa, each argument (or stdin line) is one
// word and the output is its schwa decisions, "WORD<TAB>0110" (1 kept, 0 deleted): the
// evaluation in models/train/g2p/evaluate_schwa.py reads that. With --english, each one is a
// Latin word and the output "WORD<TAB>lexicon|compound|letters<TAB>phones" says where its
// phones come from (build_english_lexicon.py --coverage reads that).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "apps/commands.h"
#include "lang/hin/g2p.h"
#include "lang/indic/text_normalizer.h"

namespace vachak::app {

int cmd_g2p(const Args& args) {
  std::string lang = lang::kAutoSpeechCode;
  bool schwa_only = false, english_only = false;
  std::vector<std::string> texts;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--lang" && i + 1 < args.size()) lang = args[++i];
    else if (args[i] == "--schwa") schwa_only = true;
    else if (args[i] == "--english") english_only = true;
    else texts.push_back(args[i]);
  }
  if (texts.empty()) {
    for (std::string line; std::getline(std::cin, line);) texts.push_back(line);
  }
  std::string sample;
  for (const std::string& t : texts) sample += t + "\n";
  lang::SpeechChoice speech;
  if (!speech_language("g2p", lang, &speech, sample)) return 2;
  auto g2p = lang::hin::G2p::load(speech.g2p_model, speech.english_lexicon, speech.phone_rules);
  if (!g2p.is_ok()) {
    std::fprintf(stderr, "vachak g2p: %s\n", g2p.status().message().c_str());
    return 1;
  }
  int failures = 0;
  if (english_only) {  // each argument (or stdin line) one Latin word: where its phones come from
    static const char* const kSource[] = {"lexicon", "compound", "letters"};
    for (const std::string& w : texts) {
      if (w.empty() || !std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
        std::fprintf(stderr, "vachak g2p --english: '%s' is not one Latin word\n", w.c_str());
        ++failures;
        continue;
      }
      auto phones = g2p.value()->phones(w);
      std::string line = w + "\t" + kSource[static_cast<int>(g2p.value()->latin_source(w))] + "\t";
      for (size_t i = 0; phones.is_ok() && i < phones.value().size(); ++i) line += (i ? " " : "") + phones.value()[i];
      std::printf("%s\n", line.c_str());
    }
    return failures ? 1 : 0;
  }
  if (schwa_only) {
    for (const std::string& w : texts) {
      auto d = g2p.value()->schwa_decisions(w);
      if (!d.is_ok()) {
        std::fprintf(stderr, "vachak g2p: %s\n", d.status().message().c_str());
        ++failures;
        continue;
      }
      std::string bits;
      for (bool keep : d.value()) bits += keep ? '1' : '0';
      std::printf("%s\t%s\n", w.c_str(), bits.c_str());
    }
    return failures ? 1 : 0;
  }
  auto normalizer = lang::indic::TextNormalizer::create(speech.language->speech());
  if (!normalizer.is_ok()) {
    std::fprintf(stderr, "vachak g2p: %s\n", normalizer.status().message().c_str());
    return 1;
  }
  for (const std::string& t : texts) {
    auto words = normalizer.value()->normalize(t);
    if (!words.is_ok()) {
      std::fprintf(stderr, "vachak g2p: %s\n", words.status().message().c_str());
      ++failures;
      std::printf("\n");  // keep one block per text for batch readers
      continue;
    }
    for (const std::string& w : words.value()) {
      if (lang::indic::is_phrase_break(w)) {
        std::printf("%s\n", w.c_str());
        continue;
      }
      auto phones = g2p.value()->phones(w);
      if (!phones.is_ok()) {
        std::fprintf(stderr, "vachak g2p: %s\n", phones.status().message().c_str());
        ++failures;
        continue;
      }
      std::string line = w + "\t";
      for (size_t i = 0; i < phones.value().size(); ++i) line += (i ? " " : "") + phones.value()[i];
      std::printf("%s\n", line.c_str());
    }
    std::printf("\n");
  }
  return failures ? 1 : 0;
}

}  // namespace vachak::app
