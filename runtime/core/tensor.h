// Tensors as the kernels see them: a type, a run-time shape within a maximum shape,
// quantization parameters that point into the loaded model header, and a data pointer
// into either the mapped weight section (constants) or the arena.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vachak::rt {

enum class DType : uint8_t { kInvalid = 0, kFloat32 = 1, kInt8 = 2, kInt16 = 3, kInt32 = 4 };

constexpr int kMaxRank = 5;

size_t dtype_size(DType t);      // 0 for kInvalid
const char* dtype_name(DType t); // "f32", "i8", "i16", "i32", "invalid"

struct Shape {
  int rank = 0;
  int32_t dims[kMaxRank] = {};

  Shape() = default;
  Shape(std::initializer_list<int32_t> d);

  int32_t operator[](int i) const { return dims[i]; }
  int32_t& operator[](int i) { return dims[i]; }
  int64_t elements() const;
  bool operator==(const Shape& o) const;
  bool operator!=(const Shape& o) const { return !(*this == o); }
  // True when every dim is <= the other's (same rank).
  bool fits_within(const Shape& max) const;
  std::string to_string() const;  // "[1,32,384,1]"
};

// Views into the model header's repeated fields; valid while the model is loaded.
struct Quant {
  const float* scale = nullptr;
  const int32_t* zero_point = nullptr;
  int count = 0;  // 0: not quantized; 1: per tensor; >1: per channel along axis
  int axis = 0;

  float s(int i = 0) const { return scale[count == 1 ? 0 : i]; }
  int32_t z(int i = 0) const { return zero_point[count == 1 ? 0 : i]; }
};

struct Tensor {
  std::string_view name;
  DType type = DType::kInvalid;
  Shape shape;      // run-time shape
  Shape max_shape;  // the shape the arena was planned for
  Quant quant;
  void* data = nullptr;
  bool is_constant = false;

  template <typename T> T* as() { return static_cast<T*>(data); }
  template <typename T> const T* as() const { return static_cast<const T*>(data); }
  size_t bytes() const { return static_cast<size_t>(shape.elements()) * dtype_size(type); }
};

}  // namespace vachak::rt
