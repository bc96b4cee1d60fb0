// Hindi text normalization: a table of cases per category (expected words written by
// hand from how a Hindi reader says them).
#include <gtest/gtest.h>

#include "lang/indic/text_normalizer.h"
#include "lang/hin/words.h"
#include "lang/unicode/utf8.h"
#include "limits/limits.h"

namespace vachak::lang::indic {
namespace {

struct Case {
  const char* category;
  const char* input;
  const char* spoken;
};

class Normalize : public ::testing::TestWithParam<Case> {
 protected:
  static void SetUpTestSuite() { normalizer_ = TextNormalizer::create(hin::words()).value().release(); }
  static TextNormalizer* normalizer_;
};
TextNormalizer* Normalize::normalizer_ = nullptr;

TEST_P(Normalize, SpeaksAsAReaderWould) {
  auto words = normalizer_->normalize(GetParam().input);
  ASSERT_TRUE(words.is_ok()) << words.status().message();
  std::string joined;
  for (const auto& w : words.value()) joined += (joined.empty() ? "" : " ") + w;
  EXPECT_EQ(joined, GetParam().spoken) << GetParam().category << ": " << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Normalize,
    ::testing::Values(
        Case{"indian grouping", "1,25,000", "एक लाख पच्चीस हज़ार"},
        Case{"western grouping", "125,000", "एक लाख पच्चीस हज़ार"},
        Case{"crore", "2,00,00,000 लोग", "दो करोड़ लोग"},
        Case{"decimal", "3.5", "तीन दशमलव पाँच"},
        Case{"decimal zero", "0.05", "शून्य दशमलव शून्य पाँच"},
        Case{"negative", "-12", "ऋण बारह"},
        Case{"range", "10-20 लोग", "दस से बीस लोग"},
        Case{"range bare", "10-12", "दस से बारह"},
        Case{"range of pages", "पृष्ठ 4-5", "पृष्ठ चार से पाँच"},
        Case{"range en dash", "4–5 दिन", "चार से पाँच दिन"},
        Case{"list of numbers", "कक्षा 1,2,3 के छात्र", "कक्षा एक दो तीन के छात्र"},
        Case{"list of pages", "पृष्ठ 4,5", "पृष्ठ चार पाँच"},
        Case{"list of two-digit numbers", "10,12", "दस बारह"},
        Case{"list with a decimal", "1,2.5", "एक दो दशमलव पाँच"},
        Case{"thousands", "1,000 रुपये", "एक हज़ार रुपये"},
        Case{"indian grouping to lakhs", "12,34,567", "बारह लाख चौंतीस हज़ार पाँच सौ सड़सठ"},
        Case{"western grouping to millions", "1,234,567", "बारह लाख चौंतीस हज़ार पाँच सौ सड़सठ"},
        Case{"devanagari digits", "१२३", "एक सौ तेईस"},
        Case{"leading zero digits", "007", "शून्य शून्य सात"},
        Case{"ordinal feminine", "21वीं सदी", "इक्कीसवीं सदी"},
        Case{"ordinal oblique", "5वें दिन", "पाँचवें दिन"},
        Case{"ordinal first", "1ला", "पहला"},
        Case{"year after san", "सन् 1947 में", "सन् उन्नीस सौ सैंतालीस में"},
        Case{"year before men", "1999 में", "उन्नीस सौ निन्यानबे में"},
        Case{"year 2000s", "वर्ष 2026", "वर्ष दो हज़ार छब्बीस"},
        Case{"plain four digits", "1500 लोग", "एक हज़ार पाँच सौ लोग"},
        Case{"date slashes", "23/11/2026", "तेईस नवंबर दो हज़ार छब्बीस"},
        Case{"date words", "23 नवंबर 2026", "तेईस नवंबर दो हज़ार छब्बीस"},
        Case{"date dashes", "15-08-1947", "पन्द्रह अगस्त उन्नीस सौ सैंतालीस"},
        Case{"time", "14:20", "चौदह बजकर बीस मिनट"},
        Case{"time half", "10:30 बजे", "साढ़े दस बजे"},
        Case{"time quarter to", "9:45 बजे", "पौने दस बजे"},
        Case{"time one thirty", "1:30 बजे", "डेढ़ बजे"},
        Case{"time o'clock", "7:00", "सात बजे"},
        Case{"rupee sign", "₹250", "दो सौ पचास रुपये"},
        Case{"rupee paise", "₹250.50", "दो सौ पचास रुपये पचास पैसे"},
        Case{"Rs.", "Rs.100", "एक सौ रुपये"},
        Case{"ru.", "रु.500", "पाँच सौ रुपये"},
        Case{"percent", "18%", "अठारह प्रतिशत"},
        Case{"decimal percent", "2.5%", "दो दशमलव पाँच प्रतिशत"},
        Case{"unit", "5 km", "पाँच किलोमीटर"},
        Case{"unit glued", "5kg", "पाँच किलोग्राम"},
        Case{"abbreviation doctor", "डॉ. शर्मा", "डॉक्टर शर्मा"},
        Case{"abbreviation km", "10 कि.मी.", "दस किलोमीटर"},
        Case{"acronym", "GST", "जी एस टी"},
        Case{"acronym with digits", "COVID-19", "कोविड उन्नीस"},
        Case{"acronym said as a word", "ISRO और NASA", "इसरो और नासा"},
        Case{"acronym spelled", "BJP और UPI", "बी जे पी और यू पी आई"},
        Case{"latin word kept", "Google खोज", "Google खोज"},
        Case{"email", "ram@example.com", "ram एट example डॉट कॉम"},
        Case{"email provider", "sita.k@gmail.com", "sita डॉट के एट जीमेल डॉट कॉम"},
        Case{"url", "https://example.com/abc", "एच टी टी पी एस स्लैश स्लैश example डॉट कॉम स्लैश abc"},
        Case{"www", "www.bharat.gov.in", "डब्ल्यू डब्ल्यू डब्ल्यू डॉट bharat डॉट गव डॉट इन"},
        Case{"unit in devanagari", "10 किमी दूर", "दस किलोमीटर दूर"},
        Case{"data unit", "4 GB रैम", "चार गीगाबाइट रैम"},
        Case{"unit letter after a number", "2 m लंबा", "दो मीटर लंबा"},
        Case{"a letter alone is spelled", "विटामिन C", "विटामिन सी"},
        Case{"watts", "100 W का बल्ब", "एक सौ वाट का बल्ब"},
        Case{"celsius sign", "37 ℃", "सैंतीस डिग्री सेल्सियस"},
        Case{"millilitres glued", "250ml दूध", "दो सौ पचास मिलीलीटर दूध"},
        Case{"iso date", "2024-03-12 को", "बारह मार्च दो हज़ार चौबीस को"},
        Case{"iso date slashes", "2024/3/5", "पाँच मार्च दो हज़ार चौबीस"},
        Case{"house number", "मकान नं. 12", "मकान नंबर बारह"},
        Case{"pin code after a comma", "नई दिल्ली, 110001", "नई दिल्ली | एक एक शून्य शून्य शून्य एक"},
        Case{"pin code after a hyphen", "दिल्ली-110001", "दिल्ली एक एक शून्य शून्य शून्य एक"},
        Case{"page abbreviation", "पृ. 12", "पृष्ठ बारह"},
        Case{"two and a half sign", "2½ किलो", "ढाई किलो"},
        Case{"one and a half sign", "1½ घंटे", "डेढ़ घंटे"},
        Case{"half sign", "½ कप", "आधा कप"},
        Case{"three and a half sign", "3½", "साढ़े तीन"},
        Case{"quarter more sign", "2¼", "सवा दो"},
        Case{"quarter less sign", "3¾", "पौने चार"},
        Case{"rupee word after the amount", "500 रु में", "पाँच सौ रुपये में"},
        Case{"price mark", "₹500/-", "पाँच सौ रुपये"},
        Case{"price mark after Rs", "Rs 500/-", "पाँच सौ रुपये"},
        Case{"INR before the amount", "INR 500", "पाँच सौ रुपये"},
        Case{"USD after the amount", "10 USD", "दस डॉलर"},
        Case{"paise alone", "₹0.50", "पचास पैसे"},
        Case{"a range of rupees", "₹10-20", "दस से बीस रुपये"},
        Case{"million dollars", "$1.5 million", "डेढ़ million डॉलर"},
        Case{"yen", "¥100", "एक सौ येन"},
        Case{"square kilometres", "100 km²", "एक सौ वर्ग किलोमीटर"},
        Case{"fahrenheit glued", "98.6°F", "अट्ठानबे दशमलव छह डिग्री फ़ारेनहाइट"},
        Case{"below zero glued", "-5°C", "ऋण पाँच डिग्री सेल्सियस"},
        Case{"decimal glued to a unit", "1.5kg", "एक दशमलव पाँच किलोग्राम"},
        Case{"feet and inches", "5 ft 10 in", "पाँच फ़ुट दस इंच"},
        Case{"degrees alone", "45°", "पैंतालीस डिग्री"},
        Case{"time with seconds", "10:15:30", "दस बजकर पन्द्रह मिनट तीस सेकंड"},
        Case{"a lone small letter", "विकल्प a", "विकल्प ए"},
        Case{"roman chapter", "अध्याय IV", "अध्याय चार"},
        Case{"roman class", "कक्षा XII में", "कक्षा बारह में"},
        Case{"roman not in context", "MIX", "एम आई एक्स"},
        Case{"roman not canonical", "अध्याय IIII", "अध्याय आई आई आई आई"},
        Case{"phrase breaks", "हाँ, ठीक है। चलो!", "हाँ | ठीक है | चलो"},
        Case{"question", "क्या आप आएँगे? हाँ।", "क्या आप आएँगे ? हाँ"},
        Case{"question at the end kept", "आप कैसे हैं?", "आप कैसे हैं ?"},
        Case{"question after a comma", "अच्छा ,? ठीक", "अच्छा ? ठीक"},
        Case{"question marks alone", "? ?", ""},
        Case{"mobile number", "फ़ोन 9876543210 पर", "फ़ोन नौ आठ सात छह पाँच चार तीन दो एक शून्य पर"},
        Case{"country code and groups", "+91 98765 43210", "प्लस नौ एक नौ आठ सात छह पाँच चार तीन दो एक शून्य"},
        Case{"pin code", "पिन कोड 110001", "पिन कोड एक एक शून्य शून्य शून्य एक"},
        Case{"landline with its area code", "कॉल 0120-2345678 पर", "कॉल शून्य एक दो शून्य दो तीन चार पाँच छह सात आठ पर"},
        Case{"mobile in two groups", "98765-43210", "नौ आठ सात छह पाँच चार तीन दो एक शून्य"},
        Case{"toll-free number", "1800-180-1551", "एक आठ शून्य शून्य एक आठ शून्य एक पाँच पाँच एक"},
        Case{"area code in brackets", "(011) 2345 6789", "शून्य एक एक दो तीन चार पाँच छह सात आठ नौ"},
        Case{"year range stays a range", "2019-20 में", "दो हज़ार उन्नीस से बीस में"},
        Case{"a count stays a number", "कुल 1234567 लोग", "कुल बारह लाख चौंतीस हज़ार पाँच सौ सड़सठ लोग"},
        Case{"digits stop at a phrase end", "+91, 500 लोग", "प्लस नौ एक | पाँच सौ लोग"},
        Case{"half", "1/2 कप", "आधा कप"},
        Case{"three quarters", "3/4", "तीन चौथाई"},
        Case{"other fraction", "5/8", "पाँच बटा आठ"},
        Case{"english ordinals", "1st और 22nd", "पहला और बाईसवाँ"},
        Case{"one and a half crore rupees", "₹1.5 करोड़ का", "डेढ़ करोड़ रुपये का"},
        Case{"two and a half lakh", "2.5 लाख लोग", "ढाई लाख लोग"},
        Case{"three and three quarters", "3.75 करोड़", "पौने चार करोड़"},
        Case{"a quarter more", "2.25 लाख", "सवा दो लाख"},
        Case{"decimal without scale", "3.75 मीटर", "तीन दशमलव सात पाँच मीटर"},
        Case{"minus sign", "\u22125 डिग्री", "ऋण पाँच डिग्री"},
        Case{"dollars and cents", "$5.25", "पाँच डॉलर पच्चीस सेंट"},
        Case{"pounds", "£20", "बीस पाउंड"},
        Case{"euros in millions", "€2.5 करोड़", "ढाई करोड़ यूरो"},
        Case{"sign apart from the amount", "₹ 500 दें", "पाँच सौ रुपये दें"},
        Case{"sign apart, amount last", "कीमत ₹ 500", "कीमत पाँच सौ रुपये"},
        Case{"a lone sign", "$ का भाव", "डॉलर का भाव"},
        Case{"symbols", "2 × 3 = 6", "दो गुणा तीन बराबर छह"},
        Case{"hashtag", "#भारत", "हैश भारत"},
        Case{"lone plus", "+", "प्लस"},
        Case{"danda after a space", "यह अच्छा है । चलो", "यह अच्छा है | चलो"},
        Case{"comma after a space", "हाँ , ठीक", "हाँ | ठीक"},
        Case{"quotes dropped", "“नमस्ते” उसने कहा", "नमस्ते उसने कहा"},
        Case{"empty", "   ", ""}),
    [](const ::testing::TestParamInfo<Case>& i) {
      std::string n = i.param.category;
      for (char& c : n)
        if (!isalnum(static_cast<unsigned char>(c))) c = '_';
      return n + "_" + std::to_string(i.index);
    });

TEST(NormalizeErrors, InvalidUtf8IsRefused) {
  auto n = TextNormalizer::create(hin::words());
  ASSERT_TRUE(n.is_ok());
  auto r = n.value()->normalize("ठीक \xE0\xA4");
  ASSERT_FALSE(r.is_ok());
  EXPECT_NE(r.status().message().find("offset"), std::string::npos);
}

std::string joined(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string s;
  for (size_t i = from; i < to; ++i) s += words[i];
  return s;
}

// Tokens longer than kMaxTokenChars are read in pieces, nothing lost, never inside an
// akshara; a 2,000-character URL-like string is read whole (it used to recurse forever).
TEST(NormalizeLimits, LongTokensAreReadInPieces) {
  auto n = TextNormalizer::create(hin::words());
  ASSERT_TRUE(n.is_ok());
  std::string word = "अ";  // then क+ि pairs: a cut at kMaxTokenChars would split one
  for (int i = 0; i < 300; ++i) word += "कि";
  auto r = n.value()->normalize("नमस्ते " + word + " जी");
  ASSERT_TRUE(r.is_ok()) << r.status().message();
  const auto& w = r.value();
  ASSERT_GE(w.size(), 4u);
  EXPECT_EQ(w.front(), "नमस्ते");
  EXPECT_EQ(w.back(), "जी");
  EXPECT_EQ(joined(w, 1, w.size() - 1), word);
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    const std::u32string piece = utf8_decode(w[i]).value();
    EXPECT_LE(piece.size(), limits::kMaxTokenChars + 1) << i;
    EXPECT_TRUE(piece[0] == U'अ' || piece[0] == U'क') << "piece " << i << " starts inside an akshara";
  }

  std::string letters;
  for (int i = 0; i < 250; ++i) letters += "abcdefgh";
  r = n.value()->normalize("देखें https://example.com/" + letters);
  ASSERT_TRUE(r.is_ok()) << r.status().message();
  size_t after_slash = r.value().size();
  while (after_slash > 0 && r.value()[after_slash - 1] != "स्लैश") --after_slash;
  EXPECT_EQ(joined(r.value(), after_slash, r.value().size()), letters);

  r = n.value()->normalize("संख्या " + std::string(400, '7'));
  ASSERT_TRUE(r.is_ok()) << r.status().message();
  ASSERT_EQ(r.value().size(), 401u);  // digit by digit
  EXPECT_EQ(r.value()[400], "सात");
}

size_t cut(const std::string& text, size_t from) { return next_piece_end(text, from); }

TEST(NormalizePieces, CutAtSentenceEndsAndWithinTheBound) {
  const std::string t = "पहला वाक्य। दूसरा? “तीसरा!” चौथा";
  const size_t a = cut(t, 0), b = cut(t, a), c = cut(t, b);
  EXPECT_EQ(t.substr(0, a), "पहला वाक्य।");
  EXPECT_EQ(t.substr(a, b - a), " दूसरा?");
  EXPECT_EQ(t.substr(b, c - b), " “तीसरा!”");
  EXPECT_EQ(cut(t, c), t.size());
  EXPECT_EQ(cut("३.५ किलो", 0), std::string("३.५ किलो").size());  // no sentence end

  std::string clauses;  // no sentence end: cut after the last comma within the bound
  while (clauses.size() < 3 * limits::kMaxTextPieceBytes) clauses += "एक लंबा उपवाक्य, ";
  const size_t d = cut(clauses, 0);
  EXPECT_LE(d, limits::kMaxTextPieceBytes);
  EXPECT_GT(d, limits::kMaxTextPieceBytes / 2);
  EXPECT_EQ(clauses.substr(d - 2, 2), ", ");

  std::string run;  // no space at all: cut between aksharas
  while (run.size() < 3 * limits::kMaxTextPieceBytes) run += "क्षि";
  for (size_t from = 0, to; from < run.size(); from = to) {
    to = cut(run, from);
    ASSERT_GT(to, from);
    ASSERT_LE(to - from, limits::kMaxTextPieceBytes);
    if (to < run.size()) {
      EXPECT_EQ(run.compare(to, 3, "क"), 0) << "cut at byte " << to;
    }
  }
}

}  // namespace
}  // namespace vachak::lang::indic
