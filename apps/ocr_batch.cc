#include "apps/ocr_batch.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>

#include "apps/ocr_output.h"
#include "apps/temp_file.h"

namespace vachak::app {
namespace {

bool exists(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0;
}

// mkdir -p of the folders above `path`.
bool make_parent_dirs(const std::string& path, std::string* error) {
  for (size_t slash = path.find('/', 1); slash != std::string::npos; slash = path.find('/', slash + 1)) {
    const std::string dir = path.substr(0, slash);
    if (mkdir(dir.c_str(), 0777) != 0 && errno != EEXIST) {
      *error = "cannot create " + dir + ": " + std::strerror(errno);
      return false;
    }
  }
  return true;
}

bool write_error_file(const std::string& path, const std::string& message) {
  TempFile f;
  std::string ignored;
  return f.open(path, &ignored) && f.write(message + "\n") && f.commit(&ignored);
}

}  // namespace

Result<std::vector<std::string>> read_manifest(const std::string& path) {
  std::ifstream file;
  if (path != "-") {
    file.open(path);
    if (!file) return not_found(path + ": cannot open");
  }
  std::istream& in = path == "-" ? std::cin : file;
  std::vector<std::string> images;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    images.push_back(line);
  }
  if (in.bad()) return io_error(path + ": read failed");
  return images;
}

Result<std::string> batch_result_base(const std::string& out_dir, const std::string& image) {
  std::string rel = image;
  while (!rel.empty() && rel[0] == '/') rel.erase(0, 1);
  while (rel.compare(0, 2, "./") == 0) rel.erase(0, 2);
  const size_t slash = rel.rfind('/'), dot = rel.rfind('.');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash + 1)) rel.erase(dot);
  if (rel.empty() || rel.back() == '/') return invalid_argument(image + ": no file name to name its results after");
  for (size_t start = 0; start <= rel.size();) {
    const size_t end = std::min(rel.find('/', start), rel.size());
    if (rel.compare(start, end - start, "..") == 0 && end - start == 2)
      return invalid_argument(image + ": a path with '..' would put its results outside the output folder");
    start = end + 1;
  }
  return out_dir + "/" + rel;
}

int run_batch(const BatchJob& job, ocr::OcrPipeline& pipeline, const ocr::OcrOptions& options) {
  size_t read = 0, done_before = 0, failed = 0;
  for (size_t i = 0; i < job.images.size(); ++i) {
    const std::string& image = job.images[i];
    std::fprintf(stderr, "[%zu/%zu] %s\n", i + 1, job.images.size(), image.c_str());
    auto base = batch_result_base(job.out_dir, image);
    if (!base.is_ok()) {
      std::fprintf(stderr, "vachak: %s\n", base.status().message().c_str());
      ++failed;
      continue;
    }
    bool all_there = true;
    for (const std::string& t : OcrOutputs::targets(job.formats, base.value())) all_there = all_there && exists(t);
    if (all_there) {
      ++done_before;
      continue;
    }
    std::string error;
    if (!make_parent_dirs(base.value(), &error)) {
      std::fprintf(stderr, "vachak: %s\n", error.c_str());
      ++failed;
      continue;
    }
    const std::string error_file = base.value() + ".error";
    auto r = pipeline.read_file(image, options);
    OcrOutputs out;
    bool ok = r.is_ok();
    if (!ok) error = r.status().message();
    else
      ok = out.open(job.formats, base.value(), &error) && out.add_page(r.value(), ocr::PageSource{image, 1}, &error) &&
           out.commit(&error);
    if (ok) {
      ++read;
      unlink(error_file.c_str());  // a failure of an earlier run, now read
    } else {
      out.abandon();
      std::fprintf(stderr, "vachak: %s\n", error.c_str());
      if (!write_error_file(error_file, error)) std::fprintf(stderr, "vachak: cannot write %s\n", error_file.c_str());
      ++failed;
    }
  }
  std::printf("%zu images: %zu read, %zu already done, %zu failed (results in %s)\n", job.images.size(), read,
              done_before, failed, job.out_dir.c_str());
  return failed ? 1 : 0;
}

}  // namespace vachak::app
