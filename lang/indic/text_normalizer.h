// Text normalization for speech in the Indic languages, one reader for all: what it reads
// is shared, the words it says are the language's (lang/speech_words.h; examples below are
// Hindi's). Units, abbreviations, symbol and acronym names are Hindi's for every language
// so far (loanwords the languages share; lang/hin/symbol_names.h, units.cc). The words that
// will be spoken, with phrase
// breaks from punctuation ("|", or "?" after a question, so that speech can raise its
// pitch there; a question at the very end of the text keeps its "?"). Numbers with Indian
// or Western grouping, lists (1,2,3 or 4,5: commas that no grouping puts there), decimals
// (डेढ़/ढाई/साढ़े/सवा/पौने before लाख, करोड़...), negatives, ranges (10-12: दस से बारह),
// fractions (आधा, तीन चौथाई, पाँच बटा आठ), ordinals (21वीं, 1st), Devanagari digits, years
// (by context: सन् 1947, 1947 में, dates), dates (23/11/2026, 23 नवंबर 2026), times (10:30),
// currency (₹, Rs., रु.; ₹1.5 करोड़ -> डेढ़ करोड़ रुपये), percentages,
// phone numbers and codes digit by digit (10+ digits, +91, after नंबर/फ़ोन/पिन...),
// common units and abbreviations, symbols by name (+ = # × ÷ ...), Latin acronyms spelled
// out letter by letter, e-mail addresses and URLs read in parts. Nothing is dropped: a
// Latin word that is not an acronym is passed through for the G2P to transliterate.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/speech_words.h"
#include "runtime/core/status.h"

namespace vachak::lang::indic {

constexpr const char* kPhraseBreak = "|";
constexpr const char* kQuestionBreak = "?";  // a phrase break that ends a question

inline bool is_phrase_break(const std::string& w) { return w == kPhraseBreak || w == kQuestionBreak; }

class TextNormalizer {
 public:
  // `words`: the language's (lang/<code>/words.h), which must outlive the normalizer.
  static Result<std::unique_ptr<TextNormalizer>> create(const SpeechWords& words);

  // Invalid UTF-8 is refused with the byte offset; empty input gives no words. A token
  // longer than limits::kMaxTokenChars is read in pieces. keep_final_break: a text that
  // more text follows (next_piece_end) keeps the "|" of a sentence end that ends it.
  Result<std::vector<std::string>> normalize(const std::string& utf8, bool keep_final_break = false) const;
  // The number words it speaks with (SSML's say-as spells ordinals and years with them).
  const NumberWords& numbers() const { return *numbers_; }

 private:
  explicit TextNormalizer(const SpeechWords& words) : w_(words), numbers_(words.make_numbers()) {}
  void chunk(const std::u32string& c, const std::u32string& prev, const std::u32string& next,
             std::vector<std::string>& out) const;
  bool number_like(const std::u32string& c, const std::u32string& prev, const std::u32string& next,
                   std::vector<std::string>& out) const;
  void spell_latin(const std::u32string& c, std::vector<std::string>& out) const;
  // 2½ ढाई, 1½ डेढ़, 3¼ सवा तीन, ¾ तीन चौथाई.
  bool vulgar_fraction(const std::u32string& c, std::vector<std::string>& out) const;
  // A Roman numeral after a word that counts with one (अध्याय IV: अध्याय चार).
  bool roman_numeral_in_context(const std::u32string& c, const std::u32string& prev,
                                std::vector<std::string>& out) const;
  void read_address(const std::u32string& c, std::vector<std::string>& out) const;
  void number_list(const std::u32string& c, std::vector<std::string>& out) const;

  const SpeechWords& w_;
  std::unique_ptr<NumberWords> numbers_;
};

// Where the piece of `text` that starts at byte `from` ends, so that a text of any length
// can be normalized and spoken a piece at a time, in memory bounded by
// limits::kMaxTextPieceBytes: after the first sentence end (।, ॥, ? or ! and any closing
// quote, before a space); with none within that span, after the last phrase mark (, ;)
// and space in its second half, else after its last space, else at an akshara boundary.
size_t next_piece_end(std::string_view text, size_t from);

}  // namespace vachak::lang::indic
