// Word vectors stored inside a model: lower-case word → a dense vector,
// quantised to one signed byte per dimension with one scale per word (the
// GloVe vectors of models/word_vectors.md lose nothing a small network
// notices, at a quarter of the size).
//
// Read once from a text file in the GloVe format ("word v1 ... vD" a line,
// most frequent word first) when a model is trained, then saved and loaded
// with the model; nothing reads the text file at run time.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/nlp/model_io.h"

namespace newsgraph::nlp {

class WordVectors {
 public:
  // The first `max_words` words of a GloVe-format text file. Throws
  // ModelError naming the file when it cannot be read or a line is malformed.
  static WordVectors read_text(const std::filesystem::path& path, size_t max_words);

  bool empty() const { return dim_ == 0; }
  size_t dim() const { return dim_; }
  size_t size() const { return scales_.size(); }

  // Writes the vector of `lower` (a lower-cased word) to out[0..dim) and
  // returns true; for an unknown word writes zeros and returns false.
  bool lookup(std::string_view lower, float* out) const;

  void save(Writer& w) const;
  static WordVectors load(Reader& r);

 private:
  uint32_t dim_ = 0;
  std::unordered_map<uint64_t, uint32_t> index_;  // hash of the word → row
  std::vector<float> scales_;                     // per row
  std::vector<int8_t> values_;                    // rows of dim_ values
};

}  // namespace newsgraph::nlp
