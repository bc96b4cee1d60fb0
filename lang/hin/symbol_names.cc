#include "lang/hin/symbol_names.h"

namespace vachak::lang::hin {

const char* symbol_name(char32_t c) {
  switch (c) {
    case U'+': return "प्लस";
    case U'=': return "बराबर";
    case U'#': return "हैश";
    case U'*': return "स्टार";
    case U'/': return "स्लैश";
    case 0x00D7: return "गुणा";   // ×
    case 0x00F7: return "भाग";    // ÷
    case 0x00B0: return "डिग्री";  // °
    case U'%': return "प्रतिशत";
    case U'_': return "अंडरस्कोर";
    case U'<': return "से कम";
    case U'>': return "से ज़्यादा";
    case U'$': return "डॉलर";
    case 0x00A3: return "पाउंड";  // £
    case 0x20AC: return "यूरो";   // €
    case 0x20B9: return "रुपये";  // ₹
    case U'~': return "लगभग";
    default: return nullptr;
  }
}

const char* punctuation_name(char32_t c) {
  switch (c) {
    case U',': return "अल्पविराम";
    case U'.': return "बिंदु";
    case 0x0964: return "पूर्णविराम";        // ।
    case 0x0965: return "दोहरा पूर्णविराम";  // ॥
    case U'?': return "प्रश्नचिह्न";
    case U'!': return "विस्मयादिबोधक चिह्न";
    case U';': return "अर्धविराम";
    case U':': return "कोलन";
    case U'-': return "डैश";
    case 0x2013: return "डैश";  // –
    case 0x2014: return "डैश";  // —
    case U'\'': return "एपॉस्ट्रॉफ़ी";
    case 0x2018: case 0x2019: return "उद्धरण चिह्न";
    case U'"': case 0x201C: case 0x201D: return "उद्धरण चिह्न";
    case U'(': return "कोष्ठक खुला";
    case U')': return "कोष्ठक बंद";
    case U'[': return "बड़ा कोष्ठक खुला";
    case U']': return "बड़ा कोष्ठक बंद";
    case U'{': return "मझला कोष्ठक खुला";
    case U'}': return "मझला कोष्ठक बंद";
    case U'@': return "ऐट";
    case U'&': return "ऐंड";
    case U'\\': return "बैकस्लैश";
    case U'|': return "खड़ी रेखा";
    case U'^': return "कैरेट";
    case U'`': return "बैकटिक";
    case 0x2026: return "तीन बिंदु";  // …
    default: return symbol_name(c);
  }
}

bool parse_punctuation_mode(std::string_view s, PunctuationMode* out) {
  if (s == "none") *out = PunctuationMode::kNone;
  else if (s == "some") *out = PunctuationMode::kSome;
  else if (s == "most") *out = PunctuationMode::kMost;
  else if (s == "all") *out = PunctuationMode::kAll;
  else return false;
  return true;
}

bool names_punctuation(char32_t c, PunctuationMode mode) {
  if (punctuation_name(c) == nullptr || symbol_name(c) != nullptr) return false;  // symbols: always, by the normalizer
  const bool pauses = c == U',' || c == U'.' || c == U'?' || c == U'!' || c == U';' || c == U':' || c == 0x0964 ||
                      c == 0x0965;
  if (mode == PunctuationMode::kAll) return true;
  return mode == PunctuationMode::kMost && !pauses;
}

}  // namespace vachak::lang::hin
