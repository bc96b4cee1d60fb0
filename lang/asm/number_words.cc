#include "lang/asm/number_words.h"

#include <array>
#include <vector>

#include "lang/indic/indian_grouping.h"

namespace vachak::lang::asm_ {
namespace {

constexpr std::array<const char*, 100> kUnder100 = {
    "শূন্য", "এক", "দুই", "তিনি", "চাৰি", "পাঁচ", "ছয়", "সাত", "আঠ", "ন",
    "দহ", "এঘাৰ", "বাৰ", "তেৰ", "চৈধ্য", "পোন্ধৰ", "ষোল্ল", "সোতৰ", "ওঠৰ", "ঊনৈশ",
    "বিছ", "একৈশ", "বাইশ", "তেইশ", "চৌবিশ", "পঁচিশ", "ছাব্বিশ", "সাতাইশ", "আঠাইশ", "ঊনত্ৰিশ",
    "ত্ৰিশ", "একত্ৰিশ", "বত্ৰিশ", "তেত্ৰিশ", "চৌত্ৰিশ", "পঁয়ত্ৰিশ", "ছয়ত্ৰিশ", "সাতত্ৰিশ", "আঠত্ৰিশ", "ঊনচল্লিশ",
    "চল্লিশ", "একচল্লিশ", "বিয়াল্লিশ", "তেতাল্লিশ", "চৌৱাল্লিশ", "পঁয়তাল্লিশ", "ছয়চল্লিশ", "সাতচল্লিশ", "আঠচল্লিশ", "ঊনপঞ্চাশ",
    "পঞ্চাশ", "একাৱন্ন", "বাৱন্ন", "তিপ্পন্ন", "চৌৱন্ন", "পঞ্চান্ন", "ছাপ্পন্ন", "সাতাৱন্ন", "আঠাৱন্ন", "ঊনষাঠি",
    "ষাঠি", "একষষ্ঠি", "বাষষ্ঠি", "তেষষ্ঠি", "চৌষষ্ঠি", "পঁয়ষষ্ঠি", "ছয়ষষ্ঠি", "সাতষষ্ঠি", "আঠষষ্ঠি", "ঊনসত্তৰ",
    "সত্তৰ", "একসত্তৰ", "বাসত্তৰ", "তেসত্তৰ", "চৌসত্তৰ", "পঁসত্তৰ", "ছয়সত্তৰ", "সাতসত্তৰ", "আঠসত্তৰ", "ঊনআশী",
    "আশী", "একাশী", "বিৰাশী", "তিৰাশী", "চৌৰাশী", "পঁচাশী", "ছয়াশী", "সাতাশী", "অষ্টাশী", "ঊননব্বৈ",
    "নব্বৈ", "একানব্বৈ", "বিৰানব্বৈ", "তিৰানব্বৈ", "চৌৰানব্বৈ", "পঁচানব্বৈ", "ছয়ানব্বৈ", "সাতানব্বৈ", "আঠানব্বৈ", "নিৰানব্বৈ",
};

// 100..900: the count fused with শ (দুই -> দু, ছয় -> ছ).
constexpr std::array<const char*, 9> kHundreds = {"এশ", "দুশ", "তিনিশ", "চাৰিশ", "পাঁচশ", "ছশ", "সাতশ", "আঠশ", "নশ"};

const std::vector<indic::ScaleWord> kScales = {{10000000ULL, "কোটি"}, {100000ULL, "লাখ"}, {1000ULL, "হাজাৰ"}};

void below_thousand(uint64_t n, std::string& s) {
  if (n >= 100) indic::append_word(s, kHundreds[n / 100 - 1]);
  if (n % 100 > 0) indic::append_word(s, kUnder100[n % 100]);
}

std::string positive(uint64_t n) { return indic::grouped(n, kScales, below_thousand); }

}  // namespace

std::string AssameseNumberWords::positive_words(uint64_t n) const { return positive(n); }

std::string AssameseNumberWords::year(int64_t n) const {
  // 1100-1999: by hundreds, the count fused with শ (ঊনৈশশ সাতচল্লিশ); 2024 দুই হাজাৰ চৌবিশ.
  if (n >= 1100 && n <= 1999) {
    std::string s = std::string(kUnder100[n / 100]) + "শ";
    if (n % 100) s += std::string(" ") + kUnder100[n % 100];
    return s;
  }
  return cardinal(n);
}

std::string AssameseNumberWords::ordinal(int64_t n, bool /*feminine*/, bool /*oblique*/) const {
  static const char* const kFirstTen[] = {"প্ৰথম", "দ্বিতীয়", "তৃতীয়", "চতুৰ্থ", "পঞ্চম",
                                          "ষষ্ঠ",   "সপ্তম",   "অষ্টম",  "নৱম",    "দশম"};
  if (n >= 1 && n <= 10) return kFirstTen[n - 1];
  return cardinal(n) + "তম";
}

std::string AssameseNumberWords::digit(char d) const { return kUnder100[static_cast<size_t>(d - '0')]; }

}  // namespace vachak::lang::asm_
