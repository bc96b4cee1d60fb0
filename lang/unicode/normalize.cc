#include "lang/unicode/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "lang/unicode/utf8.h"

namespace vachak::lang {

Result<std::string> to_nfc(const std::string& utf8) {
  VACHAK_RETURN_IF_ERROR(utf8_validate(utf8));  // ICU would silently substitute U+FFFD
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return internal_error(std::string("ICU NFC unavailable: ") + u_errorName(err));
  icu::UnicodeString out = nfc->normalize(icu::UnicodeString::fromUTF8(utf8), err);
  if (U_FAILURE(err)) return internal_error(std::string("ICU NFC failed: ") + u_errorName(err));
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace vachak::lang
