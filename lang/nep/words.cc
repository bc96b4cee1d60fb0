#include "lang/nep/words.h"

#include "lang/nep/number_words.h"

namespace vachak::lang::nep {

const SpeechWords& words() {
  // Months as CLDR's Nepali calendar names the Gregorian ones.
  static const SpeechWords w = {
      "nep",
      [] { return std::unique_ptr<NumberWords>(new NepaliNumberWords()); },
      {"जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर",
       "डिसेम्बर"},
      "र", "देखि", "प्रतिशत", "प्लस", "रुपैयाँ", "पैसा",
      "बजे", "बजेर", "मिनेट", "सेकेन्ड",
      "सवा", "साढे", "पौने", "डेढ", "अढाई",
      // ½ आधा, 1/4 and 3/4 "एक चौथाइ" / "तिन चौथाइ", thirds तिहाइ, others "a बटा b"
      "आधा", "चौथाइ", "तिहाइ", "बटा",
      {U"लाख", U"करोड", U"करोड़", U"अरब", U"खरब", U"हजार", U"हज़ार", U"million", U"billion", U"मिलियन", U"बिलियन"},
      {U"सन्", U"सन", U"साल", U"वर्ष", U"इस्वी", U"वि.सं.", U"बि.सं."},
      {U"मा", U"सालमा", U"देखि", U"सम्म"},
      {U"नम्बर", U"नंबर", U"नं.", U"नं", U"No", U"फोन", U"मोबाइल", U"पिन", U"कोड", U"ओटीपी", U"OTP", U"खाता"},
      {U"औँ", U"औं", U"लो", U"रो", U"थो"},
      {U"ली", U"री", U"थी"},
      {},
      {},
  };
  return w;
}

}  // namespace vachak::lang::nep
