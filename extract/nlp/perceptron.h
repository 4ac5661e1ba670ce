// Averaged perceptron over hashed features (Collins 2002; the training loop
// as in Honnibal's "A good POS tagger in about 200 lines of Python").
//
// A feature is a 64-bit key (a template number mixed with the ids of the
// words and tags it looks at); each key owns a row of per-class weights.
// PerceptronTrainer keeps sparse rows with the running sums needed for
// averaging. finish() averages, quantises to int16 (one scale per model) and
// drops the weights that round to zero, giving a PerceptronModel: an
// open-addressing table from key to a run of (class, weight) pairs, which is
// what inference reads.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/nlp/huge_pages.h"
#include "extract/nlp/model_io.h"

namespace newsgraph::nlp {

// splitmix64 finaliser: a cheap, well-mixing 64-bit hash step.
inline uint64_t mix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// The key of template `t` over up to three values.
inline uint64_t feature_key(uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = mix64(t * 0x100000001b3ULL + a);
  h = mix64(h ^ b);
  h = mix64(h ^ c);
  return h | 1;  // 0 marks an empty slot in PerceptronModel
}

// FNV-1a over bytes, for word forms and affixes.
inline uint64_t hash_bytes(const char* p, size_t n) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 0x100000001b3ULL;
  return h;
}

// A word's shape ("Erdogan" → "Xx", "1990s" → "dx"), hashed: letters,
// digits and other bytes collapsed into classes, repeats folded. Words of
// more than `long_length` bytes share one length mark. Tagger and NER
// features both use it (with their own length marks, which their models keep).
inline uint64_t shape_hash(std::string_view w, size_t long_length, uint64_t long_mark) {
  char buf[16];
  size_t n = 0;
  char last = 0;
  for (unsigned char c : w) {
    char s = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' : (c >= '0' && c <= '9') ? 'd'
             : c >= 0x80 ? 'u' : static_cast<char>(c);
    if (s == last) continue;
    last = s;
    if (n < sizeof buf) buf[n++] = s;
  }
  return hash_bytes(buf, n) ^ (w.size() > long_length ? long_mark : w.size());
}

class PerceptronModel {
 public:
  PerceptronModel() = default;
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return entries_.size(); }

  // scores[0..num_classes) += weights of each feature present. The table is
  // far larger than the cache, so the lookups are done in three passes that
  // prefetch the slots, then the weight rows: the memory fetches of all
  // features overlap instead of queueing one after another.
  void add_scores(const uint64_t* keys, size_t n, int32_t* scores) const {
    constexpr size_t kBatch = 128;
    const Slot* found[kBatch];
    for (size_t start = 0; start < n; start += kBatch) {
      size_t end = start + kBatch < n ? start + kBatch : n;
      for (size_t i = start; i < end; ++i) __builtin_prefetch(slots_.data() + home(short_key(keys[i])));
      for (size_t i = start; i < end; ++i) {
        const Slot* slot = find(keys[i]);
        found[i - start] = slot;
        if (slot) __builtin_prefetch(entries_.data() + slot->begin());
      }
      for (size_t i = start; i < end; ++i) {
        const Slot* slot = found[i - start];
        if (!slot) continue;
        const Entry* e = entries_.data() + slot->begin();
        for (uint32_t k = 0, count = slot->count(); k < count; ++k) scores[e[k].cls] += e[k].weight;
      }
    }
  }

  // Drops weights under min_weight quantisation steps (and features left
  // without weights): a smaller, faster table at some cost in accuracy.
  void prune(int min_weight);

  // One model whose scores are the mean of the models' scores (rounded per
  // weight): an ensemble of perceptrons over the same features is itself a
  // linear model, so it costs one table lookup per feature, not one per
  // member. The models must have the same number of classes.
  static PerceptronModel average(const std::vector<const PerceptronModel*>& models);

  void save(Writer& w) const;
  void load(Reader& r);

 private:
  friend class PerceptronTrainer;
  // The table keeps 32 bits of each 64-bit feature key (the high half):
  // half the memory and a quarter of the file size of full keys. Features
  // of a model that share those bits have their rows summed; a feature not
  // in the model matches a stored one with probability features / 2^32
  // (~1e-3 for the parser), a negligible amount of noise.
  static uint32_t short_key(uint64_t key) {
    uint32_t k = static_cast<uint32_t>(key >> 32);
    return k ? k : 1;  // 0 marks an empty slot
  }
  // 8 bytes: the short key, and the row as 24 bits of offset + 8 of length.
  struct Slot {
    uint32_t key = 0;
    uint32_t row = 0;
    uint32_t begin() const { return row >> 8; }
    uint32_t count() const { return row & 0xff; }
  };
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };
  size_t home(uint32_t key) const { return key & mask_; }
  const Slot* find(uint64_t full_key) const {
    if (slots_.empty()) return nullptr;
    const uint32_t key = short_key(full_key);
    size_t i = home(key);
    while (true) {
      const Slot& s = slots_[i];
      if (s.key == key) return &s;
      if (s.key == 0) return nullptr;
      i = (i + 1) & mask_;
    }
  }
  // Fills the table from rows sorted by key; throws std::length_error
  // beyond 2^24 weights or 255 classes per row.
  void build(const std::vector<std::pair<uint64_t, std::vector<Entry>>>& rows);
  // The same from flat arrays: keys ascending, row i = the next counts[i]
  // entries.
  void build_flat(const std::vector<uint64_t>& keys, const std::vector<uint16_t>& counts,
                  const std::vector<Entry>& entries);

  int num_classes_ = 0;
  size_t num_features_ = 0;
  size_t mask_ = 0;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<Entry, HugePageAllocator<Entry>> entries_;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes) : num_classes_(num_classes) {}
  int num_classes() const { return num_classes_; }

  // scores[0..num_classes) += current (not averaged) weights.
  void add_scores(const uint64_t* keys, size_t n, float* scores) const;
  // One training example seen: advances the clock used for averaging.
  void tick() { ++now_; }
  // Perceptron step: +1 for truth, -1 for guess on every feature present.
  void update(const uint64_t* keys, size_t n, int truth, int guess);

  // The averaged weights, quantised; weights under min_weight quantisation
  // steps are dropped.
  PerceptronModel finish(int min_weight = 1) const;

 private:
  struct Cell {
    uint16_t cls;
    float weight;
    double total;  // sum of weight over the ticks before last_change
    int64_t last_change;
  };
  void bump(uint64_t key, int cls, float delta);

  int num_classes_;
  int64_t now_ = 0;
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<std::vector<Cell>> rows_;
};

}  // namespace newsgraph::nlp
