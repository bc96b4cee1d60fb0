#include "lang/hin/g2p.h"

#include <algorithm>

#include "lang/deva/akshara.h"
#include "lang/hin/schwa_features.h"
#include "lang/indic/to_devanagari.h"
#include "lang/unicode/normalize.h"
#include "lang/unicode/utf8.h"

namespace vachak::lang::hin {
namespace {

constexpr const char* kNasalTilde = "\u0303";

// क..ह: IPA of each consonant, in code point order from U+0915.
const char* const kConsonants[] = {
    "k", "kʰ", "ɡ", "ɡʱ", "ŋ",        // क ख ग घ ङ
    "tʃ", "tʃʰ", "dʒ", "dʒʱ", "ɲ",    // च छ ज झ ञ
    "ʈ", "ʈʰ", "ɖ", "ɖʱ", "ɳ",        // ट ठ ड ढ ण
    "t̪", "t̪ʰ", "d̪", "d̪ʱ", "n", "n",  // त थ द ध न ऩ
    "p", "pʰ", "b", "bʱ", "m",        // प फ ब भ म
    "j", "r", "r", "l", "ɭ", "ɭ",      // य र ऱ ल ळ ऴ
    "ʋ", "ʃ", "ʂ", "s", "ɦ"};         // व श ष स ह

const char* consonant_ipa(char32_t c, bool nukta) {
  if (nukta) {
    switch (c) {
      case U'क': return "q";
      case U'ख': return "x";
      case U'ग': return "ɣ";
      case U'ज': return "z";
      case U'फ': return "f";
      case U'ड': return "ɽ";
      case U'ढ': return "ɽʱ";
      case U'य': return "j";
      default: break;
    }
  }
  if (c >= 0x0915 && c <= 0x0939) return kConsonants[c - 0x0915];
  // क़..य़ precomposed (not NFC, but accepted): the base letter with its nukta.
  static const char32_t kNuktaBase[] = {U'क', U'ख', U'ग', U'ज', U'ड', U'ढ', U'फ', U'य'};
  if (c >= 0x0958 && c <= 0x095F) return consonant_ipa(kNuktaBase[c - 0x0958], true);
  // ॸ..ॿ, letters of Marwari, Sindhi, Kashmiri and other languages written in
  // Devanagari with sounds Hindi lacks: the closest phone the voice has (its inventory,
  // models/train/tts/phones.py, has no implosives, no ʒ and no glottal stop).
  switch (c) {
    case 0x0978: return "ɖ";   // ॸ MARWARI DDA: [ɖ], not a lateral (Marwari writes ड for
                               // [ɽ] and ॸ for [ɖ]: A. Pandey, proposal to encode it, 2010)
    case 0x0979: return "z";   // ॹ ZHA: [ʒ]; the voiced sibilant the voice has
    case 0x097A: return "j";   // ॺ HEAVY YA: a ya
    case 0x097B: return "ɡ";   // ॻ GGA: Sindhi implosive [ɠ]
    case 0x097C: return "dʒ";  // ॼ JJA: Sindhi implosive [ʄ]
    case 0x097D: return nullptr;  // ॽ GLOTTAL STOP: no phone (its vowel is still spoken)
    case 0x097E: return "ɖ";   // ॾ DDDA: Sindhi implosive [ᶑ]
    case 0x097F: return "b";   // ॿ BBA: Sindhi implosive [ɓ]
    default: return nullptr;   // not a consonant letter: no phone rather than an empty one
  }
}

// Independent vowels and vowel signs share their IPA.
const char* vowel_ipa(char32_t c) {
  switch (c) {
    case U'अ': return "ə";
    case U'आ': case U'ा': return "aː";
    case U'इ': case U'ि': return "ɪ";
    case U'ई': case U'ी': return "iː";
    case U'उ': case U'ु': return "ʊ";
    case U'ऊ': case U'ू': return "uː";
    case U'ऋ': case U'ृ': return "rɪ";
    case U'ॠ': case U'ॄ': return "riː";
    case U'ए': case U'े': return "eː";
    case U'ऐ': case U'ै': return "ɛː";
    case U'ओ': case U'ो': return "oː";
    case U'औ': case U'ौ': return "ɔː";
    case U'ऑ': case U'ॉ': return "ɔ";
    case U'ऍ': case U'ॅ': case U'ॲ': return "æ";
    case U'ऎ': case U'ॆ': return "e";
    case U'ऒ': case U'ॊ': return "o";
    // Rarer vowels, as the closest vowel of the voice: ऄ (short a); Kashmiri ॳ/ऺ [ə],
    // ॴ/ऻ [əː], ॶ/ॖ [ɨ], ॷ/ॗ [ɨː], ॵ/ॏ [ɔː]; ॎ (prishthamatra e) and ॕ (candra long e).
    case 0x0904: case 0x0973: case 0x093A: case 0x0974: case 0x093B: return "ə";
    case 0x0976: case 0x0956: return "ɪ";
    case 0x0977: case 0x0957: return "iː";
    case 0x0975: case 0x094F: return "ɔː";
    case 0x094E: return "eː";
    case 0x0955: return "ɛː";
    default: return nullptr;
  }
}

// The nasal an anusvara becomes before a stop of each place; 0 where it nasalizes the vowel.
const char* homorganic_nasal(char32_t next) {
  if (next >= U'क' && next <= U'घ') return "ŋ";
  if (next >= U'च' && next <= U'झ') return "ɲ";
  if (next >= U'ट' && next <= U'ढ') return "ɳ";
  if (next >= U'त' && next <= U'ध') return "n";
  if (next >= U'प' && next <= U'भ') return "m";
  return nullptr;
}

// Latin letters of a word the English lexicon does not have, read as Indian names and
// words in Latin letters are (Sharma, Kapil, Mahindra: a is ə and aː at the end, u is ʊ):
// a rough transliteration, so that nothing is dropped. Digraphs first.
void latin_letter_phones(const std::u32string& w, std::vector<std::string>& out) {
  static const struct { const char32_t* graph; const char* phones; } kRules[] = {
      {U"sh", "ʃ"}, {U"ch", "tʃ"}, {U"th", "t̪ʰ"}, {U"ph", "f"}, {U"kh", "kʰ"}, {U"gh", "ɡ"},
      {U"ee", "iː"}, {U"oo", "uː"}, {U"ai", "ɛː"}, {U"ou", "aʊ"}, {U"ck", "k"}, {U"aa", "aː"},
      {U"a", "ə"}, {U"b", "b"}, {U"c", "k"}, {U"d", "ɖ"}, {U"e", "e"}, {U"f", "f"}, {U"g", "ɡ"},
      {U"h", "ɦ"}, {U"i", "ɪ"}, {U"j", "dʒ"}, {U"k", "k"}, {U"l", "l"}, {U"m", "m"}, {U"n", "n"},
      {U"o", "o"}, {U"p", "p"}, {U"q", "k"}, {U"r", "r"}, {U"s", "s"}, {U"t", "ʈ"}, {U"u", "ʊ"},
      {U"v", "ʋ"}, {U"w", "ʋ"}, {U"x", "ks"}, {U"y", "j"}, {U"z", "z"}};
  std::u32string lower;
  for (char32_t c : w) lower.push_back(c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c);
  size_t i = 0;
  while (i < lower.size()) {
    bool matched = false;
    for (const auto& r : kRules) {
      std::u32string_view g(r.graph);
      if (lower.compare(i, g.size(), g) == 0) {
        out.emplace_back(r.phones);
        i += g.size();
        matched = true;
        break;
      }
    }
    if (!matched) ++i;  // apostrophes and the like
  }
  // A final a is long: Sharma, Mahindra.
  if (lower.size() >= 2 && lower.back() == U'a' && lower[lower.size() - 2] != U'a' && !out.empty() && out.back() == "ə")
    out.back() = "aː";
}

}  // namespace

Result<std::unique_ptr<G2p>> G2p::load(const std::string& schwa_model_path, const std::string& english_lexicon_path,
                                       const PhoneRules* rules) {
  auto m = SchwaModel::load(schwa_model_path);
  if (!m.is_ok()) return m.status();
  std::unique_ptr<EnglishLexicon> english;
  if (!english_lexicon_path.empty()) {
    auto lex = EnglishLexicon::load(english_lexicon_path);
    if (!lex.is_ok()) return lex.status();
    english = std::move(lex).value();
  }
  return std::make_unique<G2p>(std::move(m).value(), std::move(english), rules);
}

namespace {

std::string ascii_lower(const std::u32string& part) {
  std::string lower;
  for (char32_t c : part) lower.push_back(static_cast<char>(c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c));
  return lower;
}

}  // namespace

bool G2p::compound_phones(const std::string& lower, std::vector<std::string>& out) const {
  constexpr size_t kMinPiece = 3;
  if (!english_ || lower.size() < 2 * kMinPiece || lower.size() > 40) return false;
  std::vector<std::string> first, second, third;
  // Two pieces, the longest first piece first; then three.
  for (size_t a = lower.size() - kMinPiece; a >= kMinPiece; --a) {
    first.clear();
    second.clear();
    if (english_->lookup(lower.substr(0, a), first) && english_->lookup(lower.substr(a), second)) {
      out.insert(out.end(), first.begin(), first.end());
      out.insert(out.end(), second.begin(), second.end());
      return true;
    }
  }
  for (size_t a = lower.size() - 2 * kMinPiece; a >= kMinPiece; --a) {
    first.clear();
    if (!english_->lookup(lower.substr(0, a), first)) continue;
    for (size_t b = lower.size() - kMinPiece; b >= a + kMinPiece; --b) {
      second.clear();
      third.clear();
      if (english_->lookup(lower.substr(a, b - a), second) && english_->lookup(lower.substr(b), third)) {
        out.insert(out.end(), first.begin(), first.end());
        out.insert(out.end(), second.begin(), second.end());
        out.insert(out.end(), third.begin(), third.end());
        return true;
      }
    }
  }
  return false;
}

void G2p::latin_phones(const std::u32string& part, std::vector<std::string>& out) const {
  if (english_) {
    const std::string lower = ascii_lower(part);
    if (english_->lookup(lower, out) || compound_phones(lower, out)) return;
  }
  latin_letter_phones(part, out);
}

G2p::LatinSource G2p::latin_source(const std::string& ascii_word) const {
  std::u32string part(ascii_word.begin(), ascii_word.end());
  const std::string lower = ascii_lower(part);
  std::vector<std::string> scratch;
  if (english_ && english_->lookup(lower, scratch)) return LatinSource::kLexicon;
  if (compound_phones(lower, scratch)) return LatinSource::kCompound;
  return LatinSource::kLetters;
}

void G2p::devanagari_phones(const std::u32string& part, const PhoneRules& rules, std::vector<std::string>& out) const {
  std::u32string sym = schwa_symbols(part);
  std::vector<bool> keep = schwa_->decide(sym);
  if (rules.keep_inherent_vowel) keep.assign(keep.size(), true);
  size_t cand = 0;
  for (size_t i = 0; i < sym.size(); ++i) {
    char32_t s = sym[i];
    if (deva::is_consonant(s)) {
      bool nukta = i + 1 < sym.size() && sym[i + 1] == deva::kNukta;
      // Every consonant letter has a phone but ॽ; a letter without one is skipped, never
      // an empty phone (the voice refuses those, and with them the whole call).
      if (const char* c = consonant_ipa(s, nukta)) out.emplace_back(c);
    } else if (s == kSchwaCandidate) {
      if (keep[cand++]) out.emplace_back(rules.inherent_vowel);
    } else if (s == U'अ') {  // the inherent vowel written alone sounds as it does after a consonant
      out.emplace_back(rules.inherent_vowel);
    } else if (const char* v = vowel_ipa(s)) {
      out.emplace_back(v);
    } else if (s == 0x090C || s == 0x0962 || s == 0x0961 || s == 0x0963) {  // ऌ ॢ ॡ ॣ, as ऋ is "rɪ"
      out.emplace_back("l");
      out.emplace_back(s == 0x090C || s == 0x0962 ? "ɪ" : "iː");
    } else if (s == 0x0950) {  // ॐ
      out.emplace_back("oː");
      out.emplace_back("m");
    } else if (s == 0x0902) {  // anusvara
      char32_t next = i + 1 < sym.size() ? sym[i + 1] : 0;
      if (const char* n = homorganic_nasal(next)) {
        out.emplace_back(n);
      } else if (!out.empty() && is_vowel_phone(out.back())) {
        out.back() += kNasalTilde;
      } else {
        out.emplace_back(next == U'म' || next == U'न' ? "" : "n");
        if (out.back().empty()) out.pop_back();
      }
    } else if (s == 0x0901 || s == 0x0900) {  // chandrabindu, inverted chandrabindu
      if (!out.empty() && is_vowel_phone(out.back())) out.back() += kNasalTilde;
    } else if (s == 0x0903) {  // visarga
      out.emplace_back("ɦ");
    } else if (s >= U'०' && s <= U'९') {
      continue;  // digits are the normalizer's job; a stray one is not read as a phone
    }
    // virama, nukta, avagraha, stress and abbreviation marks: no phone of their own
  }
}

Result<std::vector<std::string>> G2p::phones(const std::string& word) const {
  auto nfc = to_nfc(word);
  if (!nfc.is_ok()) return nfc.status();
  auto cps = utf8_decode(nfc.value());
  if (!cps.is_ok()) return cps.status();
  std::vector<std::string> out;
  // Split into runs of one script; punctuation ends a run.
  std::u32string run;
  bool run_deva = false;
  auto flush = [&] {
    if (run.empty()) return;
    if (run_deva) {
      // A Devanagari word inside another script's text (a unit or letter name from the
      // normalizer's Hindi tables, a Hindi word) is read as Hindi reads it.
      const PhoneRules& rules = run[0] >= 0x0900 && run[0] <= 0x097F ? kHindiRules : *rules_;
      std::vector<std::string> word;
      devanagari_phones(indic::to_devanagari(run), rules, word);
      if (rules.adjust) rules.adjust(word);
      out.insert(out.end(), word.begin(), word.end());
    } else {
      latin_phones(run, out);
    }
    run.clear();
  };
  for (char32_t c : cps.value()) {
    // A hyphen inside a Devanagari compound stays in the run: the schwa model learned
    // compounds with it as context (अंक-गणित).
    bool deva = indic::is_indic(c) || c == 0x200C || c == 0x200D || (c == U'-' && run_deva && !run.empty());
    bool latin = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
    if (!deva && !latin) {
      flush();
      continue;
    }
    if (!run.empty() && deva != run_deva) flush();
    run_deva = deva;
    if (c != 0x200C && c != 0x200D) run.push_back(c);
  }
  flush();
  // Whatever a rule above misses, no phone is ever empty: the voice would refuse it.
  out.erase(std::remove_if(out.begin(), out.end(), [](const std::string& p) { return p.empty(); }), out.end());
  return out;
}

Result<std::vector<bool>> G2p::schwa_decisions(const std::string& word) const {
  auto nfc = to_nfc(word);
  if (!nfc.is_ok()) return nfc.status();
  auto cps = utf8_decode(nfc.value());
  if (!cps.is_ok()) return cps.status();
  return schwa_->decide(schwa_symbols(indic::to_devanagari(cps.value())));
}

}  // namespace vachak::lang::hin
