#include "lang/indic/text_normalizer.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <sstream>

#include "lang/deva/akshara.h"
#include "lang/hin/symbol_names.h"
#include "lang/indic/units.h"
#include "lang/unicode/normalize.h"
#include "lang/unicode/utf8.h"
#include "limits/limits.h"

namespace vachak::lang::indic {
namespace {

const char* const kLetters[26] = {"ए", "बी", "सी", "डी", "ई", "एफ़", "जी", "एच", "आई", "जे", "के", "एल", "एम",
                                  "एन", "ओ", "पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "ज़ेड"};

const std::map<std::u32string, const char*>& abbreviations() {
  static const std::map<std::u32string, const char*> m = {
      {U"डॉ.", "डॉक्टर"},      {U"डा.", "डॉक्टर"},      {U"प्रो.", "प्रोफ़ेसर"}, {U"ई.", "ईसवी"},
      {U"ई.पू.", "ईसा पूर्व"}, {U"रु.", "रुपये"},       {U"नं.", "नंबर"},       {U"No.", "नंबर"},
      {U"सं.", "संख्या"},       {U"पृ.", "पृष्ठ"},        {U"जि.", "ज़िला"},       {U"मो.", "मोबाइल"},
      {U"Dr.", "डॉक्टर"},      {U"Mr.", "मिस्टर"},      {U"Mrs.", "मिसेज़"},      {U"etc.", "इत्यादि"},
  };
  return m;
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_latin(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'); }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0; }
bool is_break_punct(char32_t c) {
  return c == U',' || c == U';' || c == U':' || c == U'.' || c == U'?' || c == U'!' || c == 0x0964 || c == 0x0965;
}
bool is_strip_punct(char32_t c) {
  return is_break_punct(c) || c == U'"' || c == U'\'' || c == U'(' || c == U')' || c == U'[' || c == U']' ||
         c == U'{' || c == U'}' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == U'-' ||
         c == 0x2013 || c == 0x2014;
}

std::string utf8(const std::u32string& s) { return utf8_encode(s); }

// All digits, optionally with grouping commas (1,25,000 or 125,000); returns the digits.
bool grouped_digits(const std::u32string& s, std::string* digits) {
  if (s.empty() || !is_digit(s[0])) return false;
  digits->clear();
  for (char32_t c : s) {
    if (is_digit(c)) digits->push_back(static_cast<char>(c));
    else if (c != U',') return false;
  }
  return !digits->empty() && s.back() != U',';
}

// Commas where Indian (1,25,000) or Western (125,000) grouping puts them, or none; s is
// digits and commas.
bool thousands_grouping(const std::u32string& s) {
  std::vector<size_t> groups = {0};  // digits per comma-separated group
  for (char32_t c : s) {
    if (c == U',') groups.push_back(0);
    else ++groups.back();
  }
  if (groups.size() == 1) return true;
  if (groups.back() != 3 || groups.front() < 1 || groups.front() > 3) return false;
  auto middle_groups_of = [&](size_t n) {
    return std::all_of(groups.begin() + 1, groups.end() - 1, [n](size_t g) { return g == n; });
  };
  return middle_groups_of(3) || (groups.front() <= 2 && middle_groups_of(2));
}

bool starts_with_digit(const std::u32string& s) { return !s.empty() && is_digit(s[0]); }

// A Roman numeral in canonical form (IV, not IIII), either case, 1..3999; 0 otherwise.
int roman_value(const std::u32string& s) {
  static const std::pair<int, const char*> kParts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                       {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                       {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
  if (s.empty() || s.size() > 15) return 0;
  std::string lower;
  const bool upper = s[0] >= U'A' && s[0] <= U'Z';
  for (char32_t c : s) {
    if (!is_latin(c) || (c >= U'A' && c <= U'Z') != upper) return 0;
    lower.push_back(static_cast<char>(upper ? c - U'A' + U'a' : c));
  }
  int value = 0;
  size_t k = 0;
  for (const auto& [v, letters] : kParts) {
    const size_t n = std::strlen(letters);
    for (int repeat = 0; repeat < (n == 1 ? 3 : 1) && lower.compare(k, n, letters) == 0; ++repeat) value += v, k += n;
  }
  return k == lower.size() ? value : 0;
}

bool parse_int(const std::u32string& s, int64_t* v) {
  std::string d;
  if (!grouped_digits(s, &d) || d.size() > 15) return false;
  *v = std::stoll(d);
  return true;
}

bool listed(const std::vector<std::u32string>& words, const std::u32string& w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Digits (with an optional leading "+", as in +91) and nothing else.
bool plain_digit_run(const std::u32string& c) {
  const size_t from = !c.empty() && c[0] == U'+' ? 1 : 0;
  if (c.size() <= from) return false;
  for (size_t k = from; k < c.size(); ++k)
    if (!is_digit(c[k])) return false;
  return true;
}

// 011-23456789, 98765-43210, 1800-180-1551: digit groups joined by hyphens are a phone
// number, not a range, when there are three groups or more, a group of two or more digits
// starts with 0, or the groups hold nine digits or more (ranges such as 10-12, 1990-2000
// and 2019-20 are none of these, nor are dates: 12-03-2024, 2024-03-12).
bool dashed_phone_number(const std::u32string& c) {
  std::vector<size_t> sizes;
  size_t digits = 0, from = 0;
  bool leading_zero = false;
  while (from <= c.size()) {
    size_t end = c.find(U'-', from);
    if (end == std::u32string::npos) end = c.size();
    const std::u32string group = c.substr(from, end - from);
    if (group.empty() || !plain_digit_run(group) || group[0] == U'+') return false;
    sizes.push_back(group.size());
    digits += group.size();
    leading_zero |= group.size() >= 2 && group[0] == U'0';
    from = end + 1;
  }
  if (sizes.size() == 3 && ((sizes[0] <= 2 && sizes[1] <= 2 && (sizes[2] == 2 || sizes[2] == 4)) ||
                            (sizes[0] == 4 && sizes[1] <= 2 && sizes[2] <= 2)))
    return false;  // a date's shape
  return sizes.size() >= 2 && (sizes.size() >= 3 || leading_zero || digits >= 9);
}

struct Currency {
  std::u32string sign;   // ₹, Rs., $ ...
  const char* unit;      // said after the amount; nullptr: the language's rupee
  const char* subunit;   // said after the hundredths; nullptr: the language's paisa
};

// Foreign currencies keep their English names (as Indic languages borrow them).
const Currency kCurrencies[] = {
    {U"₹", nullptr, nullptr},  {U"Rs.", nullptr, nullptr}, {U"Rs", nullptr, nullptr}, {U"रु.", nullptr, nullptr},
    {U"रु", nullptr, nullptr}, {U"INR", nullptr, nullptr}, {U"$", "डॉलर", "सेंट"},  {U"USD", "डॉलर", "सेंट"},
    {U"£", "पाउंड", "पेंस"},   {U"€", "यूरो", "सेंट"},     {U"¥", "येन", "सेन"},
};

// The currency a word after an amount names (500 रु, 20 Rs.), or null.
const Currency* currency_word(const std::u32string& w) {
  for (const Currency& cur : kCurrencies)
    if (w == cur.sign && cur.sign.size() > 1) return &cur;  // a word, not a sign such as ₹ or $
  return nullptr;
}

// "500/-": the Indian price mark "/-" (only) says nothing.
std::u32string without_price_mark(std::u32string c) {
  if (c.size() > 2 && c.compare(c.size() - 2, 2, U"/-") == 0) c.resize(c.size() - 2);
  return c;
}

// The currency whose sign starts an amount (₹500, Rs.20, $5), or null.
const Currency* currency_of(const std::u32string& c) {
  for (const Currency& cur : kCurrencies)
    if (c.size() > cur.sign.size() && c.compare(0, cur.sign.size(), cur.sign) == 0 && is_digit(c[cur.sign.size()]))
      return &cur;
  return nullptr;
}

// A token at kMaxTokenChars ends at the next akshara boundary (in a run of marks with
// none, a little later regardless).
bool token_full(const std::u32string& token, char32_t next) {
  if (token.size() < limits::kMaxTokenChars) return false;
  return token.size() >= limits::kMaxTokenChars + 16 || deva::akshara_boundary(token.back(), next);
}

// E-mail addresses and URLs, read in parts. "http" needs a separator after it: each part
// is read again as a token, and must not be taken for an address itself.
bool is_address(const std::u32string& c) {
  return c.find(U'@') != std::u32string::npos || c.rfind(U"www.", 0) == 0 ||
         (c.rfind(U"http", 0) == 0 && c.find_first_of(U"./:") != std::u32string::npos);
}

bool is_url_scheme(std::u32string part) {
  for (char32_t& ch : part)
    if (ch >= U'A' && ch <= U'Z') ch += U'a' - U'A';
  return part == U"http" || part == U"https" || part == U"www" || part == U"ftp";
}

// Latin letters by name: ए बी सी.
void spell_letters(const std::u32string& latin, std::vector<std::string>& out) {
  for (char32_t ch : latin) out.push_back(kLetters[(ch >= U'a' ? ch - U'a' : ch - U'A')]);
}

bool is_currency_sign(const std::u32string& c) {
  for (const Currency& cur : kCurrencies)
    if (c == cur.sign) return true;
  return false;
}

// One break between words however many marks there are; a question mark among them wins.
void add_phrase_break(std::vector<std::string>& out, bool question) {
  if (out.empty()) return;
  if (!is_phrase_break(out.back())) out.push_back(question ? kQuestionBreak : kPhraseBreak);
  else if (question) out.back() = kQuestionBreak;
}

void push_words(const std::string& text, std::vector<std::string>& out) {
  std::istringstream ss(text);
  std::string w;
  while (ss >> w) out.push_back(w);
}

bool is_space_byte(char b) { return b == ' ' || b == '\t' || b == '\n' || b == '\r'; }
bool is_continuation_byte(char b) { return (static_cast<unsigned char>(b) & 0xC0) == 0x80; }

// Byte lengths of a sentence mark (।, ॥, ?, !) and of a closing quote or bracket at i; 0
// where there is none.
size_t sentence_mark_at(std::string_view s, size_t i) {
  if (s[i] == '?' || s[i] == '!') return 1;
  return s.compare(i, 3, "\u0964") == 0 || s.compare(i, 3, "\u0965") == 0 ? 3 : 0;
}
size_t closer_at(std::string_view s, size_t i) {
  if (s[i] == '"' || s[i] == '\'' || s[i] == ')' || s[i] == ']') return 1;
  return s.compare(i, 3, "\u201D") == 0 || s.compare(i, 3, "\u2019") == 0 ? 3 : 0;
}

// The code point that starts at byte i (the text was validated; stray bytes read as 0).
char32_t code_point_at(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const size_t len = b0 < 0x80 ? 1 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  char32_t cp = len == 1 ? b0 : b0 & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

// A cut inside a span with no space: a code point start before `limit` that does not
// split an akshara.
size_t akshara_cut(std::string_view s, size_t from, size_t limit) {
  size_t cut = limit;
  while (cut > from && is_continuation_byte(s[cut])) --cut;
  const size_t fallback = cut > from ? cut : limit;
  for (int tries = 0; tries < 16 && cut > from; ++tries) {
    size_t prev = cut - 1;
    while (prev > from && is_continuation_byte(s[prev])) --prev;
    if (deva::akshara_boundary(code_point_at(s, prev), code_point_at(s, cut))) return cut;
    cut = prev;
  }
  return fallback;
}

}  // namespace

Result<std::unique_ptr<TextNormalizer>> TextNormalizer::create(const SpeechWords& words) {
  return std::unique_ptr<TextNormalizer>(new TextNormalizer(words));
}

Result<std::vector<std::string>> TextNormalizer::normalize(const std::string& text, bool keep_final_break) const {
  auto nfc = to_nfc(text);
  if (!nfc.is_ok()) return nfc.status();
  std::u32string s = utf8_decode(nfc.value()).value();
  for (char32_t& c : s) {
    // The digits of every Indic script (each block has them at offsets 0x66..0x6F).
    if (c >= 0x0966 && c <= 0x0D6F && (c & 0x7F) >= 0x66 && (c & 0x7F) <= 0x6F) c = U'0' + ((c & 0x7F) - 0x66);
    if (c == 0x2212) c = U'-';                                 // the minus sign
  }
  std::vector<std::u32string> chunks;
  std::u32string cur;
  auto end_chunk = [&] {
    if (cur.empty()) return;
    // "₹ 500", "$ 20": the sign belongs to the amount after it.
    if (!chunks.empty() && is_currency_sign(chunks.back()) && is_digit(cur[0])) chunks.back() += cur;
    else chunks.push_back(cur);
    cur.clear();
  };
  for (char32_t c : s) {
    if (is_space(c)) {
      end_chunk();
      continue;
    }
    if (token_full(cur, c)) end_chunk();
    cur.push_back(c);
  }
  end_chunk();

  std::vector<std::string> out;
  bool spelled_digits = false;   // the last chunk was a digit run read digit by digit
  std::string after_next_word;   // a word owed after the next chunk (see currency)
  for (size_t i = 0; i < chunks.size(); ++i) {
    std::u32string c = chunks[i];
    // Leading and trailing punctuation; a trailing break mark ends a phrase. A final
    // "." that belongs to a known abbreviation stays with it.
    // Marks before the word (or a chunk of marks alone: "है ।", "अच्छा , ठीक") end the
    // phrase before it.
    bool lead_break = false, lead_question = false;
    while (!c.empty() && is_strip_punct(c.front()) && !(c.front() == U'-' && c.size() > 1 && is_digit(c[1]))) {
      lead_break |= is_break_punct(c.front());
      lead_question |= c.front() == U'?';
      c.erase(0, 1);
    }
    if (lead_break) add_phrase_break(out, lead_question);
    bool phrase_break = false, question = false;
    c = without_price_mark(c);  // ₹500/-
    while (!c.empty() && is_strip_punct(c.back()) && abbreviations().count(c) == 0 &&
           !unit_name(c, i > 0 && starts_with_digit(chunks[i - 1]))) {
      phrase_break |= is_break_punct(c.back());
      question |= c.back() == U'?';
      c.pop_back();
    }
    if (!c.empty()) {
      auto bare = [](std::u32string w) {  // a neighbour without its punctuation, for context
        while (!w.empty() && is_strip_punct(w.back())) w.pop_back();
        while (!w.empty() && is_strip_punct(w.front())) w.erase(0, 1);
        return w;
      };
      const std::u32string prev = i > 0 ? bare(chunks[i - 1]) : U"";
      const std::u32string next = i + 1 < chunks.size() ? bare(chunks[i + 1]) : U"";
      // Phone numbers and codes: digit by digit when ten digits or more (a mobile number;
      // a count that large has grouping commas), after +, after a word such as नंबर, an
      // area code with its 0 ((011) 2345 6789), or right after a group read that way
      // (+91 98765 43210); hyphenated groups that make a phone number.
      const bool digit_by_digit =
          (plain_digit_run(c) &&
           (c[0] == U'+' || c.size() >= 10 || (c.size() >= 3 && listed(w_.digits_after, prev)) ||
            (c.size() >= 3 && c[0] == U'0') ||
            // a PIN code: six digits after a comma (…, नई दिल्ली, 110001)
            (c.size() == 6 && i > 0 && chunks[i - 1].back() == U',') || (spelled_digits && c.size() >= 2))) ||
          dashed_phone_number(c);
      if (digit_by_digit) {
        if (c[0] == U'+') out.push_back(w_.plus);
        for (char32_t d : c)
          if (is_digit(d)) out.push_back(numbers_->digit(static_cast<char>(d)));
      } else {
        chunk(c, prev, next, out);
      }
      spelled_digits = digit_by_digit;
      if (!after_next_word.empty()) {  // ₹1.5 करोड़ -> डेढ़ करोड़ रुपये
        out.push_back(after_next_word);
        after_next_word.clear();
      }
      if (const Currency* cur = currency_of(c); cur && listed(w_.scale_words, next))
        after_next_word = cur->unit ? cur->unit : w_.currency_unit;
    } else {
      spelled_digits = false;
    }
    if (phrase_break) {
      add_phrase_break(out, question);
      spelled_digits = false;
    }
  }
  // A trailing plain break says nothing (unless more text follows); a trailing "?" says
  // the last phrase asks.
  while (!keep_final_break && !out.empty() && out.back() == kPhraseBreak) out.pop_back();
  if (out.size() == 1 && out.back() == kQuestionBreak) out.clear();
  return out;
}

void TextNormalizer::chunk(const std::u32string& c, const std::u32string& prev, const std::u32string& next,
                           std::vector<std::string>& out) const {
  if (c == U"&") {
    out.push_back(w_.and_word);
    return;
  }
  const auto abbr = abbreviations().find(c);
  if (abbr != abbreviations().end()) {
    push_words(abbr->second, out);
    return;
  }
  if (const char* unit = unit_name(c, starts_with_digit(prev))) {
    push_words(unit, out);
    return;
  }
  if (const Currency* cur = starts_with_digit(prev) ? currency_word(c) : nullptr) {  // 500 रु, 20 USD
    out.push_back(cur->unit ? cur->unit : w_.currency_unit);
    return;
  }
  if (vulgar_fraction(c, out)) return;
  if (roman_numeral_in_context(c, prev, out)) return;
  if (number_like(c, prev, next, out)) return;
  if (is_address(c)) {
    read_address(c, out);
    return;
  }
  bool latin = true;
  for (char32_t ch : c) latin &= is_latin(ch);
  if (latin) {
    spell_latin(c, out);
    return;
  }
  // Mixed tokens such as "COVID-19" or "5G": split into letter and digit runs.
  bool has_digit = false, has_other = false;
  for (char32_t ch : c) (is_digit(ch) ? has_digit : has_other) |= true;
  if (has_digit && has_other) {
    std::u32string run, prev_run;
    for (size_t k = 0; k <= c.size(); ++k) {
      const bool boundary = k == c.size() || c[k] == U'-' || (k > 0 && is_digit(c[k]) != is_digit(c[k - 1]));
      if (boundary && !run.empty()) {
        // दिल्ली-110001: a six-digit group after a hyphen is a PIN code, digit by digit.
        if (run.size() == 6 && k > 6 && c[k - 7] == U'-' && plain_digit_run(run))
          for (char32_t d : run) out.push_back(numbers_->digit(static_cast<char>(d)));
        else
          chunk(run, prev_run, U"", out);
        prev_run = run;
        run.clear();
      }
      if (k < c.size() && c[k] != U'-') run.push_back(c[k]);
    }
    return;
  }
  // Symbols by name (a lone "+", "#टैग", "a=b"); the rest of the token as usual.
  if (std::any_of(c.begin(), c.end(), [](char32_t ch) { return hin::symbol_name(ch) != nullptr; })) {
    std::u32string run;
    for (char32_t ch : c) {
      if (const char* name = hin::symbol_name(ch)) {
        if (!run.empty()) chunk(run, U"", U"", out), run.clear();
        out.push_back(name);
      } else {
        run.push_back(ch);
      }
    }
    if (!run.empty()) chunk(run, U"", U"", out);
    return;
  }
  out.push_back(utf8(c));
}

bool TextNormalizer::number_like(const std::u32string& c, const std::u32string& prev, const std::u32string& next,
                                 std::vector<std::string>& out) const {
  const NumberWords& nw = *numbers_;
  // Currency prefixes; before a scale word the amount is a number and रुपये follows
  // the scale word (normalize() adds it).
  if (const Currency* cur = currency_of(c)) {
    const std::u32string amount = without_price_mark(c.substr(cur->sign.size()));
    const char* unit = cur->unit ? cur->unit : w_.currency_unit;
    if (listed(w_.scale_words, next)) return number_like(amount, prev, next, out);
    // ₹10-20: a range of amounts, the unit once at its end.
    if (const size_t dash = amount.find_first_of(U"-–"); dash != std::u32string::npos) {
      std::vector<std::string> a, b;
      if (!number_like(amount.substr(0, dash), U"", U"", a) || !number_like(amount.substr(dash + 1), U"", U"", b))
        return false;
      out.insert(out.end(), a.begin(), a.end());
      out.push_back(w_.range_word);
      out.insert(out.end(), b.begin(), b.end());
      out.push_back(unit);
      return true;
    }
    const size_t dot = amount.find(U'.');
    int64_t whole = 0, hundredths = 0;
    if (!parse_int(amount.substr(0, dot), &whole)) return false;
    const bool cents = dot != std::u32string::npos && parse_int(amount.substr(dot + 1), &hundredths) &&
                       hundredths > 0 && amount.size() - dot - 1 <= 2;
    if (cents && amount.size() - dot - 1 == 1) hundredths *= 10;
    if (whole > 0 || !cents) {  // ₹0.50: fifty paise, no "zero rupees"
      push_words(nw.cardinal(whole), out);
      out.push_back(unit);
    }
    if (cents) {
      push_words(nw.cardinal(hundredths), out);
      out.push_back(cur->subunit ? cur->subunit : w_.currency_subunit);
    }
    return true;
  }
  if (!is_digit(c[0]) && !(c[0] == U'-' && c.size() > 1 && is_digit(c[1]))) return false;
  if (c.size() > 2 && c.compare(c.size() - 2, 2, U"/-") == 0) return number_like(without_price_mark(c), prev, next, out);
  // A number glued to a unit, decimals and sign included: 98.6°F, -5°C, 1.5kg; a decimal or
  // a time glued to a word (11.00बजे, 2.5लाख, 11:00ৰ): the number as before that word, then
  // the word. (Whole numbers glued to a word are the ordinal block's, below.)
  {
    size_t k = c[0] == U'-' ? 1 : 0;
    while (k < c.size() && (is_digit(c[k]) || c[k] == U'.' || c[k] == U',' || c[k] == U':')) ++k;
    if (k < c.size() && is_digit(c[k - 1])) {
      if (const char* unit = unit_name(c.substr(k), true)) {
        std::vector<std::string> n;
        if (!number_like(c.substr(0, k), prev, U"", n)) return false;
        out.insert(out.end(), n.begin(), n.end());
        push_words(unit, out);
        return true;
      }
      const std::u32string number = c.substr(0, k), rest = c.substr(k);
      if (number.find_first_of(U".:") != std::u32string::npos && !is_digit(rest[0]) && rest[0] != U'-' &&
          rest[0] != U'/') {
        std::vector<std::string> n;
        if (!number_like(number, prev, rest, n)) return false;
        out.insert(out.end(), n.begin(), n.end());
        chunk(rest, number, next, out);
        return true;
      }
    }
  }
  if (c.back() == U'%') {
    std::vector<std::string> n;
    if (!number_like(c.substr(0, c.size() - 1), U"", U"", n)) return false;
    out.insert(out.end(), n.begin(), n.end());
    out.push_back(w_.percent);
    return true;
  }
  // Dates d/m/y, d-m-y, d.m.y.
  for (char32_t sep : {U'/', U'-', U'.'}) {
    const size_t a = c.find(sep), b = a == std::u32string::npos ? a : c.find(sep, a + 1);
    if (b == std::u32string::npos || c.find(sep, b + 1) != std::u32string::npos) continue;
    int64_t d = 0, m = 0, y = 0;
    if (a == 4 && sep != U'.') {  // 2024-03-12, 2024/03/12: year first (ISO 8601)
      if (parse_int(c.substr(0, a), &y) && parse_int(c.substr(a + 1, b - a - 1), &m) && parse_int(c.substr(b + 1), &d) &&
          c.size() - b - 1 <= 2 && d >= 1 && d <= 31 && m >= 1 && m <= 12) {
        push_words(nw.cardinal(d), out);
        out.push_back(w_.months[m - 1]);
        push_words(nw.year(y), out);
        return true;
      }
      continue;
    }
    if (parse_int(c.substr(0, a), &d) && parse_int(c.substr(a + 1, b - a - 1), &m) && parse_int(c.substr(b + 1), &y) &&
        d >= 1 && d <= 31 && m >= 1 && m <= 12) {
      if (c.size() - b - 1 == 2) y += y < 50 ? 2000 : 1900;
      push_words(nw.cardinal(d), out);
      out.push_back(w_.months[m - 1]);
      push_words(nw.year(y), out);
      return true;
    }
  }
  // Fractions a/b: the common ones by name, others "a बटा b" (Hindi's words).
  if (const size_t slash = c.find(U'/'); slash != std::u32string::npos && c.find(U'/', slash + 1) == std::u32string::npos) {
    int64_t a = 0, b = 0;
    if (c.find(U',') == std::u32string::npos && parse_int(c.substr(0, slash), &a) && parse_int(c.substr(slash + 1), &b) &&
        b >= 2) {
      if (a == 1 && b == 2) out.push_back(w_.half);
      else if ((b == 4 && (a == 1 || a == 3) && w_.quarter) || (b == 3 && (a == 1 || a == 2) && w_.third)) {
        push_words(nw.cardinal(a), out);
        out.push_back(b == 4 ? w_.quarter : w_.third);
      } else {
        push_words(nw.cardinal(a), out);
        out.push_back(w_.over);
        push_words(nw.cardinal(b), out);
      }
      return true;
    }
  }
  // Times h:mm:ss.
  if (const size_t colon = c.find(U':'), colon2 = c.find(U':', colon == std::u32string::npos ? 0 : colon + 1);
      colon != std::u32string::npos && colon2 != std::u32string::npos) {
    int64_t h = 0, m = 0, sec = 0;
    if (colon2 - colon == 3 && c.size() - colon2 - 1 == 2 && parse_int(c.substr(0, colon), &h) &&
        parse_int(c.substr(colon + 1, 2), &m) && parse_int(c.substr(colon2 + 1), &sec) && h <= 24 && m < 60 && sec < 60) {
      push_words(nw.cardinal(h), out);
      out.push_back(w_.hours_and);
      push_words(nw.cardinal(m), out);
      out.push_back(w_.minute_word);
      push_words(nw.cardinal(sec), out);
      out.push_back(w_.second_word);
      return true;
    }
    return false;
  }
  // h.mm before the o'clock word (ठीक 11.00 बजे) is a time, read as h:mm.
  if (const size_t dot = c.find(U'.'); dot != std::u32string::npos && dot >= 1 && dot <= 2 && c.size() == dot + 3 &&
                                       utf8(next) == w_.o_clock && plain_digit_run(c.substr(0, dot)) &&
                                       plain_digit_run(c.substr(dot + 1))) {
    std::u32string as_time = c;
    as_time[dot] = U':';
    return number_like(as_time, prev, next, out);
  }
  // Times h:mm.
  if (const size_t colon = c.find(U':'); colon != std::u32string::npos) {
    int64_t h = 0, m = 0;
    if (parse_int(c.substr(0, colon), &h) && parse_int(c.substr(colon + 1), &m) && h <= 24 && m < 60 &&
        c.size() - colon - 1 == 2) {
      const bool o_clock_next = utf8(next) == w_.o_clock;
      if (o_clock_next && (m == 15 || m == 30 || m == 45) && h >= 1 && w_.quarter_more) {
        // Quarter hours as spoken before बजे: सवा दस, साढ़े दस, पौने ग्यारह (Hindi's words).
        if (m == 30 && h == 1) out.push_back(w_.one_and_half);
        else if (m == 30 && h == 2) out.push_back(w_.two_and_half);
        else {
          out.push_back(m == 15 ? w_.quarter_more : m == 30 ? w_.half_more : w_.quarter_less);
          push_words(nw.cardinal(m == 45 ? h % 12 + 1 : h), out);
        }
        return true;
      }
      push_words(nw.cardinal(h), out);
      if (m == 0) {
        if (!o_clock_next) out.push_back(w_.o_clock);
      } else {
        out.push_back(w_.hours_and);
        push_words(nw.cardinal(m), out);
        out.push_back(w_.minute_word);
      }
      return true;
    }
    return false;
  }
  // Ranges a-b (not a negative number).
  if (const size_t dash = c.find_first_of(U"-–", 1); dash != std::u32string::npos) {
    std::vector<std::string> a, b;
    if (number_like(c.substr(0, dash), U"", U"", a) && number_like(c.substr(dash + 1), U"", U"", b)) {
      out.insert(out.end(), a.begin(), a.end());
      out.push_back(w_.range_word);
      out.insert(out.end(), b.begin(), b.end());
      return true;
    }
    return false;
  }
  // Ordinals: 21वीं, 5वें, 1ला ...
  {
    size_t k = 0;
    while (k < c.size() && is_digit(c[k])) ++k;
    const std::u32string suffix = c.substr(k);
    int64_t n = 0;
    const bool word_suffix = !suffix.empty() && suffix[0] != U',' && suffix[0] != U'.' && !is_digit(suffix[0]);
    if (k > 0 && word_suffix && parse_int(c.substr(0, k), &n)) {
      const bool fem = listed(w_.ordinal_feminine, suffix);
      const bool obl = listed(w_.ordinal_oblique, suffix);
      const bool masc = listed(w_.ordinal_masculine, suffix);
      if (fem || obl || masc) {
        push_words(nw.ordinal(n, fem, obl), out);
        return true;
      }
      if (listed(w_.ordinal_neuter, suffix)) {
        std::string word = nw.ordinal(n, false, false);
        const std::string aa = "ा", e = "े";
        if (word.size() >= aa.size() && word.compare(word.size() - aa.size(), aa.size(), aa) == 0)
          word.replace(word.size() - aa.size(), aa.size(), e);
        push_words(word, out);
        return true;
      }
      std::u32string lower = suffix;
      for (char32_t& ch : lower)
        if (ch >= U'A' && ch <= U'Z') ch += U'a' - U'A';
      if (lower == U"st" || lower == U"nd" || lower == U"rd" || lower == U"th") {  // 1st, 2nd, 21st
        push_words(nw.ordinal(n, false, false), out);
        return true;
      }
      // A number glued to a unit or a word: read the number, then the rest.
      push_words(nw.cardinal(n), out);
      chunk(suffix, c.substr(0, k), U"", out);
      return true;
    }
  }
  const bool negative = c[0] == U'-';
  const std::u32string body = negative ? c.substr(1) : c;
  const size_t dot = body.find(U'.');
  std::string int_digits, frac_digits;
  if (!grouped_digits(body.substr(0, dot), &int_digits)) return false;
  // 1,2,3 or 4,5 or 10,12: commas no grouping puts there separate the numbers of a list.
  if (!thousands_grouping(body.substr(0, dot))) {
    number_list(c, out);
    return true;
  }
  if (int_digits.size() > 15) return false;
  if (dot != std::u32string::npos) {
    for (size_t k = dot + 1; k < body.size(); ++k) {
      if (!is_digit(body[k])) return false;
      frac_digits.push_back(static_cast<char>(body[k]));
    }
    if (frac_digits.empty()) return false;
  }
  if (negative) out.push_back(nw.minus_word());
  if (!negative && w_.quarter_more && listed(w_.scale_words, next) &&
      (frac_digits == "5" || frac_digits == "25" || frac_digits == "75")) {
    // Before लाख, करोड़...: डेढ़, ढाई, साढ़े तीन, सवा दो, पौने चार — as amounts are said.
    const int64_t whole = std::stoll(int_digits);
    if (frac_digits == "5" && whole == 1) out.push_back(w_.one_and_half);
    else if (frac_digits == "5" && whole == 2) out.push_back(w_.two_and_half);
    else if (frac_digits == "75") out.push_back(w_.quarter_less), push_words(nw.cardinal(whole + 1), out);
    else if (whole >= 1)
      out.push_back(frac_digits == "5" ? w_.half_more : w_.quarter_more), push_words(nw.cardinal(whole), out);
    else push_words(nw.decimal(int_digits, frac_digits), out);
    return true;
  }
  if (!frac_digits.empty()) {
    push_words(nw.decimal(int_digits, frac_digits), out);
    return true;
  }
  const int64_t n = std::stoll(int_digits);
  // A bare four-digit number is a year only in a year's company.
  bool year_context = listed(w_.year_before, prev);
  for (const auto& w : w_.year_after) year_context |= next == w || next.rfind(w, 0) == 0;
  for (const char* m : w_.months) year_context |= utf8(prev) == m;
  if (!negative && int_digits.size() == 4 && c.find(U',') == std::u32string::npos && year_context)
    push_words(nw.year(n), out);
  else if (int_digits.size() > 1 && int_digits[0] == '0')  // 007, phone-like: digit by digit
    for (char d : int_digits) out.push_back(nw.digit(d));
  else
    push_words(nw.cardinal(n), out);
  return true;
}

bool TextNormalizer::vulgar_fraction(const std::u32string& c, std::vector<std::string>& out) const {
  if (c.empty()) return false;
  const char32_t f = c.back();
  if (f != 0x00BD && f != 0x00BC && f != 0x00BE && f != 0x2153 && f != 0x2154) return false;  // ½ ¼ ¾ ⅓ ⅔
  int64_t whole = 0;
  const std::u32string digits = c.substr(0, c.size() - 1);
  if (!digits.empty() && (!plain_digit_run(digits) || !parse_int(digits, &whole))) return false;
  const NumberWords& nw = *numbers_;
  // Where the language lacks a word (Tamil has no quarter words before a number, Bengali
  // names no quarter), the plain reading: "2 and 1 over 4".
  const auto plain = [&](int64_t a, int64_t b) {
    if (whole > 0) push_words(nw.cardinal(whole), out), out.push_back(w_.and_word);
    if (a == 1 && b == 2) {
      out.push_back(w_.half);
      return;
    }
    push_words(nw.cardinal(a), out);
    out.push_back(w_.over);
    push_words(nw.cardinal(b), out);
  };
  if (f == 0x2153 || f == 0x2154) {  // 2⅓: दो और एक तिहाई
    if (!w_.third) {
      plain(f == 0x2153 ? 1 : 2, 3);
      return true;
    }
    if (whole > 0) push_words(nw.cardinal(whole), out), out.push_back(w_.and_word);
    push_words(nw.cardinal(f == 0x2153 ? 1 : 2), out);
    out.push_back(w_.third);
  } else if (whole == 0) {
    if (f != 0x00BD && !w_.quarter) {
      plain(f == 0x00BC ? 1 : 3, 4);
      return true;
    }
    if (f != 0x00BD) push_words(nw.cardinal(f == 0x00BC ? 1 : 3), out);
    out.push_back(f == 0x00BD ? w_.half : w_.quarter);
  } else if (!w_.quarter_more) {
    plain(f == 0x00BD ? 1 : f == 0x00BC ? 1 : 3, f == 0x00BD ? 2 : 4);
  } else if (f == 0x00BD) {  // 1½ डेढ़, 2½ ढाई, 3½ साढ़े तीन
    if (whole == 1) out.push_back(w_.one_and_half);
    else if (whole == 2) out.push_back(w_.two_and_half);
    else out.push_back(w_.half_more), push_words(nw.cardinal(whole), out);
  } else if (f == 0x00BC) {  // 2¼ सवा दो
    out.push_back(w_.quarter_more);
    push_words(nw.cardinal(whole), out);
  } else {  // 2¾ पौने तीन
    out.push_back(w_.quarter_less);
    push_words(nw.cardinal(whole + 1), out);
  }
  return true;
}

bool TextNormalizer::roman_numeral_in_context(const std::u32string& c, const std::u32string& prev,
                                              std::vector<std::string>& out) const {
  // Words a Roman numeral counts after: अध्याय IV, कक्षा XII, भाग II. Elsewhere I, V, X, C
  // and MIX are letters or words.
  static const std::u32string kBefore[] = {U"अध्याय", U"भाग", U"खंड", U"खण्ड", U"कक्षा", U"पाठ", U"अनुच्छेद",
                                           U"अनुसूची", U"चरण", U"सर्ग", U"संस्करण", U"पुस्तक", U"Chapter",
                                           U"Part", U"Class", U"Vol", U"Volume", U"Section"};
  if (std::find(std::begin(kBefore), std::end(kBefore), prev) == std::end(kBefore)) return false;
  const int value = roman_value(c);
  if (value == 0) return false;
  push_words(numbers_->cardinal(value), out);
  return true;
}

// Acronyms Hindi says as words, not letter by letter (ISRO: इसरो, not आई एस आर ओ).
static const char* acronym_word(const std::u32string& c) {
  static const std::map<std::u32string, const char*> kWords = {
      {U"ISRO", "इसरो"},   {U"NASA", "नासा"},       {U"NATO", "नाटो"},   {U"UNESCO", "यूनेस्को"}, {U"UNICEF", "यूनिसेफ़"},
      {U"AIIMS", "एम्स"},  {U"SEBI", "सेबी"},       {U"NABARD", "नाबार्ड"}, {U"FIFA", "फ़ीफ़ा"},   {U"SAARC", "सार्क"},
      {U"ASEAN", "आसियान"}, {U"OPEC", "ओपेक"},      {U"NEET", "नीट"},     {U"COVID", "कोविड"},  {U"SIM", "सिम"},
      {U"RAM", "रैम"},     {U"ROM", "रॉम"},        {U"LAN", "लैन"},      {U"BHEL", "भेल"},     {U"GAIL", "गेल"},
      {U"NITI", "नीति"},   {U"BRICS", "ब्रिक्स"},    {U"WHO", "डब्ल्यू एच ओ"}, {U"PIN", "पिन"},   {U"OTP", "ओ टी पी"},
  };
  const auto it = kWords.find(c);
  return it == kWords.end() ? nullptr : it->second;
}

void TextNormalizer::spell_latin(const std::u32string& c, std::vector<std::string>& out) const {
  if (const char* word = acronym_word(c)) {
    push_words(word, out);
    return;
  }
  bool upper = c.size() <= 6;
  for (char32_t ch : c) upper &= ch >= U'A' && ch <= U'Z';
  if (upper || c.size() == 1) {  // acronyms, and a letter alone (विकल्प a)
    spell_letters(c, out);
    return;
  }
  out.push_back(utf8(c));  // the G2P transliterates Latin words
}

// Parts of addresses said as words (gmail.com: जीमेल डॉट कॉम); other parts of one or two
// letters are spelled, longer ones read as words.
static const char* web_word(std::u32string part) {
  static const std::map<std::u32string, const char*> kWords = {
      {U"com", "कॉम"},       {U"org", "ऑर्ग"},      {U"net", "नेट"},           {U"gov", "गव"},
      {U"edu", "एडु"},       {U"co", "को"},         {U"in", "इन"},             {U"info", "इन्फ़ो"},
      {U"gmail", "जीमेल"},   {U"yahoo", "याहू"},    {U"hotmail", "हॉटमेल"},   {U"outlook", "आउटलुक"},
      {U"google", "गूगल"},   {U"youtube", "यूट्यूब"}, {U"facebook", "फ़ेसबुक"}, {U"twitter", "ट्विटर"},
      {U"instagram", "इंस्टाग्राम"}, {U"wikipedia", "विकिपीडिया"}, {U"mail", "मेल"}, {U"index", "इंडेक्स"},
  };
  for (char32_t& ch : part)
    if (ch >= U'A' && ch <= U'Z') ch += U'a' - U'A';
  const auto it = kWords.find(part);
  return it == kWords.end() ? nullptr : it->second;
}

void TextNormalizer::read_address(const std::u32string& c, std::vector<std::string>& out) const {
  std::u32string part;
  auto flush = [&] {
    bool letters = !part.empty();
    for (char32_t ch : part) letters &= is_latin(ch);
    if (const char* word = web_word(part)) out.push_back(word);
    else if (is_url_scheme(part) || (letters && part.size() <= 2)) spell_letters(part, out);
    else if (!part.empty()) chunk(part, U"", U"", out);
    part.clear();
  };
  for (char32_t ch : c) {
    if (ch == U'@') flush(), out.push_back("एट");
    else if (ch == U'.') flush(), out.push_back("डॉट");
    else if (ch == U'/') flush(), out.push_back("स्लैश");
    else if (ch == U':') flush();
    else part.push_back(ch);
  }
  flush();
}

void TextNormalizer::number_list(const std::u32string& c, std::vector<std::string>& out) const {
  for (size_t from = 0; from <= c.size();) {
    const size_t comma = std::min(c.find(U',', from), c.size());
    if (comma > from) chunk(c.substr(from, comma - from), U"", U"", out);
    from = comma + 1;
  }
}

size_t next_piece_end(std::string_view text, size_t from) {
  const size_t limit = std::min(text.size(), from + limits::kMaxTextPieceBytes);
  size_t phrase_cut = 0, space_cut = 0;
  for (size_t i = from; i < limit; ++i) {
    if (const size_t mark = sentence_mark_at(text, i)) {
      size_t j = i + mark;
      while (j < text.size() && closer_at(text, j)) j += closer_at(text, j);
      if (j == text.size() || is_space_byte(text[j])) return j;
    } else if (is_space_byte(text[i]) && i > from) {
      space_cut = i + 1;
      if (text[i - 1] == ',' || text[i - 1] == ';') phrase_cut = i + 1;
    }
  }
  if (limit == text.size()) return limit;
  if (phrase_cut > from + limits::kMaxTextPieceBytes / 2) return phrase_cut;
  if (space_cut > 0) return space_cut;
  return akshara_cut(text, from, limit);
}

}  // namespace vachak::lang::indic
