// What a language's front end says and which phones its words get, as one string each,
// for the per-language tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "lang/hin/g2p.h"
#include "lang/indic/text_normalizer.h"
#include "lang/phone_rules.h"
#include "lang/speech_words.h"

namespace vachak::lang {

// The words `words`' normalizer says for `text`, space-separated.
inline std::string said(const SpeechWords& words, const std::string& text) {
  auto normalizer = indic::TextNormalizer::create(words);
  EXPECT_TRUE(normalizer.is_ok());
  auto w = normalizer.value()->normalize(text);
  EXPECT_TRUE(w.is_ok()) << text;
  std::string s;
  for (const std::string& x : w.value()) s += (s.empty() ? "" : " ") + x;
  return s;
}

// The phones of `word` with `rules` (nullptr: Hindi's) and the schwa model under
// models/tts/ that the language's registry row names.
inline std::string phones(const PhoneRules* rules, const std::string& word,
                          const char* schwa_model = "hin-schwa.vsch") {
  auto g2p = hin::G2p::load(std::string(VACHAK_SOURCE_DIR) + "/models/tts/" + schwa_model, "", rules);
  EXPECT_TRUE(g2p.is_ok());
  auto p = g2p.value()->phones(word);
  EXPECT_TRUE(p.is_ok()) << word;
  std::string s;
  for (const std::string& x : p.value()) s += (s.empty() ? "" : " ") + x;
  return s;
}

}  // namespace vachak::lang
