// What a language's text normalizer says (lang/indic/text_normalizer.h reads text the same
// way for every Indic language; the words it says come from here): its number words and the
// vocabulary of amounts, dates, times, fractions and ordinals. Each spoken language defines
// one in its own folder (lang/hin/words.cc, lang/mar/words.cc) and names it in its registry
// row.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace vachak::lang {

class NumberWords {
 public:
  virtual ~NumberWords() = default;
  // n's words: digit('0')'s for 0, minus_word() before a negative number's.
  std::string cardinal(int64_t n) const {
    if (n == 0) return digit('0');
    const std::string words = positive_words(n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n));
    return n < 0 ? std::string(minus_word()) + " " + words : words;
  }
  virtual std::string positive_words(uint64_t n) const = 0;  // n > 0
  virtual const char* minus_word() const = 0;                // -5: ऋण पाँच
  virtual std::string year(int64_t n) const = 0;      // as years are said (Hindi: उन्नीस सौ सैंतालीस)
  // The ordinal in its masculine, feminine or oblique form (where the language has them).
  virtual std::string ordinal(int64_t n, bool feminine, bool oblique) const = 0;
  virtual std::string digit(char d) const = 0;  // '0'..'9'
  // The word between the whole part and the digits after the point (दशमलव).
  virtual const char* decimal_word() const = 0;

  // "3.05": the whole part, the decimal word, then the digits one by one (as read aloud).
  std::string decimal(const std::string& integer_digits, const std::string& fraction_digits) const {
    int64_t whole = 0;
    for (char c : integer_digits) whole = whole * 10 + (c - '0');
    std::string s = cardinal(whole) + " " + decimal_word();
    for (char c : fraction_digits) s += " " + digit(c);
    return s;
  }
};

struct SpeechWords {
  const char* language;  // ISO 639-3 code, as in the registry
  std::unique_ptr<NumberWords> (*make_numbers)();
  std::array<const char*, 12> months;
  const char* and_word;          // 2⅓: दो और एक तिहाई
  const char* range_word;        // 10-12: दस से बारह (the minus word is NumberWords::minus_word)
  const char* percent;           // प्रतिशत
  const char* plus;              // +91
  const char* currency_unit;     // the rupee, said after the amount: रुपये
  const char* currency_subunit;  // पैसे
  // Times: "14:20" -> hours, hours_and, minutes, minute_word; "7:00" -> hours o_clock.
  const char* o_clock;      // बजे (also the word that, after a time, asks for quarter-hour words)
  const char* hours_and;    // बजकर
  const char* minute_word;  // मिनट
  const char* second_word;  // सेकंड (10:15:30)
  // Quarter amounts before a number (सवा दो, साढ़े तीन, पौने चार) and the two irregular
  // halves (डेढ़ = 1½, ढाई = 2½). nullptr (all five) in a language that has no such words
  // before a number (Tamil): times, amounts and ¼ ½ ¾ are then said plainly.
  const char* quarter_more;
  const char* half_more;
  const char* quarter_less;
  const char* one_and_half;
  const char* two_and_half;
  // Fractions: ½ आधा; a/4 (1 and 3) "a चौथाई"; a/3 (1 and 2) "a तिहाई"; others "a बटा b".
  // quarter or third nullptr: those too are "a <over> b".
  const char* half;
  const char* quarter;
  const char* third;
  const char* over;
  // Scale words a number before them is read as an amount with (1.5 लाख: डेढ़ लाख).
  std::vector<std::u32string> scale_words;
  // Words that make a four-digit number a year (सन् 1947, 1947 में).
  std::vector<std::u32string> year_before, year_after;
  // Words after which a number is an identifier, read digit by digit (नंबर, फ़ोन, पिन).
  std::vector<std::u32string> digits_after;
  // Ordinal suffixes after digits (21वीं): masculine, feminine, oblique forms, and the
  // neuter (Marathi 21वे शतक: the masculine form with its final -ा as -े).
  std::vector<std::u32string> ordinal_masculine, ordinal_feminine, ordinal_oblique, ordinal_neuter;
};

}  // namespace vachak::lang
