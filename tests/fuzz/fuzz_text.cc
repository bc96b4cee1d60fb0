// libFuzzer: hostile text -> a spoken language's text normalization -> G2P of every spoken
// word (the schwa model and letter rules the registry names for it). The first byte picks
// the language among those the registry speaks; the rest is text of any bytes and length.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "lang/hin/g2p.h"
#include "lang/indic/text_normalizer.h"
#include "lang/registry.h"

namespace {

struct Front {
  std::unique_ptr<vachak::lang::indic::TextNormalizer> normalizer;
  std::unique_ptr<vachak::lang::hin::G2p> g2p;
};

std::vector<Front> load_all() {
  std::vector<Front> out;
  for (const vachak::lang::Language& l : vachak::lang::languages()) {
    const auto choice = vachak::lang::speech_choice(std::string(VACHAK_SOURCE_DIR) + "/models", l.code);
    if (!choice.ok) continue;
    auto normalizer = vachak::lang::indic::TextNormalizer::create(l.speech());
    auto g2p = vachak::lang::hin::G2p::load(choice.g2p_model, choice.english_lexicon, choice.phone_rules);
    if (!normalizer.is_ok() || !g2p.is_ok()) __builtin_trap();
    out.push_back({std::move(normalizer).value(), std::move(g2p).value()});
  }
  if (out.empty()) __builtin_trap();
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::vector<Front> fronts = load_all();
  if (size == 0) return 0;
  const Front& f = fronts[data[0] % fronts.size()];
  auto words = f.normalizer->normalize(std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  if (!words.is_ok()) return 0;
  for (const std::string& w : words.value()) {
    if (vachak::lang::indic::is_phrase_break(w)) continue;
    (void)f.g2p->phones(w);
  }
  return 0;
}
