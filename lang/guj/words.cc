#include "lang/guj/words.h"

#include "lang/guj/number_words.h"

namespace vachak::lang::guj {

const SpeechWords& words() {
  static const SpeechWords w = {
      "guj",
      [] { return std::unique_ptr<NumberWords>(new GujaratiNumberWords()); },
      {"જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઓગસ્ટ", "સપ્ટેમ્બર", "ઓક્ટોબર", "નવેમ્બર",
       "ડિસેમ્બર"},
      "અને", "થી", "ટકા", "પ્લસ", "રૂપિયા", "પૈસા",
      "વાગ્યે", "વાગીને", "મિનિટ", "સેકન્ડ",
      "સવા", "સાડા", "પોણા", "દોઢ", "અઢી",
      // ½ અડધું; quarters and thirds "a ભાગ્યા b" (divided by)
      "અડધું", nullptr, nullptr, "ભાગ્યા",
      {U"લાખ", U"કરોડ", U"અબજ", U"હજાર", U"million", U"billion", U"મિલિયન", U"બિલિયન"},
      {U"સન", U"સાલ", U"ઈ.સ.", U"વર્ષ"},
      {U"માં", U"ની", U"થી", U"સુધી"},
      {U"નંબર", U"નં.", U"નં", U"ફોન", U"મોબાઇલ", U"પિન", U"કોડ", U"OTP", U"No", U"ખાતા"},
      {U"મો", U"લો", U"જો", U"થો", U"ઠ્ઠો"},
      {U"મી", U"લી", U"જી", U"થી", U"ઠ્ઠી"},
      {U"મા", U"લા", U"જા", U"થા", U"ઠ્ઠા"},
      {},
  };
  return w;
}

}  // namespace vachak::lang::guj
