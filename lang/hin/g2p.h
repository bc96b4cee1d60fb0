// Hindi grapheme-to-phoneme conversion by akshara: consonants with nukta, vowel signs,
// halant, anusvara (a homorganic nasal before a stop, otherwise a nasalized vowel),
// chandrabindu, visarga, and the inherent schwa kept or deleted by the SchwaModel (with
// the first-syllable rule); in hyphenated compounds the model sees the hyphen as context,
// as it did in training. Latin-script words (the text normalizer passes them through)
// are said as a Hindi speaker says English: from the English lexicon when it lists them,
// else transliterated letter by letter, never dropped. Letters of other
// languages written in Devanagari (ॸ..ॿ, Kashmiri vowels, ऌ, ॐ) get the closest phone of
// the voice; no letter ever gives an empty phone (one with no phone is skipped).
//
// Text in the other Indic scripts is read the same way through its Devanagari counterparts
// (lang/indic/to_devanagari.h), with the speaking language's PhoneRules (lang/phone_rules.h):
// whether inherent vowels are dropped, how they sound, and its own rewrites. Devanagari
// words keep Hindi's rules in every language (the normalizer's unit and letter names).
//
// Phones are IPA strings, one per segment: "k", "ʈʰ", "ə", "aː", "ẽː"...
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lang/hin/english_lexicon.h"
#include "lang/hin/schwa_model.h"
#include "lang/phone_rules.h"

namespace vachak::lang::hin {

class G2p {
 public:
  // `english_lexicon_path` empty: Latin words by the letter rules alone. `rules`: the
  // speaking language's (static, outlives the G2p), nullptr: Hindi's.
  static Result<std::unique_ptr<G2p>> load(const std::string& schwa_model_path,
                                           const std::string& english_lexicon_path = "",
                                           const PhoneRules* rules = nullptr);
  explicit G2p(std::unique_ptr<SchwaModel> schwa, std::unique_ptr<EnglishLexicon> english = nullptr,
               const PhoneRules* rules = nullptr)
      : schwa_(std::move(schwa)), english_(std::move(english)), rules_(rules ? rules : &kHindiRules) {}

  // One word (UTF-8, no spaces). Invalid UTF-8 is refused; a word with nothing to say
  // (punctuation only) gives no phones.
  Result<std::vector<std::string>> phones(const std::string& word) const;

  // The schwa decisions of a Devanagari word, left to right (for evaluation).
  Result<std::vector<bool>> schwa_decisions(const std::string& word) const;

  // Where a Latin word's phones come from (for evaluation, `vachak g2p --english`): the
  // English lexicon, a compound of two or three of its words (blackrock: black + rock;
  // FilmWrap: film + wrap), or the letter rules.
  enum class LatinSource { kLexicon, kCompound, kLetters };
  LatinSource latin_source(const std::string& ascii_word) const;

 private:
  void devanagari_phones(const std::u32string& part, const PhoneRules& rules, std::vector<std::string>& out) const;
  void latin_phones(const std::u32string& part, std::vector<std::string>& out) const;
  // Phones of `lower` as two or three lexicon words of three letters or more; false when
  // it is not such a compound.
  bool compound_phones(const std::string& lower, std::vector<std::string>& out) const;
  static constexpr PhoneRules kHindiRules = {false, "ə", nullptr};
  std::unique_ptr<SchwaModel> schwa_;
  std::unique_ptr<EnglishLexicon> english_;
  const PhoneRules* rules_;
};

}  // namespace vachak::lang::hin
