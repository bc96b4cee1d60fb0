#include "lang/registry.h"

#include <sys/stat.h>

#include <algorithm>
#include <utility>

#include "lang/asm/words.h"
#include "lang/ben/words.h"
#include "lang/guj/words.h"
#include "lang/hin/words.h"
#include "lang/kan/words.h"
#include "lang/mal/words.h"
#include "lang/mar/words.h"
#include "lang/nep/words.h"
#include "lang/ori/words.h"
#include "lang/pan/words.h"
#include "lang/tam/words.h"
#include "lang/tel/words.h"

namespace vachak::lang {
namespace {

bool is_spoken(const Language& l) { return l.speech != nullptr && l.g2p_model && l.voice; }

}  // namespace

bool ships(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

const std::vector<Script>& scripts() {
  // has_headline: Devanagari, Bengali-Assamese and Gurmukhi join a word's letters under a
  // headline; the others do not (layout must not expect one there).
  static const std::vector<Script> table = {
      {"deva", "Devanagari", "ocr/deva.vmdl", "ocr/deva.vclm", true, 0x0900, 0.4f},
      {"beng", "Bengali-Assamese", "ocr/beng.vmdl", "ocr/beng.vclm", true, 0x0980, 0.4f},
      {"guru", "Gurmukhi", nullptr, nullptr, true, 0x0A00, 0.4f},
      // Gujarati's LM is small (its corpora hold 355,000 characters): weighed less.
      {"gujr", "Gujarati", "ocr/gujr.vmdl", "ocr/gujr.vclm", false, 0x0A80, 0.3f},
      {"orya", "Odia", nullptr, nullptr, false, 0x0B00, 0.4f},
      {"taml", "Tamil", nullptr, nullptr, false, 0x0B80, 0.4f},
      {"telu", "Telugu", nullptr, nullptr, false, 0x0C00, 0.4f},
      {"knda", "Kannada", nullptr, nullptr, false, 0x0C80, 0.4f},
      {"mlym", "Malayalam", nullptr, nullptr, false, 0x0D00, 0.4f},
      {"latn", "Latin", nullptr, nullptr, false, 0, 0.4f},
  };
  return table;
}

const std::vector<Language>& languages() {
  // ocr_lm: Nepali and Sanskrit read better with LMs of their own (models/ocr/README.md).
  static const std::vector<Language> table = {
      {"hin", "Hindi", "हिन्दी", "deva", nullptr, &hin::words, "tts/hin-schwa.vsch", "tts/hin", "tts/hin-english.vlex"},
      // Marathi and Nepali speak through Hindi's schwa model and voice (models/tts/README.md says what that
      // approximates).
      {"mar", "Marathi", "मराठी", "deva", nullptr, &mar::words, "tts/hin-schwa.vsch", "tts/hin", "tts/hin-english.vlex"},
      // Nepali too (its number words follow CLDR's spellings).
      {"nep", "Nepali", "नेपाली", "deva", "ocr/nep.vclm", &nep::words, "tts/hin-schwa.vsch", "tts/hin",
       "tts/hin-english.vlex"},
      {"san", "Sanskrit", "संस्कृतम्", "deva", "ocr/san.vclm", nullptr, nullptr, nullptr},
      {"mai", "Maithili", "मैथिली", "deva", nullptr, nullptr, nullptr, nullptr},
      {"bho", "Bhojpuri", "भोजपुरी", "deva", nullptr, nullptr, nullptr, nullptr},
      // Bengali: its own words, inherent vowel ɔ, sibilants ʃ.
      {"ben", "Bengali", "বাংলা", "beng", nullptr, &ben::words, "tts/hin-schwa.vsch", "tts/hin", "tts/hin-english.vlex",
       &ben::phone_rules},
      // Assamese: its own words; inherent vowel ɔ, sibilants x, চ s, জ z.
      {"asm", "Assamese", "অসমীয়া", "beng", nullptr, &asm_::words, "tts/hin-schwa.vsch", "tts/hin",
       "tts/hin-english.vlex", &asm_::phone_rules, "ৰৱ"},
      // Punjabi: its own schwa model (models/tts/README.md), Hindi's voice.
      {"pan", "Punjabi", "ਪੰਜਾਬੀ", "guru", nullptr, &pan::words, "tts/pan-schwa.vsch", "tts/hin", "tts/hin-english.vlex",
       &pan::phone_rules},
      {"guj", "Gujarati", "ગુજરાતી", "gujr", nullptr, &guj::words, "tts/hin-schwa.vsch", "tts/hin",
       "tts/hin-english.vlex"},
      // Odia: its own words; every inherent vowel said, as ɔ; one sibilant.
      {"ori", "Odia", "ଓଡ଼ିଆ", "orya", nullptr, &ori::words, "tts/hin-schwa.vsch", "tts/hin", "tts/hin-english.vlex",
       &ori::phone_rules},
      // Tamil through Hindi's voice with its own words and letter rules (every inherent vowel
      // said, stops voiced by position).
      {"tam", "Tamil", "தமிழ்", "taml", nullptr, &tam::words, "tts/hin-schwa.vsch", "tts/hin", "tts/hin-english.vlex",
       &tam::phone_rules},
      {"tel", "Telugu", "తెలుగు", "telu", nullptr, &tel::words, "tts/hin-schwa.vsch", "tts/hin", "tts/hin-english.vlex",
       &tel::phone_rules},
      {"kan", "Kannada", "ಕನ್ನಡ", "knda", nullptr, &kan::words, "tts/hin-schwa.vsch", "tts/hin", "tts/hin-english.vlex",
       &kan::phone_rules},
      {"mal", "Malayalam", "മലയാളം", "mlym", nullptr, &mal::words, "tts/hin-schwa.vsch", "tts/hin",
       "tts/hin-english.vlex", &mal::phone_rules},
      {"eng", "English", "English", "latn", nullptr, nullptr, nullptr, nullptr},
  };
  return table;
}

const Script* find_script(std::string_view code) {
  for (const Script& s : scripts())
    if (code == s.code) return &s;
  return nullptr;
}

const Language* find_language(std::string_view code) {
  for (const Language& l : languages())
    if (code == l.code) return &l;
  return nullptr;
}

std::string ocr_codes(const char* separator) {
  std::string out;
  auto add = [&](const char* code) { out += (out.empty() ? "" : separator) + std::string(code); };
  for (const Language& l : languages())
    if (find_script(l.script)->ocr_model) add(l.code);
  for (const Script& s : scripts())
    if (s.ocr_model) add(s.code);
  add(kAutoOcrCode);
  return out;
}

std::string speech_codes(const char* separator) {
  std::string out;
  for (const Language& l : languages())
    if (is_spoken(l)) out += (out.empty() ? "" : separator) + std::string(l.code);
  return out;
}

const char* speech_code_for_text(std::string_view utf8) {
  // Count the letters of each 128-code-point Indic block, decoding UTF-8 leniently (a
  // three-byte sequence E0 A4..B5 xx is U+0900..U+0D7F); other bytes are skipped.
  size_t count[9] = {};
  for (size_t i = 0; i + 2 < utf8.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(utf8[i]), b1 = static_cast<unsigned char>(utf8[i + 1]),
               b2 = static_cast<unsigned char>(utf8[i + 2]);
    if (b0 != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) continue;
    const char32_t cp = (char32_t{b1} & 0x3F) << 6 | (char32_t{b2} & 0x3F);
    if (cp >= 0x0900 && cp < 0x0D80) ++count[(cp - 0x0900) / 0x80];
    i += 2;
  }
  size_t best = 0;
  for (size_t k = 1; k < 9; ++k)
    if (count[k] > count[best]) best = k;
  if (count[best] == 0) return kDefaultSpeechCode;
  const char32_t block = 0x0900 + static_cast<char32_t>(best) * 0x80;
  // Letters only one language of the script writes name it (Assamese ৰ ৱ, never Bengali's).
  auto has_own_letter = [&](const char* letters) {
    for (std::string_view rest = letters; !rest.empty();) {
      const size_t len = (static_cast<unsigned char>(rest[0]) >= 0xE0) ? 3 : 1;
      if (utf8.find(rest.substr(0, len)) != std::string_view::npos) return true;
      rest.remove_prefix(std::min(len, rest.size()));
    }
    return false;
  };
  for (const Script& s : scripts()) {
    if (s.unicode_block != block) continue;
    for (const Language& l : languages())
      if (std::string_view(l.script) == s.code && is_spoken(l) && l.own_letters && has_own_letter(l.own_letters))
        return l.code;
    for (const Language& l : languages())
      if (std::string_view(l.script) == s.code && is_spoken(l)) return l.code;
  }
  return kDefaultSpeechCode;
}

OcrChoice ocr_choice(const std::string& model_dir, std::string_view code) {
  OcrChoice c;
  const Language* language = find_language(code);
  const Script* script = language ? find_script(language->script) : find_script(code);
  if (script == nullptr) {
    c.error = "unknown language or script '" + std::string(code) + "' (OCR reads " + ocr_codes() + ")";
    return c;
  }
  if (script->ocr_model == nullptr) {
    c.error = std::string("no OCR model for ") + (language ? language->name : script->name) + " ('" + std::string(code) +
              "', " + script->name + " script) yet; OCR reads " + ocr_codes();
    return c;
  }
  c.ok = true;
  c.script = script;
  c.model = model_dir + "/" + script->ocr_model;
  if (language && language->ocr_lm && ships(model_dir + "/" + language->ocr_lm))
    c.lm = model_dir + "/" + language->ocr_lm;
  else if (script->ocr_lm)
    c.lm = model_dir + "/" + script->ocr_lm;
  return c;
}

std::vector<OcrChoice> ocr_choices(const std::string& model_dir, std::string_view code) {
  if (code != kAutoOcrCode) return {ocr_choice(model_dir, code)};
  std::vector<OcrChoice> out;
  for (const Script& s : scripts())
    if (s.ocr_model) out.push_back(ocr_choice(model_dir, s.code));
  if (out.empty()) {
    OcrChoice none;
    none.error = "no script has an OCR model in this build";
    out.push_back(std::move(none));
  }
  return out;
}

SpeechChoice speech_choice(const std::string& model_dir, std::string_view code) {
  SpeechChoice c;
  const Language* language = find_language(code);
  if (language == nullptr) {
    c.error = "unknown language '" + std::string(code) + "' (speech: " + speech_codes() + ")";
  } else if (!is_spoken(*language)) {
    c.error = std::string(language->name) + " is not spoken yet (speech: " + speech_codes() + ")";
  } else {
    c.ok = true;
    c.language = language;
    const std::string g2p = model_dir + "/" + language->g2p_model, voice = model_dir + "/" + language->voice;
    c.g2p_model = g2p;
    c.g2p_lm = g2p.substr(0, g2p.rfind('.')) + ".vclm";
    c.duration_model = voice + "-duration.vmdl";
    c.acoustic_model = voice + "-acoustic.vmdl";
    if (language->english_lexicon) c.english_lexicon = model_dir + "/" + language->english_lexicon;
    if (language->phone_rules) c.phone_rules = &language->phone_rules();
  }
  return c;
}

}  // namespace vachak::lang
