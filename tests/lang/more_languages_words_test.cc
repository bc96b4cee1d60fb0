// Punjabi, Gujarati, Telugu, Kannada and Malayalam: number words, normalizer words and letter rules
// (lang/pan, lang/guj, lang/tel, lang/kan, lang/mal). Cases written from each language's number
// tables and usage, not from the code's output.
#include <gtest/gtest.h>

#include "lang/guj/words.h"
#include "lang/kan/words.h"
#include "lang/mal/words.h"
#include "lang/pan/words.h"
#include "lang/tel/words.h"
#include "tests/lang/speech_helpers.h"

namespace vachak::lang {
namespace {

TEST(PunjabiWords, NumbersAndNormalizer) {
  const auto n = pan::words().make_numbers();
  EXPECT_EQ(n->cardinal(19), "ਉੱਨੀ");
  EXPECT_EQ(n->cardinal(20), "ਵੀਹ");
  EXPECT_EQ(n->cardinal(47), "ਸੰਤਾਲੀ");
  EXPECT_EQ(n->cardinal(50), "ਪੰਜਾਹ");
  EXPECT_EQ(n->cardinal(99), "ਨੜਿੰਨਵੇਂ");
  EXPECT_EQ(n->cardinal(105), "ਇੱਕ ਸੌ ਪੰਜ");
  EXPECT_EQ(n->cardinal(2024), "ਦੋ ਹਜ਼ਾਰ ਚੌਵੀ");
  EXPECT_EQ(n->cardinal(10000000), "ਇੱਕ ਕਰੋੜ");
  EXPECT_EQ(n->year(1947), "ਉੱਨੀ ਸੌ ਸੰਤਾਲੀ");
  EXPECT_EQ(n->ordinal(2, false, false), "ਦੂਜਾ");
  EXPECT_EQ(n->ordinal(9, false, false), "ਨੌਵਾਂ");
  EXPECT_EQ(n->ordinal(21, true, false), "ਇੱਕੀਵੀਂ");
  EXPECT_EQ(said(pan::words(), "7:30 ਵਜੇ"), "ਸਾਢੇ ਸੱਤ ਵਜੇ");
  EXPECT_EQ(said(pan::words(), "10-12 ਦਿਨ"), "ਦਸ ਤੋਂ ਬਾਰਾਂ ਦਿਨ");
  EXPECT_EQ(said(pan::words(), "1½"), "ਡੇਢ");
  EXPECT_EQ(phones(&pan::phone_rules(), "ਸੱਤ", "pan-schwa.vsch"), "s ə t̪ t̪");  // addak doubles
  EXPECT_EQ(phones(&pan::phone_rules(), "ਘਰ", "pan-schwa.vsch"), "ɡ ə r");      // no voiced aspirates (a tone)
  EXPECT_EQ(phones(&pan::phone_rules(), "ਪੰਜਾਬੀ", "pan-schwa.vsch"), "p ə ɲ dʒ aː b iː");  // tippi before j: ɲ
  // Punjabi's schwa model where Hindi's errs (the lexicon: ਅਰਬ a r b, ਅੰਬਰੀ a m b a r ii).
  EXPECT_EQ(phones(&pan::phone_rules(), "ਅਰਬ", "pan-schwa.vsch"), "ə r b");
  EXPECT_EQ(phones(&pan::phone_rules(), "ਅਰਬ"), "ə r ə b");
  EXPECT_EQ(phones(&pan::phone_rules(), "ਅੰਬਰੀ", "pan-schwa.vsch"), "ə m b ə r iː");
  EXPECT_EQ(phones(&pan::phone_rules(), "ਅੰਬਰੀ"), "ə m b r iː");
}

TEST(GujaratiWords, NumbersAndNormalizer) {
  const auto n = guj::words().make_numbers();
  EXPECT_EQ(n->cardinal(19), "ઓગણીસ");
  EXPECT_EQ(n->cardinal(45), "પિસ્તાલીસ");
  EXPECT_EQ(n->cardinal(90), "નેવું");
  EXPECT_EQ(n->cardinal(99), "નવ્વાણું");
  EXPECT_EQ(n->cardinal(100), "સો");
  EXPECT_EQ(n->cardinal(105), "એકસો પાંચ");
  EXPECT_EQ(n->cardinal(250), "બસો પચાસ");
  EXPECT_EQ(n->cardinal(2024), "બે હજાર ચોવીસ");
  EXPECT_EQ(n->cardinal(150000), "એક લાખ પચાસ હજાર");
  EXPECT_EQ(n->year(1947), "ઓગણીસસો સુડતાલીસ");
  EXPECT_EQ(n->ordinal(2, false, false), "બીજો");
  EXPECT_EQ(n->ordinal(21, true, false), "એકવીસમી");
  EXPECT_EQ(said(guj::words(), "7:30 વાગ્યે"), "સાડા સાત વાગ્યે");
  EXPECT_EQ(said(guj::words(), "₹2.5 લાખ"), "અઢી લાખ રૂપિયા");
  EXPECT_EQ(said(guj::words(), "18%"), "અઢાર ટકા");
  EXPECT_EQ(said(guj::words(), "10-12 દિવસ"), "દસ થી બાર દિવસ");
  EXPECT_EQ(phones(nullptr, "ગુજરાતી"), "ɡ ʊ dʒ ə r aː t̪ iː");  // Hindi's rules: the final schwa goes
}

TEST(TeluguWords, NumbersAndNormalizer) {
  const auto n = tel::words().make_numbers();
  EXPECT_EQ(n->cardinal(15), "పదిహేను");
  EXPECT_EQ(n->cardinal(21), "ఇరవై ఒకటి");
  EXPECT_EQ(n->cardinal(100), "వంద");
  EXPECT_EQ(n->cardinal(101), "నూట ఒకటి");
  EXPECT_EQ(n->cardinal(250), "రెండు వందల యాభై");
  EXPECT_EQ(n->cardinal(300), "మూడు వందలు");
  EXPECT_EQ(n->cardinal(1000), "వెయ్యి");
  EXPECT_EQ(n->cardinal(2000), "రెండు వేలు");
  EXPECT_EQ(n->cardinal(2024), "రెండు వేల ఇరవై నాలుగు");
  EXPECT_EQ(n->cardinal(100000), "ఒక లక్ష");
  EXPECT_EQ(n->cardinal(250000), "రెండు లక్షల యాభై వేలు");
  EXPECT_EQ(n->cardinal(20000000), "రెండు కోట్లు");
  EXPECT_EQ(n->year(1947), "పందొమ్మిది వందల నలభై ఏడు");
  EXPECT_EQ(n->ordinal(1, false, false), "మొదటి");
  EXPECT_EQ(n->ordinal(2, false, false), "రెండవ");
  EXPECT_EQ(n->ordinal(20, false, false), "ఇరవయ్యవ");
  EXPECT_EQ(said(tel::words(), "18%"), "పద్దెనిమిది శాతం");
  EXPECT_EQ(said(tel::words(), "10-12 రోజులు"), "పది నుండి పన్నెండు రోజులు");
  EXPECT_EQ(phones(&tel::phone_rules(), "పది"), "p ə d̪ ɪ");
  EXPECT_EQ(phones(&tel::phone_rules(), "తెలుగు"), "t̪ e l ʊ ɡ ʊ");  // short e
}

TEST(KannadaWords, NumbersAndNormalizer) {
  const auto n = kan::words().make_numbers();
  EXPECT_EQ(n->cardinal(19), "ಹತ್ತೊಂಬತ್ತು");
  EXPECT_EQ(n->cardinal(21), "ಇಪ್ಪತ್ತೊಂದು");
  EXPECT_EQ(n->cardinal(23), "ಇಪ್ಪತ್ತಮೂರು");
  EXPECT_EQ(n->cardinal(45), "ನಲವತ್ತೈದು");
  EXPECT_EQ(n->cardinal(100), "ನೂರು");
  EXPECT_EQ(n->cardinal(250), "ಇನ್ನೂರ ಐವತ್ತು");
  EXPECT_EQ(n->cardinal(1000), "ಸಾವಿರ");
  EXPECT_EQ(n->cardinal(2024), "ಎರಡು ಸಾವಿರದ ಇಪ್ಪತ್ತನಾಲ್ಕು");
  EXPECT_EQ(n->cardinal(100000), "ಒಂದು ಲಕ್ಷ");
  EXPECT_EQ(n->ordinal(1, false, false), "ಒಂದನೇ");
  EXPECT_EQ(n->ordinal(21, false, false), "ಇಪ್ಪತ್ತೊಂದನೇ");
  EXPECT_EQ(said(kan::words(), "21ನೇ"), "ಇಪ್ಪತ್ತೊಂದನೇ");
  EXPECT_EQ(said(kan::words(), "₹1,250"), "ಸಾವಿರದ ಇನ್ನೂರ ಐವತ್ತು ರೂಪಾಯಿ");
  EXPECT_EQ(phones(&kan::phone_rules(), "ಕನ್ನಡ"), "k ə n n ə ɖ ə");  // every inherent vowel said
}

TEST(MalayalamWords, NumbersAndNormalizer) {
  const auto n = mal::words().make_numbers();
  EXPECT_EQ(n->cardinal(21), "ഇരുപത്തിയൊന്ന്");
  EXPECT_EQ(n->cardinal(23), "ഇരുപത്തിമൂന്ന്");
  EXPECT_EQ(n->cardinal(25), "ഇരുപത്തിയഞ്ച്");
  EXPECT_EQ(n->cardinal(101), "നൂറ്റി ഒന്ന്");
  EXPECT_EQ(n->cardinal(900), "തൊള്ളായിരം");
  EXPECT_EQ(n->cardinal(2000), "രണ്ടായിരം");
  EXPECT_EQ(n->cardinal(50000), "അമ്പതായിരം");
  EXPECT_EQ(n->cardinal(1998), "ആയിരത്തി തൊള്ളായിരത്തി തൊണ്ണൂറ്റിയെട്ട്");
  EXPECT_EQ(n->cardinal(100000), "ഒരു ലക്ഷം");
  EXPECT_EQ(n->ordinal(2, false, false), "രണ്ടാം");
  EXPECT_EQ(n->ordinal(21, false, false), "ഇരുപത്തിയൊന്നാം");
  EXPECT_EQ(said(mal::words(), "18%"), "പതിനെട്ട് ശതമാനം");
  EXPECT_EQ(phones(&mal::phone_rules(), "ഒന്ന്"), "o n n ʊ");    // a final virama is a short u
  EXPECT_EQ(phones(&mal::phone_rules(), "അവൻ"), "ə ʋ ə n");     // a chillu is a bare consonant
  EXPECT_EQ(phones(&mal::phone_rules(), "കേരളം"), "k eː r ə ɭ ə m");  // ം is m
}

}  // namespace
}  // namespace vachak::lang
