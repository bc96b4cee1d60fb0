#include "lang/indic/units.h"

namespace vachak::lang::indic {
namespace {

struct Unit {
  std::u32string_view token;
  const char* name;
  bool only_after_number;
};

constexpr Unit kUnits[] = {
    // length
    {U"km", "किलोमीटर", false}, {U"किमी", "किलोमीटर", false}, {U"कि.मी.", "किलोमीटर", false},
    {U"cm", "सेंटीमीटर", false}, {U"सेमी", "सेंटीमीटर", false}, {U"से.मी.", "सेंटीमीटर", false},
    {U"सें.मी.", "सेंटीमीटर", false}, {U"mm", "मिलीमीटर", false}, {U"मिमी", "मिलीमीटर", false},
    {U"मि.मी.", "मिलीमीटर", false}, {U"m", "मीटर", true}, {U"मी", "मीटर", true}, {U"मी.", "मीटर", true},
    {U"ft", "फ़ुट", true}, {U"फ़ीट", "फ़ीट", true},
    // mass
    {U"kg", "किलोग्राम", false}, {U"किग्रा", "किलोग्राम", false}, {U"कि.ग्रा.", "किलोग्राम", false},
    {U"g", "ग्राम", true}, {U"gm", "ग्राम", true}, {U"ग्रा", "ग्राम", true}, {U"ग्रा.", "ग्राम", true},
    {U"mg", "मिलीग्राम", false}, {U"मि.ग्रा.", "मिलीग्राम", false}, {U"क्विं.", "क्विंटल", true},
    // volume
    {U"l", "लीटर", true}, {U"L", "लीटर", true}, {U"ली.", "लीटर", true}, {U"ml", "मिलीलीटर", false},
    {U"मिली", "मिलीलीटर", true}, {U"मि.ली.", "मिलीलीटर", false},
    // speed, temperature, area
    {U"km/h", "किलोमीटर प्रति घंटा", false}, {U"kmph", "किलोमीटर प्रति घंटा", false},
    {U"किमी/घंटा", "किलोमीटर प्रति घंटा", false}, {U"m/s", "मीटर प्रति सेकंड", true},
    {U"°C", "डिग्री सेल्सियस", false}, {U"°F", "डिग्री फ़ारेनहाइट", false}, {U"℃", "डिग्री सेल्सियस", false},
    {U"sq", "वर्ग", true}, {U"वर्गमी", "वर्ग मीटर", true}, {U"m²", "वर्ग मीटर", true},
    {U"km²", "वर्ग किलोमीटर", false}, {U"cm²", "वर्ग सेंटीमीटर", false}, {U"m³", "घन मीटर", true},
    {U"in", "इंच", true}, {U"°", "डिग्री", true},
    // data, power, frequency, time
    {U"KB", "किलोबाइट", true}, {U"MB", "मेगाबाइट", true}, {U"GB", "गीगाबाइट", true}, {U"TB", "टेराबाइट", true},
    {U"Mbps", "मेगाबिट प्रति सेकंड", true}, {U"GHz", "गीगाहर्ट्ज़", true}, {U"MHz", "मेगाहर्ट्ज़", true},
    {U"Hz", "हर्ट्ज़", true}, {U"kW", "किलोवाट", true}, {U"W", "वाट", true}, {U"V", "वोल्ट", true},
    {U"mAh", "मिलीएम्पियर आवर", true}, {U"hrs", "घंटे", true}, {U"min", "मिनट", true}, {U"sec", "सेकंड", true},
};

}  // namespace

const char* unit_name(std::u32string_view token, bool after_number) {
  for (const Unit& u : kUnits)
    if (u.token == token && (after_number || !u.only_after_number)) return u.name;
  return nullptr;
}

}  // namespace vachak::lang::indic
