// The one registry of the languages and scripts Vachak knows: for each language its
// script, the OCR model and character LM that read it, and its speech front end and voice
// (or none yet). Engine, CLI, C API and JNI ask here; no other file lists languages.
// Adding a language is a row here (and its models / its lang/<code>/ folder).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/phone_rules.h"
#include "lang/speech_words.h"

namespace vachak::lang {

// A writing system (ISO 15924 code, lower case, as `--lang` also takes it: "deva").
struct Script {
  const char* code;          // "deva"
  const char* name;          // "Devanagari"
  const char* ocr_model;     // under MODEL_DIR: "ocr/deva.vmdl"; nullptr: no OCR model yet
  const char* ocr_lm;        // the whole script's character LM, "ocr/deva.vclm"; nullptr: none
  bool has_headline;         // shirorekha joins the letters of a word (layout relies on it)
  char32_t unicode_block;    // first code point of its Unicode block (Devanagari U+0900); 0: none here
  float ocr_lm_weight;       // the beam search's weight for this script's character LMs (its model card)
};

// What a language's text normalizer says (its folder's words(), lang/speech_words.h).
using SpeechWordsFn = const SpeechWords& (*)();

// A language (ISO 639-3 code).
struct Language {
  const char* code;          // "hin"
  const char* name;          // "Hindi"
  const char* native_name;   // "हिन्दी"
  const char* script;        // a Script code
  const char* ocr_lm;        // the language's own character LM under MODEL_DIR, or nullptr (the script's)
  SpeechWordsFn speech;      // the front end's words; nullptr: not spoken yet
  const char* g2p_model;     // the front end's model under MODEL_DIR ("tts/hin-schwa.vsch", its LM
                             // .vclm beside it), or nullptr
  const char* voice;         // the voice under MODEL_DIR: "tts/hin" is tts/hin-duration.vmdl and
                             // tts/hin-acoustic.vmdl; nullptr: none
  const char* english_lexicon = nullptr;  // English words as this language's speakers say them
                                          // ("tts/hin-english.vlex"); nullptr: letter rules only
  PhoneRulesFn phone_rules = nullptr;     // the language's own letter-to-phone rules
                                          // (lang/phone_rules.h); nullptr: Hindi's
  const char* own_letters = nullptr;      // UTF-8 letters only this language of its script writes
                                          // (Assamese ৰ ৱ): `--lang auto` tells it from its neighbours
};

const std::vector<Script>& scripts();
const std::vector<Language>& languages();

// nullptr when the code is unknown.
const Script* find_script(std::string_view code);
const Language* find_language(std::string_view code);

// What OCR loads for `--lang CODE` (a language or a script code), as paths under a model
// folder. ok == false: the code names nothing OCR can read in this registry; `error` says
// what it can read.
struct OcrChoice {
  bool ok = false;
  std::string error;
  const Script* script = nullptr;
  std::string model;  // MODEL_DIR/ocr/deva.vmdl
  std::string lm;     // the language's own LM where it ships in MODEL_DIR, else the script's
};
OcrChoice ocr_choice(const std::string& model_dir, std::string_view code);

// `--lang auto` for OCR: every script with an OCR model, in registry order (each page is read
// in the one its sample reads best as: pipelines/ocr/script_sample.cc).
inline constexpr const char* kAutoOcrCode = "auto";
// What OCR loads for `--lang CODE`: one choice, or for kAutoOcrCode one per script with an
// OCR model. Never empty: when nothing can be read, the first choice has ok == false and
// its error, as for ocr_choice.
std::vector<OcrChoice> ocr_choices(const std::string& model_dir, std::string_view code);

// What speech loads for `--lang CODE`, as paths under a model folder. ok == false with
// `error` when the language is unknown or not spoken yet.
struct SpeechChoice {
  bool ok = false;
  std::string error;
  const Language* language = nullptr;
  std::string g2p_model, g2p_lm;               // MODEL_DIR/tts/hin-schwa.vsch and .vclm
  std::string duration_model, acoustic_model;  // MODEL_DIR/tts/hin-duration.vmdl, -acoustic.vmdl
  std::string english_lexicon;                 // MODEL_DIR/tts/hin-english.vlex, or empty
  const PhoneRules* phone_rules = nullptr;     // the language's letter rules; nullptr: Hindi's
  std::vector<std::string> files() const {
    std::vector<std::string> f = {g2p_model, g2p_lm, duration_model, acoustic_model};
    if (!english_lexicon.empty()) f.push_back(english_lexicon);
    return f;
  }
};
SpeechChoice speech_choice(const std::string& model_dir, std::string_view code);

// The codes OCR accepts (languages whose script has a model, then those scripts, then
// kAutoOcrCode) and the
// languages speech accepts, joined by `separator` (", " for messages, "," for the C API).
std::string ocr_codes(const char* separator = ", ");
std::string speech_codes(const char* separator = ", ");

// Whether a file a choice names is in the model folder (a regular file).
bool ships(const std::string& path);

// The default `--lang` of OCR (the script: any of its languages) and of speech.
inline constexpr const char* kDefaultOcrCode = "deva";
inline constexpr const char* kDefaultSpeechCode = "hin";

// `--lang auto` for speech: the spoken language of the script most of the text's letters are
// in (the registry's first spoken language of that script: Tamil letters -> "tam", Devanagari
// -> "hin", unless the text has another spoken language's own_letters: ৰ -> "asm");
// kDefaultSpeechCode when no Indic script's letters are there.
inline constexpr const char* kAutoSpeechCode = "auto";
const char* speech_code_for_text(std::string_view utf8);

}  // namespace vachak::lang
