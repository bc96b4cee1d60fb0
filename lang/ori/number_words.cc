#include "lang/ori/number_words.h"

#include <array>
#include <vector>

#include "lang/indic/indian_grouping.h"

namespace vachak::lang::ori {
namespace {

constexpr std::array<const char*, 100> kUnder100 = {
    "ଶୂନ୍ୟ", "ଏକ", "ଦୁଇ", "ତିନି", "ଚାରି", "ପାଞ୍ଚ", "ଛଅ", "ସାତ", "ଆଠ", "ନଅ",
    "ଦଶ", "ଏଗାର", "ବାର", "ତେର", "ଚଉଦ", "ପନ୍ଦର", "ଷୋହଳ", "ସତର", "ଅଠର", "ଉଣେଇଶି",
    "କୋଡ଼ିଏ", "ଏକୋଇଶି", "ବାଇଶି", "ତେଇଶି", "ଚବିଶି", "ପଚିଶି", "ଛବିଶି", "ସତାଇଶି", "ଅଠାଇଶି", "ଅଣତିରିଶି",
    "ତିରିଶି", "ଏକତିରିଶି", "ବତିଶି", "ତେତିଶି", "ଚଉତିରିଶି", "ପଇଁତିରିଶି", "ଛତିଶି", "ସଇଁତିରିଶି", "ଅଠତିରିଶି", "ଅଣଚାଳିଶି",
    "ଚାଳିଶି", "ଏକଚାଳିଶି", "ବୟାଳିଶି", "ତେୟାଳିଶି", "ଚଉରାଳିଶି", "ପଞ୍ଚଚାଳିଶି", "ଛୟାଳିଶି", "ସତଚାଳିଶି", "ଅଠଚାଳିଶି", "ଅଣଚାଶ",
    "ପଚାଶ", "ଏକାବନ", "ବାଉନ", "ତେପନ", "ଚଉବନ", "ପଞ୍ଚାବନ", "ଛପନ", "ସତାବନ", "ଅଠାବନ", "ଅଣଷଠି",
    "ଷାଠିଏ", "ଏକଷଠି", "ବାଷଠି", "ତେଷଠି", "ଚଉଷଠି", "ପଇଁଷଠି", "ଛଅଷଠି", "ସତଷଠି", "ଅଠଷଠି", "ଅଣସ୍ତୁରୀ",
    "ସତୁରୀ", "ଏକସ୍ତରୀ", "ବାସ୍ତରୀ", "ତେସ୍ତରୀ", "ଚଉସ୍ତରୀ", "ପଞ୍ଚସ୍ତରୀ", "ଛଅସ୍ତରୀ", "ସତସ୍ତରୀ", "ଅଠସ୍ତରୀ", "ଅଣାଅଶୀ",
    "ଅଶୀ", "ଏକାଅଶୀ", "ବୟାଅଶୀ", "ତେୟାଅଶୀ", "ଚଉରାଅଶୀ", "ପଞ୍ଚାଅଶୀ", "ଛୟାଅଶୀ", "ସତାଅଶୀ", "ଅଠାଅଶୀ", "ଅଣାନବେ",
    "ନବେ", "ଏକାନବେ", "ବୟାନବେ", "ତେୟାନବେ", "ଚଉରାନବେ", "ପଞ୍ଚାନବେ", "ଛୟାନବେ", "ସତାନବେ", "ଅଠାନବେ", "ଅନେଶତ",
};

const std::vector<indic::ScaleWord> kScales = {{10000000ULL, "କୋଟି"}, {100000ULL, "ଲକ୍ଷ"}, {1000ULL, "ହଜାର"}};

void below_thousand(uint64_t n, std::string& s) {
  if (n >= 100) {
    indic::append_word(s, kUnder100[n / 100]);
    indic::append_word(s, "ଶହ");
  }
  if (n % 100 > 0) indic::append_word(s, kUnder100[n % 100]);
}

std::string positive(uint64_t n) { return indic::grouped(n, kScales, below_thousand); }

}  // namespace

std::string OdiaNumberWords::positive_words(uint64_t n) const { return positive(n); }

std::string OdiaNumberWords::ordinal(int64_t n, bool /*feminine*/, bool /*oblique*/) const {
  static const char* const kFirstTen[] = {"ପ୍ରଥମ", "ଦ୍ୱିତୀୟ", "ତୃତୀୟ", "ଚତୁର୍ଥ", "ପଞ୍ଚମ",
                                          "ଷଷ୍ଠ",  "ସପ୍ତମ",  "ଅଷ୍ଟମ", "ନବମ",   "ଦଶମ"};
  if (n >= 1 && n <= 10) return kFirstTen[n - 1];
  return cardinal(n) + "ତମ";
}

std::string OdiaNumberWords::digit(char d) const { return kUnder100[static_cast<size_t>(d - '0')]; }

}  // namespace vachak::lang::ori
