// Word clusters: each lower-case word's distributional classes at three
// granularities, coarsest first (k-means classes of GloVe vectors,
// models/word_clusters.tsv; card: models/word_clusters.md).
//
// Read once from the TSV at training time and stored inside the models that
// use them (the named-entity tagger, the dependency parser), so that a word
// never seen in training gets the weights learnt for the words of its class.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <unordered_map>

#include "extract/nlp/model_io.h"

namespace newsgraph::nlp {

class WordClusters {
 public:
  static constexpr int kLevels = 3;

  // Reads cluster_words' TSV ("word\tc1\tc2\tc3", coarsest first; lines
  // starting with '#' skipped). An empty path gives an empty table. Throws
  // ModelError naming the file (and line) when it is missing or malformed.
  static WordClusters from_tsv(const std::filesystem::path& path);

  // The classes of a lower-case word, packed; 0 when the word has none.
  uint64_t lookup(std::string_view lower) const;
  // Level k (0 = coarsest) of a packed value: 1 + the cluster number, 0 = none.
  static uint64_t level(uint64_t packed, int k) { return (packed >> (kBits * k)) & kMask; }

  bool empty() const { return packed_.empty(); }
  size_t size() const { return packed_.size(); }

  void save(Writer& w) const;
  void load(Reader& r);

 private:
  static constexpr uint64_t kBits = 16;
  static constexpr uint64_t kMask = (uint64_t{1} << kBits) - 1;
  std::unordered_map<uint64_t, uint64_t> packed_;  // hash of the lower-case word → classes
};

}  // namespace newsgraph::nlp
