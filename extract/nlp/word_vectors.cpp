#include "extract/nlp/word_vectors.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <string>

#include "extract/nlp/perceptron.h"

namespace newsgraph::nlp {

WordVectors WordVectors::read_text(const std::filesystem::path& path, size_t max_words) {
  std::ifstream in(path);
  if (!in) throw ModelError(path.string() + ": cannot read the word vectors");
  WordVectors v;
  std::string line;
  std::vector<float> row;
  size_t line_number = 0;
  while (v.size() < max_words && std::getline(in, line)) {
    ++line_number;
    size_t space = line.find(' ');
    if (space == std::string::npos || space == 0) continue;
    row.clear();
    const char* p = line.c_str() + space;
    while (*p) {
      char* end = nullptr;
      float x = std::strtof(p, &end);
      if (end == p) break;
      row.push_back(x);
      p = end;
    }
    if (v.dim_ == 0) v.dim_ = static_cast<uint32_t>(row.size());
    if (row.empty() || row.size() != v.dim_)
      throw ModelError(path.string() + ":" + std::to_string(line_number) + ": expected " + std::to_string(v.dim_) +
                       " values after the word");
    uint64_t key = hash_bytes(line.data(), space);
    if (!v.index_.emplace(key, static_cast<uint32_t>(v.scales_.size())).second) continue;  // first (most frequent) wins
    float top = 0;
    for (float x : row) top = std::max(top, std::fabs(x));
    float scale = top > 0 ? top / 127.0f : 1.0f;
    v.scales_.push_back(scale);
    for (float x : row) v.values_.push_back(static_cast<int8_t>(std::lround(x / scale)));
  }
  if (v.empty()) throw ModelError(path.string() + ": no word vectors");
  return v;
}

bool WordVectors::lookup(std::string_view lower, float* out) const {
  auto it = index_.find(hash_bytes(lower.data(), lower.size()));
  if (it == index_.end()) {
    std::fill(out, out + dim_, 0.0f);
    return false;
  }
  const int8_t* row = values_.data() + static_cast<size_t>(it->second) * dim_;
  float scale = scales_[it->second];
  for (size_t k = 0; k < dim_; ++k) out[k] = scale * row[k];
  return true;
}

void WordVectors::save(Writer& w) const {
  w.put<uint32_t>(dim_);
  std::vector<uint64_t> keys(scales_.size());
  for (const auto& [key, row] : index_) keys[row] = key;
  w.put_vector(keys);
  w.put_vector(scales_);
  w.put_vector(values_);
}

WordVectors WordVectors::load(Reader& r) {
  WordVectors v;
  v.dim_ = r.get<uint32_t>();
  std::vector<uint64_t> keys = r.get_vector<uint64_t>();
  v.scales_ = r.get_vector<float>();
  v.values_ = r.get_vector<int8_t>();
  if (keys.size() != v.scales_.size() || v.values_.size() != keys.size() * v.dim_) r.fail("corrupt (word vectors)");
  v.index_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) v.index_.emplace(keys[i], static_cast<uint32_t>(i));
  return v;
}

}  // namespace newsgraph::nlp
