// Character and word error rates as OCR evaluations report them: the edit distance
// (insertions + deletions + substitutions) between recognized and reference text,
// over code points (CER, after NFC and white-space folding) or white-space-separated
// words (WER). Rates divide by the reference's length.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace vachak::ocr {

struct EditCounts {
  size_t errors = 0;     // edit distance
  size_t reference = 0;  // reference length (code points or words)
  double rate() const { return reference == 0 ? (errors == 0 ? 0.0 : 1.0) : static_cast<double>(errors) / reference; }
  EditCounts& operator+=(const EditCounts& o) {
    errors += o.errors;
    reference += o.reference;
    return *this;
  }
};

template <typename T>
size_t edit_distance(const std::vector<T>& a, const std::vector<T>& b);

// Both take already-normalized code-point strings (see normalize_for_scoring).
EditCounts character_errors(const std::u32string& hypothesis, const std::u32string& reference);
EditCounts word_errors(const std::u32string& hypothesis, const std::u32string& reference);

// Collapses runs of white space to one space and trims the ends (line breaks count as
// spaces: page-level ground truth and output may break lines differently).
std::u32string fold_whitespace(const std::u32string& s);

}  // namespace vachak::ocr
