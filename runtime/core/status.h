// Status and Result: the only way errors travel in Vachak's library code.
// Both are [[nodiscard]]: a caller cannot silently drop a failure. Library code never
// calls abort/exit and never asserts on input; it returns one of these.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace vachak {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something that breaks a documented rule
  kNotFound,         // a file or an entry does not exist
  kCorrupt,          // a file exists but breaks its format
  kUnsupported,      // valid, but this build cannot do it (e.g. an op left out)
  kOutOfMemory,      // a limit or an allocation failed
  kIo,               // the operating system refused a read or write
  kCancelled,        // a callback asked to stop
  kInternal,         // a broken invariant of our own
};

const char* status_code_name(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status ok() { return Status(); }

  bool is_ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Prefixes context ("file.vmdl: ") so a message names where it happened.
  Status with_context(const std::string& prefix) const {
    if (is_ok()) return *this;
    return Status(code_, prefix + message_);
  }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status invalid_argument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status corrupt(std::string m) { return {StatusCode::kCorrupt, std::move(m)}; }
inline Status unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
inline Status not_found(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status io_error(std::string m) { return {StatusCode::kIo, std::move(m)}; }
inline Status out_of_memory(std::string m) { return {StatusCode::kOutOfMemory, std::move(m)}; }
inline Status internal_error(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {
    if (status_.is_ok()) status_ = internal_error("Result built from an ok Status without a value");
  }

  bool is_ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace vachak

#define VACHAK_RETURN_IF_ERROR(expr)            \
  do {                                          \
    ::vachak::Status vachak_status_ = (expr);   \
    if (!vachak_status_.is_ok()) return vachak_status_; \
  } while (0)
