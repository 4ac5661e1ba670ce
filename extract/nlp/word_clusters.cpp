#include "extract/nlp/word_clusters.h"

#include <cstdlib>
#include <fstream>
#include <string>

#include "extract/nlp/perceptron.h"

namespace newsgraph::nlp {

WordClusters WordClusters::from_tsv(const std::filesystem::path& path) {
  WordClusters out;
  if (path.empty()) return out;
  std::ifstream in(path);
  if (!in) throw ModelError(path.string() + ": cannot read the word clusters");
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    uint64_t packed = 0;
    int k = 0;
    for (size_t at = tab; at != std::string::npos && k < kLevels; ++k) {
      unsigned long c = std::strtoul(line.c_str() + at + 1, nullptr, 10);
      if (c + 1 > kMask)
        throw ModelError(path.string() + ":" + std::to_string(line_no) + ": cluster number over " +
                         std::to_string(kMask - 1));
      packed |= static_cast<uint64_t>(c + 1) << (kBits * k);
      at = line.find('\t', at + 1);
    }
    if (tab == std::string::npos || k != kLevels)
      throw ModelError(path.string() + ":" + std::to_string(line_no) + ": expected a word and " +
                       std::to_string(kLevels) + " cluster numbers");
    std::string_view word = std::string_view(line).substr(0, tab);
    out.packed_.emplace(hash_bytes(word.data(), word.size()), packed);
  }
  return out;
}

uint64_t WordClusters::lookup(std::string_view lower) const {
  if (packed_.empty()) return 0;
  auto it = packed_.find(hash_bytes(lower.data(), lower.size()));
  return it == packed_.end() ? 0 : it->second;
}

void WordClusters::save(Writer& w) const { save_table(w, packed_); }

void WordClusters::load(Reader& r) { packed_ = load_table<uint64_t>(r); }

}  // namespace newsgraph::nlp
