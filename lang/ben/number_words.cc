#include "lang/ben/number_words.h"

#include <array>
#include <vector>

#include "lang/indic/indian_grouping.h"

namespace vachak::lang::ben {
namespace {

constexpr std::array<const char*, 100> kUnder100 = {
    "শূন্য", "এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়",
    "দশ", "এগারো", "বারো", "তেরো", "চোদ্দ", "পনেরো", "ষোলো", "সতেরো", "আঠারো", "উনিশ",
    "কুড়ি", "একুশ", "বাইশ", "তেইশ", "চব্বিশ", "পঁচিশ", "ছাব্বিশ", "সাতাশ", "আঠাশ", "উনত্রিশ",
    "ত্রিশ", "একত্রিশ", "বত্রিশ", "তেত্রিশ", "চৌত্রিশ", "পঁয়ত্রিশ", "ছত্রিশ", "সাঁইত্রিশ", "আটত্রিশ", "উনচল্লিশ",
    "চল্লিশ", "একচল্লিশ", "বিয়াল্লিশ", "তেতাল্লিশ", "চুয়াল্লিশ", "পঁয়তাল্লিশ", "ছেচল্লিশ", "সাতচল্লিশ", "আটচল্লিশ", "উনপঞ্চাশ",
    "পঞ্চাশ", "একান্ন", "বাহান্ন", "তিপ্পান্ন", "চুয়ান্ন", "পঞ্চান্ন", "ছাপ্পান্ন", "সাতান্ন", "আটান্ন", "উনষাট",
    "ষাট", "একষট্টি", "বাষট্টি", "তেষট্টি", "চৌষট্টি", "পঁয়ষট্টি", "ছেষট্টি", "সাতষট্টি", "আটষট্টি", "উনসত্তর",
    "সত্তর", "একাত্তর", "বাহাত্তর", "তিয়াত্তর", "চুয়াত্তর", "পঁচাত্তর", "ছিয়াত্তর", "সাতাত্তর", "আটাত্তর", "উনআশি",
    "আশি", "একাশি", "বিরাশি", "তিরাশি", "চুরাশি", "পঁচাশি", "ছিয়াশি", "সাতাশি", "আটাশি", "উননব্বই",
    "নব্বই", "একানব্বই", "বিরানব্বই", "তিরানব্বই", "চুরানব্বই", "পঁচানব্বই", "ছিয়ানব্বই", "সাতানব্বই", "আটানব্বই", "নিরানব্বই",
};

// 100..900: the count fused with শো (দুই -> দু, ছয় -> ছ, নয় -> ন).
constexpr std::array<const char*, 9> kHundreds = {"একশো", "দুশো", "তিনশো", "চারশো", "পাঁচশো",
                                                  "ছশো", "সাতশো", "আটশো", "নশো"};

const std::vector<indic::ScaleWord> kScales = {{10000000ULL, "কোটি"}, {100000ULL, "লাখ"}, {1000ULL, "হাজার"}};

void below_thousand(uint64_t n, std::string& s) {
  if (n >= 100) indic::append_word(s, kHundreds[n / 100 - 1]);
  if (n % 100 > 0) indic::append_word(s, kUnder100[n % 100]);
}

std::string positive(uint64_t n) { return indic::grouped(n, kScales, below_thousand); }

}  // namespace

std::string BengaliNumberWords::positive_words(uint64_t n) const { return positive(n); }

std::string BengaliNumberWords::year(int64_t n) const {
  // 1100-1999: by hundreds, the count fused with শো (উনিশশো সাতচল্লিশ); 2024 দুই হাজার চব্বিশ.
  if (n >= 1100 && n <= 1999) {
    std::string s = std::string(kUnder100[n / 100]) + "শো";
    if (n % 100) s += std::string(" ") + kUnder100[n % 100];
    return s;
  }
  return cardinal(n);
}

std::string BengaliNumberWords::ordinal(int64_t n, bool /*feminine*/, bool /*oblique*/) const {
  static const char* const kFirstTen[] = {"প্রথম", "দ্বিতীয়", "তৃতীয়", "চতুর্থ", "পঞ্চম",
                                          "ষষ্ঠ",   "সপ্তম",   "অষ্টম",  "নবম",    "দশম"};
  if (n >= 1 && n <= 10) return kFirstTen[n - 1];
  return cardinal(n) + "তম";
}

std::string BengaliNumberWords::digit(char d) const { return kUnder100[static_cast<size_t>(d - '0')]; }

}  // namespace vachak::lang::ben
