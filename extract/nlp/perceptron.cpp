#include "extract/nlp/perceptron.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace newsgraph::nlp {

void PerceptronModel::build(const std::vector<std::pair<uint64_t, std::vector<Entry>>>& rows) {
  std::vector<uint64_t> keys;
  std::vector<uint16_t> counts;
  std::vector<Entry> entries;
  for (const auto& [key, row] : rows) {
    keys.push_back(key);
    counts.push_back(static_cast<uint16_t>(row.size()));
    entries.insert(entries.end(), row.begin(), row.end());
  }
  build_flat(keys, counts, entries);
}

void PerceptronModel::build_flat(const std::vector<uint64_t>& keys, const std::vector<uint16_t>& counts,
                                 const std::vector<Entry>& entries) {
  // Keys ascend, so rows whose short keys collide are adjacent: merge them
  // (summing weights, saturated) as they are copied in.
  size_t distinct = 0;
  for (size_t i = 0; i < keys.size(); ++i)
    distinct += i == 0 || short_key(keys[i]) != short_key(keys[i - 1]);
  num_features_ = distinct;
  size_t size = 16;
  while (size < distinct * 2) size <<= 1;
  mask_ = size - 1;
  slots_.assign(size, Slot());
  entries_.clear();
  entries_.reserve(entries.size());
  std::vector<Entry> row;
  size_t at = 0;
  for (size_t i = 0; i < keys.size();) {
    const uint32_t key = short_key(keys[i]);
    row.clear();
    for (; i < keys.size() && short_key(keys[i]) == key; ++i) {
      for (uint16_t k = 0; k < counts[i]; ++k, ++at) {
        const Entry& e = entries[at];
        auto same = std::find_if(row.begin(), row.end(), [&](const Entry& x) { return x.cls == e.cls; });
        if (same == row.end()) {
          row.push_back(e);
        } else {
          same->weight = static_cast<int16_t>(std::clamp(same->weight + e.weight, -32767, 32767));
        }
      }
    }
    if (row.size() > 0xff || entries_.size() + row.size() >= (1u << 24))
      throw std::length_error("perceptron model too large for its table");
    size_t slot = home(key);
    while (slots_[slot].key != 0) slot = (slot + 1) & mask_;
    slots_[slot].key = key;
    slots_[slot].row = static_cast<uint32_t>(entries_.size() << 8 | row.size());
    entries_.insert(entries_.end(), row.begin(), row.end());
  }
}

void PerceptronModel::prune(int min_weight) {
  std::vector<std::pair<uint64_t, std::vector<Entry>>> rows;
  for (const Slot& s : slots_) {
    if (s.key == 0) continue;
    std::vector<Entry> kept;
    for (uint32_t k = 0; k < s.count(); ++k)
      if (std::abs(entries_[s.begin() + k].weight) >= min_weight) kept.push_back(entries_[s.begin() + k]);
    if (!kept.empty()) rows.push_back({static_cast<uint64_t>(s.key) << 32, std::move(kept)});
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  build(rows);
}

PerceptronModel PerceptronModel::average(const std::vector<const PerceptronModel*>& models) {
  if (models.empty()) return PerceptronModel();
  const int classes = models[0]->num_classes_;
  // Per short key, the summed weights of each class.
  std::unordered_map<uint32_t, std::vector<int32_t>> sums;
  for (const PerceptronModel* m : models) {
    if (m->num_classes_ != classes) throw std::invalid_argument("averaging perceptrons with different classes");
    for (const Slot& s : m->slots_) {
      if (s.key == 0) continue;
      std::vector<int32_t>& row = sums[s.key];
      if (row.empty()) row.assign(static_cast<size_t>(classes), 0);
      for (uint32_t k = 0; k < s.count(); ++k) row[m->entries_[s.begin() + k].cls] += m->entries_[s.begin() + k].weight;
    }
  }
  const double n = static_cast<double>(models.size());
  std::vector<std::pair<uint64_t, std::vector<Entry>>> rows;
  rows.reserve(sums.size());
  for (const auto& [key, row] : sums) {
    std::vector<Entry> entries;
    for (int c = 0; c < classes; ++c) {
      long w = std::lround(row[static_cast<size_t>(c)] / n);
      if (w != 0) entries.push_back({static_cast<uint16_t>(c), static_cast<int16_t>(w)});
    }
    if (!entries.empty()) rows.push_back({static_cast<uint64_t>(key) << 32, std::move(entries)});
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  PerceptronModel out;
  out.num_classes_ = classes;
  out.build(rows);
  return out;
}

// File layout: classes, then (key, count, (class, weight) * count) per
// feature, in key order so that equal models give equal files.
void PerceptronModel::save(Writer& w) const {
  std::vector<const Slot*> used;
  for (const Slot& s : slots_)
    if (s.key != 0) used.push_back(&s);
  std::sort(used.begin(), used.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  w.put<uint32_t>(static_cast<uint32_t>(num_classes_));
  w.put<uint64_t>(used.size());
  // Columns compress better than interleaved records.
  std::vector<uint64_t> keys;
  std::vector<uint16_t> counts;
  std::vector<uint16_t> classes;
  std::vector<int16_t> weights;
  for (const Slot* s : used) {
    keys.push_back(static_cast<uint64_t>(s->key) << 32);
    counts.push_back(static_cast<uint16_t>(s->count()));
    for (uint32_t k = 0; k < s->count(); ++k) {
      classes.push_back(entries_[s->begin() + k].cls);
      weights.push_back(entries_[s->begin() + k].weight);
    }
  }
  // Keys are sorted: store differences, which compress well.
  for (size_t i = keys.size(); i-- > 1;) keys[i] -= keys[i - 1];
  w.put_vector(keys);
  w.put_vector(counts);
  w.put_vector(classes);
  w.put_vector(weights);
}

void PerceptronModel::load(Reader& r) {
  num_classes_ = static_cast<int>(r.get<uint32_t>());
  uint64_t n = r.get<uint64_t>();
  std::vector<uint64_t> keys = r.get_vector<uint64_t>();
  std::vector<uint16_t> counts = r.get_vector<uint16_t>();
  std::vector<uint16_t> classes = r.get_vector<uint16_t>();
  std::vector<int16_t> weights = r.get_vector<int16_t>();
  if (num_classes_ <= 0 || num_classes_ > 65535 || keys.size() != n || counts.size() != n ||
      classes.size() != weights.size())
    r.fail("corrupt (perceptron table sizes)");
  for (size_t i = 1; i < keys.size(); ++i) keys[i] += keys[i - 1];
  size_t total = 0;
  for (size_t i = 0; i < n; ++i) {
    if (keys[i] == 0 || (i > 0 && keys[i] <= keys[i - 1])) r.fail("corrupt (feature keys)");
    total += counts[i];
  }
  if (total != classes.size()) r.fail("corrupt (weight rows)");
  std::vector<Entry> entries(total);
  for (size_t i = 0; i < total; ++i) {
    if (classes[i] >= num_classes_) r.fail("corrupt (class id)");
    entries[i] = {classes[i], weights[i]};
  }
  build_flat(keys, counts, entries);
}

void PerceptronTrainer::add_scores(const uint64_t* keys, size_t n, float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    auto it = index_.find(keys[i]);
    if (it == index_.end()) continue;
    for (const Cell& c : rows_[it->second]) scores[c.cls] += c.weight;
  }
}

void PerceptronTrainer::bump(uint64_t key, int cls, float delta) {
  auto [it, inserted] = index_.try_emplace(key, static_cast<uint32_t>(rows_.size()));
  if (inserted) rows_.emplace_back();
  std::vector<Cell>& row = rows_[it->second];
  for (Cell& c : row) {
    if (c.cls != cls) continue;
    c.total += static_cast<double>(now_ - c.last_change) * c.weight;
    c.last_change = now_;
    c.weight += delta;
    return;
  }
  row.push_back({static_cast<uint16_t>(cls), delta, 0.0, now_});
}

void PerceptronTrainer::update(const uint64_t* keys, size_t n, int truth, int guess) {
  if (truth == guess) return;
  for (size_t i = 0; i < n; ++i) {
    bump(keys[i], truth, 1.0f);
    bump(keys[i], guess, -1.0f);
  }
}

PerceptronModel PerceptronTrainer::finish(int min_weight) const {
  // Averaged weight = (total + weight * (now - last_change)) / now.
  std::vector<std::pair<uint64_t, std::vector<std::pair<uint16_t, double>>>> averaged;
  averaged.reserve(index_.size());
  double largest = 0;
  double steps = static_cast<double>(std::max<int64_t>(now_, 1));
  for (const auto& [key, row_id] : index_) {
    std::vector<std::pair<uint16_t, double>> row;
    for (const Cell& c : rows_[row_id]) {
      double avg = (c.total + static_cast<double>(now_ - c.last_change) * c.weight) / steps;
      if (avg == 0) continue;
      largest = std::max(largest, std::fabs(avg));
      row.push_back({c.cls, avg});
    }
    if (!row.empty()) averaged.push_back({key, std::move(row)});
  }
  double scale = largest > 0 ? 32000.0 / largest : 1.0;
  std::vector<std::pair<uint64_t, std::vector<PerceptronModel::Entry>>> rows;
  for (auto& [key, row] : averaged) {
    std::vector<PerceptronModel::Entry> entries;
    std::sort(row.begin(), row.end());
    for (const auto& [cls, avg] : row) {
      long q = std::lround(avg * scale);
      if (std::labs(q) < min_weight) continue;
      entries.push_back({cls, static_cast<int16_t>(q)});
    }
    if (!entries.empty()) rows.push_back({key, std::move(entries)});
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  PerceptronModel model;
  model.num_classes_ = num_classes_;
  model.build(rows);
  return model;
}

}  // namespace newsgraph::nlp
