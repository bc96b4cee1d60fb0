#include "runtime/tools/golden_manifest.h"

#include <fstream>
#include <sstream>

namespace vachak::rt {
namespace {

DType parse_dtype(const std::string& s) {
  if (s == "i8") return DType::kInt8;
  if (s == "i16") return DType::kInt16;
  if (s == "f32") return DType::kFloat32;
  if (s == "i32") return DType::kInt32;
  return DType::kInvalid;
}

bool parse_dims(const std::string& s, Shape* shape) {
  std::stringstream ss(s);
  std::string part;
  shape->rank = 0;
  while (std::getline(ss, part, ',')) {
    if (shape->rank == kMaxRank) return false;
    try {
      const long v = std::stol(part);
      if (v < 1 || v > (1L << 30)) return false;
      shape->dims[shape->rank++] = static_cast<int32_t>(v);
    } catch (...) {
      return false;
    }
  }
  return shape->rank > 0;
}

}  // namespace

Result<GoldenManifest> read_golden_manifest(const std::string& path) {
  std::ifstream in(path);
  if (!in) return not_found(path + ": cannot open golden manifest");
  const size_t slash = path.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
  GoldenManifest g;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::istringstream ls(line);
    std::string kind;
    if (!(ls >> kind) || kind[0] == '#') continue;
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    if (kind == "arena_size") {
      if (!(ls >> g.arena_size)) return corrupt(where + "bad arena_size line");
      continue;
    }
    if (kind != "input" && kind != "output") return corrupt(where + "unknown line kind '" + kind + "'");
    GoldenArray a;
    std::string type, dims, file;
    if (!(ls >> a.index >> type >> dims >> file)) return corrupt(where + "expected: " + kind + " INDEX TYPE DIMS FILE");
    a.type = parse_dtype(type);
    if (a.type == DType::kInvalid) return corrupt(where + "unknown type '" + type + "'");
    if (!parse_dims(dims, &a.shape)) return corrupt(where + "bad dims '" + dims + "'");
    std::ifstream f(dir + "/" + file, std::ios::binary);
    if (!f) return not_found(where + "cannot open " + file);
    a.bytes.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    const uint64_t expect = static_cast<uint64_t>(a.shape.elements()) * dtype_size(a.type);
    if (a.bytes.size() != expect)
      return corrupt(where + file + " has " + std::to_string(a.bytes.size()) + " bytes, expected " + std::to_string(expect));
    (kind == "input" ? g.inputs : g.outputs).push_back(std::move(a));
  }
  return g;
}

}  // namespace vachak::rt
