#include "lang/hin/prosody_words.h"

#include <algorithm>

namespace vachak::lang::hin {
namespace {

// Closed classes, so a list is complete enough: postpositions (and their oblique forms),
// forms of होना and the common auxiliaries, conjunctions, emphatic and negative particles,
// and एक as an article.
constexpr std::string_view kFunctionWords[] = {
    "का", "की", "के", "को", "में", "से", "पर", "ने", "तक", "लिए", "साथ", "द्वारा", "बाद", "पहले",
    "है", "हैं", "था", "थी", "थे", "हो", "हूँ", "हूं", "हुआ", "हुई", "हुए", "रहा", "रही", "रहे",
    "गया", "गई", "गए", "गयी", "गये", "सकता", "सकती", "सकते", "चुका", "चुकी", "चुके",
    "और", "या", "कि", "तथा", "एवं", "लेकिन", "परंतु", "अगर", "तो", "यदि", "जब", "तब",
    "भी", "ही", "न", "ना", "नहीं", "मत", "सा", "सी", "एक"};

constexpr std::string_view kQuestionWords[] = {
    "क्या",   "कौन",   "कौनसा", "कौनसी", "कौनसे", "किसने", "किसको", "किसका", "किसकी", "किसके", "किसे",
    "कहाँ",   "कहां",   "कब",    "क्यों",   "कैसे",   "कैसा",   "कैसी",   "कितना", "कितनी", "कितने", "किधर"};

template <size_t N>
bool in(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(list, list + N, w) != list + N;
}

}  // namespace

WordAccent word_accent(std::string_view word) {
  if (in(word, kQuestionWords)) return WordAccent::kQuestion;
  if (in(word, kFunctionWords)) return WordAccent::kFunction;
  return WordAccent::kContent;
}

}  // namespace vachak::lang::hin
