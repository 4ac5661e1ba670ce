// Is a document's text English? The extractor's models, lexicons and rules
// are English; on other languages they find junk (German capitalises every
// noun), so the pipeline extracts nothing from a text this check rejects.
//
// The test: the share of the document's words that are common English
// function words ("the", "of", "was", "which", ...; words that are also
// frequent in other European languages, such as "in", "a", "die", "also",
// are left out). News English scores about a quarter; German, Indonesian,
// Portuguese and Russian texts score under 1 %. A text of fewer than
// kMinWords words is too short to tell and counts as English.
#pragma once

#include <cstddef>

#include "extract/document.h"

namespace newsgraph {

struct EnglishCheck {
  static constexpr size_t kMinWords = 20;
  static constexpr double kMinShare = 0.03;

  size_t words = 0;           // tokens with a letter
  size_t function_words = 0;  // of them, English function words

  double share() const { return words ? static_cast<double>(function_words) / words : 0.0; }
  bool english() const { return words < kMinWords || share() >= kMinShare; }
};

// Counts over doc.tokens (tokenize() first).
EnglishCheck check_english(const Document& doc);

}  // namespace newsgraph
