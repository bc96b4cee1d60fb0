// The language registry: well-formed rows, and the registry and the models/ folder agree
// (every file a usable row names ships; every shipped OCR or speech model has a row).
#include "lang/registry.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <unistd.h>

namespace vachak::lang {
namespace {

namespace fs = std::filesystem;
const std::string kModels = std::string(VACHAK_SOURCE_DIR) + "/models";

TEST(LanguageRegistry, CodesAreUniqueAndWellFormed) {
  std::set<std::string> seen;
  for (const Script& s : scripts()) {
    EXPECT_EQ(std::string(s.code).size(), 4u) << s.code;
    EXPECT_TRUE(seen.insert(s.code).second) << "duplicate " << s.code;
  }
  for (const Language& l : languages()) {
    EXPECT_EQ(std::string(l.code).size(), 3u) << l.code;
    EXPECT_TRUE(seen.insert(l.code).second) << "duplicate " << l.code;
    ASSERT_NE(find_script(l.script), nullptr) << l.code << " names an unknown script " << l.script;
    EXPECT_STRNE(l.native_name, "") << l.code;
    if (l.speech != nullptr) {
      EXPECT_NE(l.g2p_model, nullptr) << l.code;
      EXPECT_NE(l.voice, nullptr) << l.code;
    }
  }
  // The list: nine scripts' languages and English.
  for (const char* code : {"hin", "mar", "nep", "san", "mai", "bho", "ben", "asm", "pan", "guj", "ori", "tam", "tel",
                           "kan", "mal", "eng"})
    EXPECT_NE(find_language(code), nullptr) << code;
}

TEST(LanguageRegistry, EveryNamedModelShips) {
  for (const Script& s : scripts()) {
    if (s.ocr_model) {
      EXPECT_TRUE(fs::is_regular_file(kModels + "/" + s.ocr_model)) << s.ocr_model;
    }
    if (s.ocr_lm) {
      EXPECT_TRUE(fs::is_regular_file(kModels + "/" + s.ocr_lm)) << s.ocr_lm;
    }
  }
  for (const Language& l : languages()) {
    if (l.ocr_lm) {
      EXPECT_TRUE(fs::is_regular_file(kModels + "/" + l.ocr_lm)) << l.ocr_lm;
    }
    const SpeechChoice c = speech_choice(kModels, l.code);
    if (!c.ok) continue;
    for (const std::string& f : c.files()) EXPECT_TRUE(fs::is_regular_file(f)) << l.code << ": " << f;
  }
}

TEST(LanguageRegistry, EveryShippedModelHasARow) {
  std::set<std::string> named;
  for (const Script& s : scripts()) {
    if (s.ocr_model) named.insert(s.ocr_model);
    if (s.ocr_lm) named.insert(s.ocr_lm);
  }
  for (const Language& l : languages()) {
    if (l.ocr_lm) named.insert(l.ocr_lm);
    const SpeechChoice c = speech_choice("", l.code);
    if (c.ok)
      for (const std::string& f : c.files()) named.insert(f.substr(1));  // "/tts/..." -> "tts/..."
  }
  for (const char* kind : {"ocr", "tts"}) {
    for (const auto& e : fs::directory_iterator(kModels + "/" + kind)) {
      const std::string ext = e.path().extension().string();
      if (ext != ".vmdl" && ext != ".vclm" && ext != ".vsch" && ext != ".vlex") continue;
      const std::string rel = std::string(kind) + "/" + e.path().filename().string();
      EXPECT_TRUE(named.count(rel)) << rel << " ships, but no registry row names it";
    }
  }
}

TEST(LanguageRegistry, OcrChoosesTheScriptModelAndTheLanguageLm) {
  const OcrChoice hin = ocr_choice(kModels, "hin");
  ASSERT_TRUE(hin.ok) << hin.error;
  EXPECT_EQ(hin.model, kModels + "/ocr/deva.vmdl");
  EXPECT_EQ(hin.lm, kModels + "/ocr/deva.vclm");
  EXPECT_EQ(std::string(hin.script->code), "deva");
  const OcrChoice nep = ocr_choice(kModels, "nep");
  ASSERT_TRUE(nep.ok);
  EXPECT_EQ(nep.lm, kModels + "/ocr/nep.vclm");
  const OcrChoice deva = ocr_choice(kModels, "deva");
  ASSERT_TRUE(deva.ok);
  EXPECT_EQ(deva.lm, kModels + "/ocr/deva.vclm");
}

TEST(LanguageRegistry, OcrFallsBackToTheScriptLmWhenTheLanguagesIsMissing) {
  const fs::path dir = fs::temp_directory_path() / ("vachak_registry_" + std::to_string(::getpid()));
  fs::create_directories(dir / "ocr");
  std::ofstream(dir / "ocr" / "deva.vclm") << "x";
  const OcrChoice nep = ocr_choice(dir.string(), "nep");
  ASSERT_TRUE(nep.ok);
  EXPECT_EQ(nep.lm, dir.string() + "/ocr/deva.vclm");
  fs::remove_all(dir);
}

// --lang auto: every script with a model, Devanagari first; Bengali and Assamese read by one.
TEST(LanguageRegistry, OcrAutoLoadsEveryScriptsModel) {
  const std::vector<OcrChoice> all = ocr_choices(kModels, kAutoOcrCode);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(std::string(all[0].script->code), "deva");
  EXPECT_EQ(all[0].lm, kModels + "/ocr/deva.vclm");
  EXPECT_EQ(std::string(all[1].script->code), "beng");
  EXPECT_EQ(all[1].model, kModels + "/ocr/beng.vmdl");
  EXPECT_EQ(ocr_choice(kModels, "asm").model, all[1].model);
  EXPECT_EQ(ocr_choice(kModels, "ben").lm, kModels + "/ocr/beng.vclm");
  EXPECT_EQ(std::string(all[2].script->code), "gujr");
  EXPECT_EQ(ocr_choice(kModels, "guj").model, kModels + "/ocr/gujr.vmdl");
  const std::vector<OcrChoice> one = ocr_choices(kModels, "nep");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].lm, kModels + "/ocr/nep.vclm");
  EXPECT_FALSE(ocr_choices(kModels, "tam")[0].ok);
}

TEST(LanguageRegistry, OcrRefusesWhatItCannotReadAndSaysWhy) {
  const OcrChoice tam = ocr_choice(kModels, "tam");
  EXPECT_FALSE(tam.ok);
  EXPECT_NE(tam.error.find("Tamil"), std::string::npos) << tam.error;
  EXPECT_NE(tam.error.find("no OCR model"), std::string::npos) << tam.error;
  const OcrChoice bad = ocr_choice(kModels, "xx");
  EXPECT_FALSE(bad.ok);
  EXPECT_NE(bad.error.find("unknown"), std::string::npos) << bad.error;
  EXPECT_NE(bad.error.find(ocr_codes()), std::string::npos) << bad.error;
  EXPECT_FALSE(ocr_choice(kModels, "").ok);
  EXPECT_FALSE(ocr_choice(kModels, "HIN").ok);  // codes are lower case
}

// Each script's LM weight is a weight the beam search can use (chosen per LM: model cards).
TEST(LanguageRegistry, EveryScriptHasAUsableLmWeight) {
  for (const Script& s : scripts()) {
    EXPECT_GT(s.ocr_lm_weight, 0.0f) << s.code;
    EXPECT_LE(s.ocr_lm_weight, 2.0f) << s.code;
  }
  EXPECT_LT(find_script("gujr")->ocr_lm_weight, find_script("deva")->ocr_lm_weight);  // its small LM
}

TEST(LanguageRegistry, OcrCodesListLanguagesThenScriptsThenAuto) {
  const std::string codes = ocr_codes();
  EXPECT_EQ(codes.rfind(", deva, beng, gujr, auto"), codes.size() - 24) << codes;
  const std::string listed = ", " + codes + ",";  // "eng" is inside "beng": match whole codes
  for (const Language& l : languages()) {
    const bool readable = find_script(l.script)->ocr_model != nullptr;
    EXPECT_EQ(listed.find(", " + std::string(l.code) + ",") != std::string::npos, readable) << l.code << " in " << codes;
  }
}

// --lang auto: the first spoken language of the script most letters are in.
TEST(LanguageRegistry, SpeechLanguageOfAText) {
  EXPECT_STREQ(speech_code_for_text("मेरे पास 25 किताबें हैं"), "hin");
  EXPECT_STREQ(speech_code_for_text("என்னிடம் 25 புத்தகங்கள்"), "tam");
  EXPECT_STREQ(speech_code_for_text("আমার কাছে ২৫টি বই"), "ben");
  EXPECT_STREQ(speech_code_for_text("ਮੇਰੇ ਕੋਲ ਕਿਤਾਬਾਂ"), "pan");
  EXPECT_STREQ(speech_code_for_text("મારી પાસે"), "guj");
  EXPECT_STREQ(speech_code_for_text("నా దగ్గర"), "tel");
  EXPECT_STREQ(speech_code_for_text("ನನ್ನ ಬಳಿ"), "kan");
  EXPECT_STREQ(speech_code_for_text("എന്റെ കയ്യിൽ"), "mal");
  EXPECT_STREQ(speech_code_for_text("Google पर search किया"), "hin");  // Latin letters do not count
  EXPECT_STREQ(speech_code_for_text("the Tamil word வணக்கம் in English"), "tam");
  EXPECT_STREQ(speech_code_for_text("ମୋ ପାଖରେ"), "ori");
  // Bengali letters are Bengali's unless Assamese's own ৰ or ৱ is there.
  EXPECT_STREQ(speech_code_for_text("মোৰ ওচৰত ২৫ খন কিতাপ আছে"), "asm");
  EXPECT_STREQ(speech_code_for_text("জীৱন"), "asm");
  EXPECT_STREQ(speech_code_for_text("no Indic letters, 123"), kDefaultSpeechCode);
  EXPECT_STREQ(speech_code_for_text(std::string_view("\xE0\xA4", 2)), kDefaultSpeechCode);  // cut UTF-8
  EXPECT_STREQ(speech_code_for_text(""), kDefaultSpeechCode);
}

TEST(LanguageRegistry, SpeechKnowsHindiMarathiNepaliAndSaysWhatIsNotSpokenYet) {
  const SpeechChoice hin = speech_choice(kModels, "hin");
  ASSERT_TRUE(hin.ok) << hin.error;
  EXPECT_EQ(hin.g2p_model, kModels + "/tts/hin-schwa.vsch");
  EXPECT_EQ(hin.g2p_lm, kModels + "/tts/hin-schwa.vclm");
  EXPECT_EQ(hin.duration_model, kModels + "/tts/hin-duration.vmdl");
  EXPECT_EQ(hin.acoustic_model, kModels + "/tts/hin-acoustic.vmdl");
  EXPECT_EQ(hin.english_lexicon, kModels + "/tts/hin-english.vlex");
  EXPECT_EQ(std::string(hin.language->speech().language), "hin");
  const SpeechChoice mar = speech_choice(kModels, "mar");
  ASSERT_TRUE(mar.ok) << mar.error;
  EXPECT_EQ(std::string(mar.language->speech().language), "mar");  // its own words, Hindi's voice
  EXPECT_EQ(mar.acoustic_model, hin.acoustic_model);
  const SpeechChoice nep = speech_choice(kModels, "nep");
  ASSERT_TRUE(nep.ok) << nep.error;
  EXPECT_EQ(std::string(nep.language->speech().language), "nep");
  const SpeechChoice san = speech_choice(kModels, "san");
  EXPECT_FALSE(san.ok);
  EXPECT_NE(san.error.find("Sanskrit is not spoken yet"), std::string::npos) << san.error;
  EXPECT_FALSE(speech_choice(kModels, "deva").ok);  // a script is not a speech language
  EXPECT_EQ(speech_codes(), "hin, mar, nep, ben, asm, pan, guj, ori, tam, tel, kan, mal");
  // Every spoken language's words are its own.
  for (const Language& l : languages()) {
    if (l.speech) {
      EXPECT_EQ(std::string(l.speech().language), l.code);
    }
  }
}

}  // namespace
}  // namespace vachak::lang
