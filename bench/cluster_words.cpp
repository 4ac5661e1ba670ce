// cluster_words: word classes from word vectors, for the named-entity
// tagger's cluster features (models/word_clusters.md).
//
//   build/cluster_words --vectors FILE [--words N] [--k 64,256,1024]
//                       [--iterations N] [--seed N] -o FILE
//
// FILE is word vectors in the GloVe text format, one word a line ("word
// v1 v2 ... vd"), most frequent first (scripts/word_vectors.py writes it
// from the npm package the card names). The first N words (default 200,000)
// are clustered by spherical k-means (unit vectors, cosine similarity), once
// for each k, each run started from k words picked by a fixed pseudo-random
// sequence, so the output follows from the input and the seed alone.
// Output: a TSV, one word a line in input order, "word\tc1\tc2..." with one
// cluster number per k, a header line "# word\tk=64\tk=256..." first.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "export/atomic_file.h"

namespace {

struct Vectors {
  std::vector<std::string> words;
  std::vector<float> values;  // words.size() * dim, each row of unit length
  size_t dim = 0;
};

Vectors read_vectors(const std::string& path, size_t limit) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  Vectors v;
  std::string line;
  size_t line_no = 0;
  while (v.words.size() < limit && std::getline(in, line)) {
    ++line_no;
    std::istringstream fields(line);
    std::string word;
    if (!(fields >> word)) continue;
    std::vector<float> row;
    float x;
    while (fields >> x) row.push_back(x);
    if (v.dim == 0) v.dim = row.size();
    if (row.size() != v.dim || v.dim == 0)
      throw std::runtime_error(path + ":" + std::to_string(line_no) + ": expected " + std::to_string(v.dim) +
                               " numbers after the word");
    double norm = 0;
    for (float y : row) norm += double(y) * y;
    norm = std::sqrt(norm);
    if (norm == 0) continue;
    for (float& y : row) y = static_cast<float>(y / norm);
    v.words.push_back(word);
    v.values.insert(v.values.end(), row.begin(), row.end());
  }
  return v;
}

uint64_t splitmix(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Eight running sums, so that the compiler may use vector registers
// without reordering a single sum (the result does not depend on the
// machine's vector width).
float dot(const float* a, const float* b, size_t d) {
  float s[8] = {};
  size_t i = 0;
  for (; i + 8 <= d; i += 8)
    for (size_t k = 0; k < 8; ++k) s[k] += a[i + k] * b[i + k];
  for (; i < d; ++i) s[0] += a[i] * b[i];
  return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
}

// Spherical k-means; returns each word's cluster.
std::vector<uint32_t> kmeans(const Vectors& v, size_t k, int iterations, uint64_t seed) {
  size_t n = v.words.size(), d = v.dim;
  std::vector<float> centres(k * d);
  uint64_t state = seed * 1000003 + k;
  std::vector<char> taken(n, 0);
  for (size_t c = 0; c < k; ++c) {
    size_t pick;
    do pick = splitmix(state) % n;
    while (taken[pick]);
    taken[pick] = 1;
    std::copy_n(&v.values[pick * d], d, &centres[c * d]);
  }
  std::vector<uint32_t> cluster(n, 0);
  for (int it = 0; it < iterations; ++it) {
    size_t moved = 0;
    double total = 0;
    for (size_t w = 0; w < n; ++w) {
      const float* x = &v.values[w * d];
      uint32_t best = 0;
      float best_sim = -2;
      for (size_t c = 0; c < k; ++c) {
        float s = dot(x, &centres[c * d], d);
        if (s > best_sim) best_sim = s, best = static_cast<uint32_t>(c);
      }
      if (it == 0 || cluster[w] != best) ++moved;
      cluster[w] = best;
      total += best_sim;
    }
    std::vector<double> sums(k * d, 0.0);
    std::vector<size_t> sizes(k, 0);
    for (size_t w = 0; w < n; ++w) {
      ++sizes[cluster[w]];
      for (size_t i = 0; i < d; ++i) sums[cluster[w] * d + i] += v.values[w * d + i];
    }
    for (size_t c = 0; c < k; ++c) {
      if (sizes[c] == 0) continue;  // keeps its old centre
      double norm = 0;
      for (size_t i = 0; i < d; ++i) norm += sums[c * d + i] * sums[c * d + i];
      norm = std::sqrt(norm);
      if (norm == 0) continue;
      for (size_t i = 0; i < d; ++i) centres[c * d + i] = static_cast<float>(sums[c * d + i] / norm);
    }
    std::cerr << "k=" << k << " iteration " << it + 1 << ": mean similarity " << total / n << ", " << moved
              << " words moved\n";
    if (it > 0 && moved == 0) break;
  }
  return cluster;
}

std::vector<size_t> parse_sizes(const std::string& s) {
  std::vector<size_t> out;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, ',')) out.push_back(std::stoul(part));
  return out;
}

int usage() {
  std::cerr << "usage: cluster_words --vectors FILE [--words N] [--k 64,256,1024] [--iterations N] [--seed N] -o FILE\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string vectors_path, out_path;
  size_t limit = 200000;
  std::vector<size_t> ks = {64, 256, 1024};
  int iterations = 20;
  uint64_t seed = 1;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
      return argv[++i];
    };
    try {
      if (a == "--vectors") vectors_path = value();
      else if (a == "--words") limit = std::stoul(value());
      else if (a == "--k") ks = parse_sizes(value());
      else if (a == "--iterations") iterations = std::stoi(value());
      else if (a == "--seed") seed = std::stoull(value());
      else if (a == "-o") out_path = value();
      else if (a == "-h" || a == "--help") return usage(), 0;
      else return usage();
    } catch (const std::exception& e) {
      std::cerr << "cluster_words: " << e.what() << "\n";
      return 2;
    }
  }
  if (vectors_path.empty() || out_path.empty() || ks.empty()) return usage();
  try {
    Vectors v = read_vectors(vectors_path, limit);
    std::cerr << v.words.size() << " words of " << v.dim << " dimensions\n";
    std::vector<std::vector<uint32_t>> clusters;
    for (size_t k : ks) clusters.push_back(kmeans(v, k, iterations, seed));
    newsgraph::write_file_atomically(out_path, [&](std::ostream& out) {
      out << "# word";
      for (size_t k : ks) out << "\tk=" << k;
      out << "\n";
      for (size_t w = 0; w < v.words.size(); ++w) {
        out << v.words[w];
        for (const auto& c : clusters) out << '\t' << c[w];
        out << '\n';
      }
    });
  } catch (const std::exception& e) {
    std::cerr << "cluster_words: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
