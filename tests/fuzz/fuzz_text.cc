// libFuzzer: hostile text -> Hindi text normalization -> G2P of every spoken word (the
// shipped schwa model). Text of any bytes, any length the fuzzer makes.
#include <cstdint>
#include <memory>
#include <string>

#include "lang/hin/g2p.h"
#include "lang/indic/text_normalizer.h"
#include "lang/hin/words.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto normalizer = vachak::lang::indic::TextNormalizer::create(vachak::lang::hin::words());
  static auto g2p = vachak::lang::hin::G2p::load(std::string(VACHAK_SOURCE_DIR) + "/models/tts/hin-schwa.vsch",
                                                 std::string(VACHAK_SOURCE_DIR) + "/models/tts/hin-english.vlex");
  if (!normalizer.is_ok() || !g2p.is_ok()) __builtin_trap();
  auto words = normalizer.value()->normalize(std::string(reinterpret_cast<const char*>(data), size));
  if (!words.is_ok()) return 0;
  for (const std::string& w : words.value()) {
    if (vachak::lang::indic::is_phrase_break(w)) continue;
    (void)g2p.value()->phones(w);
  }
  return 0;
}
