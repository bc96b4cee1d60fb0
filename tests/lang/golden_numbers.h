// Checks a language's NumberWords against a golden TSV written from outside our code
// (kind, number, words per line: nepali_numbers.tsv from ICU, marathi_numbers.tsv from
// libnumbertext); returns how many lines it checked.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "lang/speech_words.h"

namespace vachak::lang {

inline int check_golden_numbers(const std::string& tsv, const NumberWords& numbers) {
  std::ifstream in(std::string(VACHAK_SOURCE_DIR) + "/tests/lang/" + tsv);
  EXPECT_TRUE(in) << tsv;
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string kind, number, words;
    std::getline(f, kind, '\t');
    std::getline(f, number, '\t');
    std::getline(f, words);
    const int64_t n = std::stoll(number);
    if (kind == "cardinal") EXPECT_EQ(numbers.cardinal(n), words) << tsv << ": " << n;
    else if (kind == "ordinal") EXPECT_EQ(numbers.ordinal(n, false, false), words) << tsv << ": " << n;
    else if (kind == "year") EXPECT_EQ(numbers.year(n), words) << tsv << ": " << n;
    else ADD_FAILURE() << tsv << ": unknown kind " << kind;
    ++checked;
  }
  return checked;
}

}  // namespace vachak::lang
