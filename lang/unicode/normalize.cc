#include "lang/unicode/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "lang/unicode/utf8.h"

namespace vachak::lang {

namespace {

struct NfcInstance {
  const icu::Normalizer2* nfc = nullptr;
  UErrorCode err = U_ZERO_ERROR;
};

// ICU builds its NFC data once, thread-safely, but with its own (uninstrumented) atomics;
// fetching it inside a function-local static publishes it to every thread through the
// C++ runtime's guard, which ThreadSanitizer sees, and later calls skip ICU's lookup.
const NfcInstance& nfc_instance() {
  static const NfcInstance instance = [] {
    NfcInstance i;
    i.nfc = icu::Normalizer2::getNFCInstance(i.err);
    return i;
  }();
  return instance;
}

}  // namespace

Result<std::string> to_nfc(const std::string& utf8) {
  VACHAK_RETURN_IF_ERROR(utf8_validate(utf8));  // ICU would silently substitute U+FFFD
  UErrorCode err = U_ZERO_ERROR;
  const NfcInstance& instance = nfc_instance();
  if (U_FAILURE(instance.err) || instance.nfc == nullptr)
    return internal_error(std::string("ICU NFC unavailable: ") + u_errorName(instance.err));
  const icu::Normalizer2* nfc = instance.nfc;
  icu::UnicodeString out = nfc->normalize(icu::UnicodeString::fromUTF8(utf8), err);
  if (U_FAILURE(err)) return internal_error(std::string("ICU NFC failed: ") + u_errorName(err));
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace vachak::lang
