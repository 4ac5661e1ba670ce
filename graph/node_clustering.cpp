#include "graph/node_clustering.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <numeric>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "extract/text/name_key.h"

namespace newsgraph {
namespace {

constexpr int kPersonFamily = 0, kActorFamily = 1, kPlaceFamily = 2;

// The words of a name's key.
using Words = std::span<const std::string_view>;

// Types that may hold the same entity: group and organization overlap
// (an opposition committee, an army); person and place stand alone.
int type_family(NodeType t) {
  if (is_collective_actor(t)) return kActorFamily;
  return t == NodeType::Person ? kPersonFamily : kPlaceFamily;
}


// Name particles and titles: "de Mistura" = "di Mistura" = "Mistura",
// "Gen. Vulkov" = "Vulkov".
bool is_particle(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kTitles = {
      "mr", "mrs", "ms", "dr", "gen", "col", "maj", "capt", "lt", "sgt", "sheikh", "prof", "sen", "rep"};
  return is_name_particle(w) || std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end();
}

// The words of a name's key (views into it), appended to `out`; for a
// person without particles and titles.
void append_words(std::string_view key, bool person, std::vector<std::string_view>& out) {
  size_t start = 0;
  while (start < key.size()) {
    size_t end = std::min(key.find(' ', start), key.size());
    std::string_view word = key.substr(start, end - start);
    if (!word.empty() && !(person && is_particle(word))) out.push_back(word);
    start = end + 1;
  }
}

// The consonants of a word, doubled letters once: transliterations of one
// name mostly differ in vowels and doubling ("mohammed", "muhammad" → "mhmd").
std::string skeleton(std::string_view w) {
  std::string out;
  for (char c : w) {
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') continue;
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}

// Words are alike when equal, when one is the initial of the other (given
// names only), or when both have four letters or more and a Jaro-Winkler
// similarity of 0.88 or more (Sergei/Sergey, Mistura/Mister), or of 0.80
// with the same consonants (Mohammed/Muhammad; not Malin/Milan, 0.76).
bool similar_word(std::string_view a, std::string_view b, bool allow_initial) {
  if (a == b) return true;
  if (allow_initial && (a.size() == 1 || b.size() == 1)) return a[0] == b[0];
  if (a.size() < 4 || b.size() < 4) return false;
  double similarity = jaro_winkler(a, b);
  return similarity >= 0.88 || (similarity >= 0.80 && skeleton(a) == skeleton(b));
}

// The shorter name fits the longer: last words alike; with two words or
// more, first words alike too and the middle words in order among the
// longer's middle words. "Vulkov", "A. Vulkov", "Andrei Vulkov" fit
// "Andrey Petrov Vulkov"; "Petrov Vulkov" does not (that may be his father).
bool same_person(Words a, Words b) {
  const Words s = a.size() <= b.size() ? a : b;
  const Words l = a.size() <= b.size() ? b : a;
  if (s.empty()) return false;
  if (!similar_word(s.back(), l.back(), false)) return false;
  if (s.size() == 1) return true;
  if (!similar_word(s.front(), l.front(), true)) return false;
  size_t j = 1;
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    while (j + 1 < l.size() && !similar_word(s[i], l[j], true)) ++j;
    if (j + 1 >= l.size()) return false;
    ++j;
  }
  return true;
}

bool is_acronym(const std::string& name) {
  int letters = 0;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.') return false;
  }
  return letters >= 2;
}


// A map key scoped to a type family.
std::string scoped(int family, std::string_view key) {
  std::string out(1, static_cast<char>('0' + family));
  out += key;
  return out;
}

// The blocks a word belongs to when looked up at length `length` (its own
// length, or a neighbour's: one letter more or less). Each key is the word
// without one window of its letters — windows of 2 letters, 1 apart, up to
// six letters; of 3 letters, 2 apart, from seven — so one substitution,
// insertion, deletion or swap of two neighbours falls inside some window and
// leaves that key intact, while every key keeps most of the word: common
// endings (-enko, -ov, -abad) or beginnings make no big blocks. Words of up
// to three letters match only when equal: one key, the word. A key is a
// 64-bit hash of (family, first-name signature, length, window, letters);
// `given` is the signature of the first name (0: any).
void block_keys(int family, std::string_view word, size_t length, char given,
                std::vector<uint64_t>& keys) {
  auto hash = [&](size_t a, size_t b, std::string_view head, std::string_view tail) {
    uint64_t h = 1469598103934665603ULL;  // FNV-1a
    auto mix = [&](unsigned char c) { h = (h ^ c) * 1099511628211ULL; };
    for (size_t x : {size_t(family), size_t(static_cast<unsigned char>(given)), length, a, b}) {
      mix(static_cast<unsigned char>(x));
      mix(static_cast<unsigned char>(x >> 8));
    }
    for (char c : head) mix(static_cast<unsigned char>(c));
    mix('|');
    for (char c : tail) mix(static_cast<unsigned char>(c));
    return h;
  };
  keys.clear();
  if (length <= 3) {
    if (word.size() == length) keys.push_back(hash(0, 0, word, ""));
    return;
  }
  const size_t width = length <= 6 ? 2 : 3, step = length <= 6 ? 1 : 2;
  for (size_t a = 0;; a += step) {
    const size_t b = std::min(a + width, length);
    // The letters before the window, and as many letters after it as a
    // word of `length` letters has.
    const size_t after = length - b;
    if (a > word.size() || after > word.size()) break;
    keys.push_back(hash(a, b, word.substr(0, a), word.substr(word.size() - after)));
    if (b == length) break;
  }
}

// The first eight bytes of a string as a number that orders as the
// strings do (the bytes as unsigned, big-endian, zeros after the end).
uint64_t sort_prefix(std::string_view s) {
  uint64_t prefix = 0;
  for (size_t i = 0; i < 8; ++i)
    prefix = prefix << 8 | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0);
  return prefix;
}

// The signatures of a first (given) name for blocking: its first letter and
// its first consonant, so that an initial ("J."), a vowel change
// (Evgeny/Yevgeny) or a first-letter change (Iosif/Josif) still meet.
std::vector<char> given_signatures(std::string_view w) {
  std::vector<char> out = {w[0]};
  for (char c : w) {
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') continue;
    if (c != w[0]) out.push_back(c);
    break;
  }
  return out;
}

// Block key → heads. Most lookups find nothing, and at a million mentions
// the table is far bigger than the caches, so it is an array of keys with
// linear probing (eight to a cache line; the heads in a parallel array):
// a lookup mostly reads one cache line, where a node-based multimap follows
// two or three pointers.
class BlockTable {
 public:
  explicit BlockTable(size_t expected) { grow(std::bit_ceil(std::max<size_t>(16, 2 * expected))); }

  // How many heads the block of `key` holds.
  size_t count(uint64_t key) const {
    size_t n = 0;
    for_each(key, [&](NodeHandle) { ++n; });
    return n;
  }

  void insert(uint64_t key, NodeHandle head) {
    if (2 * (size_ + 1) > keys_.size()) grow(2 * keys_.size());
    place(stored(key), head);
    ++size_;
  }

  // Starts loading the slots of `key`. A search looks up a dozen keys or
  // more: prefetched first, their cache misses overlap instead of coming
  // one after the other.
  void prefetch(uint64_t key) const { __builtin_prefetch(&keys_[home(stored(key))]); }

  // Calls f(head) for each head of the block of `key`.
  template <typename F>
  void for_each(uint64_t key, F&& f) const {
    key = stored(key);
    for (size_t i = home(key); keys_[i] != kEmpty; i = (i + 1) & mask_)
      if (keys_[i] == key) f(heads_[i]);
  }

 private:
  static constexpr uint64_t kEmpty = 0;

  // Keys are hashes; the one that equals kEmpty shares a block with 1.
  static uint64_t stored(uint64_t key) { return key == kEmpty ? 1 : key; }
  size_t home(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ULL >> 20) & mask_; }

  void place(uint64_t key, NodeHandle head) {
    size_t i = home(key);
    while (keys_[i] != kEmpty) i = (i + 1) & mask_;
    keys_[i] = key;
    heads_[i] = head;
  }

  void grow(size_t capacity) {
    std::vector<uint64_t> old_keys = std::exchange(keys_, std::vector<uint64_t>(capacity, kEmpty));
    std::vector<NodeHandle> old_heads = std::exchange(heads_, std::vector<NodeHandle>(capacity));
    mask_ = capacity - 1;
    for (size_t i = 0; i < old_keys.size(); ++i)
      if (old_keys[i] != kEmpty) place(old_keys[i], old_heads[i]);
  }

  std::vector<uint64_t> keys_;
  std::vector<NodeHandle> heads_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

class Clusterer {
 public:
  Clusterer(const Graph& graph, const ResolutionOverrides& overrides)
      : graph_(graph), overrides_(overrides), n_(boost::num_vertices(graph)), blocks_(2 * n_) {}

  std::vector<NodeHandle> run() {
    compute_facts();
    sort_order();
    head_.resize(n_);
    std::iota(head_.begin(), head_.end(), NodeHandle{0});
    seed_same_as();
    mark_not_same_as();
    for (NodeHandle v : order_) {
      if (head_[v] != v) continue;  // a member of a same-as group
      NodeHandle h = match(v);
      if (h != v) join(v, h);
      else add_head(v);
    }
    // Members of a same-as group point at its first member, which may have
    // joined another head: follow to the end.
    for (NodeHandle v = 0; v < n_; ++v) {
      NodeHandle h = head_[v];
      while (head_[h] != h) h = head_[h];
      head_[v] = h;
      stats_.heads += h == v;
    }
    stats_.nodes = n_;
    return head_;
  }

  const ClusterStats& stats() const { return stats_; }

 private:
  using Sides = std::vector<std::pair<int, int>>;  // (not_same_as entry, name index)

  // What the matching reads of each node, computed in one pass in vertex
  // order: the matching visits nodes in another order, and at scale each
  // visit to a node's own lists would be a cache miss.
  void compute_facts() {
    family_.resize(n_);
    place_scale_.resize(n_);
    key_.resize(n_);
    word_begin_.resize(n_ + 1);
    alias_keys_.resize(n_);
    for (NodeHandle v = 0; v < n_; ++v) {
      const NodeProperties& node = graph_[v];
      family_[v] = type_family(node.type);
      place_scale_[v] = node.type != NodeType::Place || node.kind.empty() ? PlaceScale::Unknown
                        : node.kind == "country"                           ? PlaceScale::Country
                                                                           : PlaceScale::Local;
      key_[v] = name_key(node.name);
      // Views into key_[v], which stays where it is: key_ is never resized again.
      word_begin_[v] = words_.size();
      append_words(key_[v], family_[v] == kPersonFamily, words_);
      for (const AliasSource& a : node.alias_sources) {
        if (a.alias == node.name) continue;
        std::string k = name_key(a.alias);
        if (k != key_[v] && usable_alias(family_[v], a.alias, k)) alias_keys_[v].push_back(std::move(k));
      }
    }
    word_begin_[n_] = words_.size();
    head_by_key_.reserve(n_ / 2);
  }

  // Longest names first (a shorter name then meets every longer name it may
  // belong to, and never heads a cluster that two full names would join),
  // then the most mentioned, in the most documents; ties by name and type, so input order does not
  // matter.
  void sort_order() {
    // Sorted as compact records: the comparisons read no node, and most
    // read no name either (its first eight bytes decide).
    struct Rank {
      uint32_t words, mentions, documents, type;
      uint64_t key_prefix;
      std::string_view key;
      NodeHandle v;
    };
    std::vector<Rank> ranks(n_);
    for (NodeHandle v = 0; v < n_; ++v) {
      const NodeProperties& node = graph_[v];
      ranks[v] = {static_cast<uint32_t>(words_of(v).size()),
                  static_cast<uint32_t>(std::max(0, node.mention_count)),
                  static_cast<uint32_t>(node.documents.size()), static_cast<uint32_t>(node.type),
                  sort_prefix(key_[v]), key_[v], v};
    }
    std::sort(ranks.begin(), ranks.end(), [](const Rank& a, const Rank& b) {
      if (a.words != b.words) return a.words > b.words;
      if (a.mentions != b.mentions) return a.mentions > b.mentions;
      if (a.documents != b.documents) return a.documents > b.documents;
      if (a.key_prefix != b.key_prefix) return a.key_prefix < b.key_prefix;
      if (a.key != b.key) return a.key < b.key;
      if (a.type != b.type) return a.type < b.type;
      return a.v < b.v;
    });
    order_.resize(n_);
    for (size_t i = 0; i < n_; ++i) order_[i] = ranks[i].v;
  }

  bool type_fits(const ResolutionRule& rule, NodeHandle v) const {
    return !rule.type || *rule.type == graph_[v].type;
  }

  // Same-as groups become clusters before any automatic decision: the nodes
  // a rule names (by name; by alias when no node has the name), per family.
  void seed_same_as() {
    if (overrides_.same_as.empty()) return;
    std::unordered_set<std::string> wanted;
    for (const ResolutionRule& rule : overrides_.same_as)
      wanted.insert(rule.keys.begin(), rule.keys.end());
    std::unordered_map<std::string, std::vector<NodeHandle>> by_name, by_alias;
    for (NodeHandle v = 0; v < n_; ++v) {
      if (wanted.count(key_[v])) by_name[key_[v]].push_back(v);
      for (const AliasSource& a : graph_[v].alias_sources) {
        std::string k = name_key(a.alias);
        if (!wanted.count(k)) continue;
        auto& list = by_alias[k];
        if (list.empty() || list.back() != v) list.push_back(v);
      }
    }
    std::vector<NodeHandle> parent(n_);
    std::iota(parent.begin(), parent.end(), NodeHandle{0});
    auto find = [&](NodeHandle v) {
      while (parent[v] != v) v = parent[v] = parent[parent[v]];
      return v;
    };
    for (const ResolutionRule& rule : overrides_.same_as) {
      std::array<NodeHandle, 3> first{};
      std::array<bool, 3> seen{};
      for (const std::string& k : rule.keys) {
        std::vector<NodeHandle> nodes;
        for (const auto* index : {&by_name, &by_alias}) {
          if (auto it = index->find(k); it != index->end())
            for (NodeHandle v : it->second)
              if (type_fits(rule, v)) nodes.push_back(v);
          if (!nodes.empty()) break;
        }
        for (NodeHandle v : nodes) {
          int f = family_[v];
          if (!seen[f]) {
            seen[f] = true;
            first[f] = v;
          }
          NodeHandle a = find(v), b = find(first[f]);
          if (a != b) parent[std::max(a, b)] = std::min(a, b);
        }
      }
    }
    // Each group is headed by its member that comes first in the order.
    std::unordered_map<NodeHandle, NodeHandle> group_head;
    for (NodeHandle v : order_) {
      NodeHandle root = find(v);
      auto [it, inserted] = group_head.try_emplace(root, v);
      if (inserted) continue;
      head_[v] = it->second;
      members_[it->second].push_back(v);
    }
  }

  // Each node a not-same-as entry names carries (entry, name index); its
  // cluster carries the union, and two clusters with different names of one
  // entry never join.
  void mark_not_same_as() {
    if (overrides_.not_same_as.empty()) return;
    std::unordered_map<std::string, Sides> by_key;
    for (size_t r = 0; r < overrides_.not_same_as.size(); ++r) {
      const ResolutionRule& rule = overrides_.not_same_as[r];
      for (size_t i = 0; i < rule.keys.size(); ++i)
        by_key[rule.keys[i]].emplace_back(static_cast<int>(r), static_cast<int>(i));
    }
    for (NodeHandle v = 0; v < n_; ++v) {
      auto it = by_key.find(key_[v]);
      if (it == by_key.end()) continue;
      for (const auto& side : it->second)
        if (type_fits(overrides_.not_same_as[side.first], v)) sides_[head_[v]].push_back(side);
    }
  }

  bool forbidden(NodeHandle v, NodeHandle h) const {
    // A country and a town, province or river are different places even when
    // one names the other ("Vienna said" is Austria; "in Vienna" the city).
    const PlaceScale a_scale = place_scale_[v], b_scale = place_scale_[h];
    if (a_scale != PlaceScale::Unknown && b_scale != PlaceScale::Unknown && a_scale != b_scale) return true;
    // Governments named by their countries ("Chinese government", "Israeli
    // government") are different, whatever aliases the documents gave them.
    if (key_[v] != key_[h] && names_government(key_[v]) && names_government(key_[h])) return true;
    if (sides_.empty()) return false;
    auto a = sides_.find(v), b = sides_.find(h);
    if (a == sides_.end() || b == sides_.end()) return false;
    for (const auto& x : a->second)
      for (const auto& y : b->second)
        if (x.first == y.first && x.second != y.second) return true;
    return false;
  }

  static bool names_government(std::string_view key) {
    constexpr std::string_view suffix = " government";
    return key.size() > suffix.size() && key.substr(key.size() - suffix.size()) == suffix;
  }

  void join(NodeHandle v, NodeHandle h) {
    head_[v] = h;
    if (auto it = sides_.find(v); it != sides_.end()) {
      Sides moved = std::move(it->second);
      sides_.erase(it);
      Sides& into = sides_[h];
      into.insert(into.end(), moved.begin(), moved.end());
    }
  }

  // Aliases that are proper names ("High Negotiations Committee"), not
  // common nouns many entities share ("rebels", "the government"); for a
  // person, only full names: a surname alone may be anyone's.
  bool usable_alias(int family, const std::string& alias, const std::string& key) const {
    if (alias.empty() || !(alias[0] >= 'A' && alias[0] <= 'Z')) return false;
    return family != kPersonFamily || key.find(' ') != std::string::npos;
  }

  // The node itself, then the other members of its same-as group.
  template <typename F>
  void for_each_member(NodeHandle v, F&& f) const {
    f(v);
    if (auto it = members_.find(v); it != members_.end())
      for (NodeHandle m : it->second) f(m);
  }

  NodeHandle match(NodeHandle v) {
    if (NodeHandle h = match_exact(v); h != v) return h;
    if (family_[v] == kActorFamily) return match_acronym(v);
    return match_fuzzy(v);
  }

  // The same name, or a name a head lists as an alias.
  NodeHandle match_exact(NodeHandle v) const {
    NodeHandle found = v;
    const int family = family_[v];
    auto try_key = [&](const std::string& key) {
      if (found != v) return;
      std::optional<NodeHandle> h = head_by_key_.find(family, key);
      if (h && !forbidden(v, *h)) found = *h;
    };
    for_each_member(v, [&](NodeHandle m) { try_key(key_[m]); });
    for_each_member(v, [&](NodeHandle m) {
      for (const std::string& k : alias_keys_[m]) try_key(k);
    });
    return found;
  }

  // An acronym joins the one head whose initials it spells.
  NodeHandle match_acronym(NodeHandle v) const {
    const std::string& name = graph_[v].name;
    if (!is_acronym(name)) return v;
    std::string letters;
    for (char c : name)
      if (c >= 'A' && c <= 'Z') letters += static_cast<char>(c - 'A' + 'a');
    auto it = head_by_initials_.find(scoped(kActorFamily, letters));
    if (it == head_by_initials_.end() || it->second.second != 1) return v;
    return forbidden(v, it->second.first) ? v : it->second.first;
  }

  static bool fuzzy_place(Words words) {
    return words.size() == 1 && words[0].size() >= 5;
  }

  // The block signatures a name is looked up or filed under: 0 (any first
  // name) for a single word, the first name's signatures for longer names.
  std::vector<char> signatures(Words words) const {
    if (words.size() < 2) return {0};
    return given_signatures(words.front());
  }

  // The keys under which a person head is filed for exact lookups: its
  // last word; for longer names also first + last word, and initial + last.
  static std::vector<std::string> exact_keys(Words words) {
    std::vector<std::string> keys = {exact_key(words.back())};
    if (words.size() >= 2) {
      keys.push_back(exact_key(words.back(), words.front()));
      if (words.front().size() > 1)
        keys.push_back(exact_key(words.back(), words.front().substr(0, 1)));
    }
    return keys;
  }
  // The key a person name looks up: its last word alone, or first + last.
  static std::string exact_query(Words words) {
    return words.size() == 1 ? exact_key(words.back()) : exact_key(words.back(), words.front());
  }
  static std::string exact_key(std::string_view last, std::string_view first = {}) {
    std::string key(1, first.empty() ? '1' : '2');
    key.append(first);
    key += ' ';
    key.append(last);
    return key;
  }

  // Person and place variants. A person name first meets the heads that
  // spell its last word (and first word) as it does: it joins the one that
  // fits, or none when several fit. Otherwise — a typo, a transliteration —
  // it is compared with the heads of its blocks and joins the one that fits.
  NodeHandle match_fuzzy(NodeHandle v) const {
    const int family = family_[v];
    const Words words = words_of(v);
    if (words.empty() || (family == kPlaceFamily && !fuzzy_place(words))) return v;
    if (family == kPersonFamily) {
      if (std::optional<size_t> i = exact_index_.find(0, exact_query(words))) {
        const ExactHeads& exact = exact_heads_[*i];
        if (exact.count > exact.kept) return v;  // too many to tell
        NodeHandle match = v;
        int matches = 0;
        for (size_t j = 0; j < exact.kept; ++j) {
          const NodeHandle h = exact.heads[j];
          if (same_person(words, words_of(h)) && !forbidden(v, h)) {
            ++matches;
            match = h;
          }
        }
        if (matches == 1) return match;
        if (matches > 1) return v;
      }
    }
    const std::string_view last = words.back();
    std::vector<NodeHandle>& candidates = candidates_;
    candidates.clear();
    std::vector<uint64_t>& query = query_keys_;
    query.clear();
    for (char given : signatures(words)) {
      for (size_t length = last.size() - 1; length <= last.size() + 1; ++length) {
        block_keys(family, last, length, given, keys_);
        query.insert(query.end(), keys_.begin(), keys_.end());
      }
    }
    for (uint64_t k : query) blocks_.prefetch(k);
    for (uint64_t k : query) blocks_.for_each(k, [&](NodeHandle h) { candidates.push_back(h); });
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    stats_.block_queries += 1;
    stats_.block_candidates += candidates.size();
    NodeHandle match = v;
    int matches = 0;
    for (NodeHandle h : candidates) {
      const Words hw = words_of(h);
      bool same = family == kPersonFamily
                      ? same_person(words, hw)
                      : fuzzy_place(hw) && jaro_winkler(last, hw[0]) >= 0.95;
      if (same && !forbidden(v, h)) {
        ++matches;
        match = h;
      }
    }
    return matches == 1 ? match : v;
  }

  void add_head(NodeHandle v) {
    const int family = family_[v];
    for_each_member(v, [&](NodeHandle m) {
      head_by_key_.find_or_add(family, key_[m], v);
      for (const std::string& k : alias_keys_[m]) head_by_key_.find_or_add(family, k, v);
    });
    const Words words = words_of(v);
    if (family == kActorFamily && !is_acronym(graph_[v].name) && words.size() >= 2) {
      auto [it, inserted] = head_by_initials_.try_emplace(scoped(family, key_initials(key_[v])), v, 0);
      it->second.second += 1;
    }
    if (words.empty() || (family == kPlaceFamily && !fuzzy_place(words))) return;
    if (family == kActorFamily) return;
    // Filed for single-word names (any first name) and, when it has a first
    // name, for longer names with that first name.
    const std::string_view last = words.back();
    std::vector<char> given = signatures(words);
    if (given[0] != 0) given.push_back(0);
    for (char g : given) {
      block_keys(family, last, last.size(), g, keys_);
      for (uint64_t k : keys_) blocks_.prefetch(k);
      for (uint64_t k : keys_)
        if (blocks_.count(k) < kMaxBlockHeads) blocks_.insert(k, v);
    }
    if (family != kPersonFamily) return;
    for (const std::string& k : exact_keys(words)) {
      auto [i, added] = exact_index_.find_or_add(0, k, exact_heads_.size());
      if (added) exact_heads_.emplace_back();
      ExactHeads& exact = exact_heads_[i];
      exact.count += 1;
      if (exact.kept < kMaxExactHeads) exact.heads[exact.kept++] = v;
    }
  }

  const Graph& graph_;
  const ResolutionOverrides& overrides_;
  const size_t n_;
  std::vector<int> family_;
  // For the country/town guardrail: a place of kind "country", a place of
  // another kind, or neither (not a place, or a place of no known kind).
  enum class PlaceScale : uint8_t { Unknown, Country, Local };
  std::vector<PlaceScale> place_scale_;
  std::vector<std::string> key_;                 // name_key of the name
  Words words_of(NodeHandle v) const {
    return Words(words_).subspan(word_begin_[v], word_begin_[v + 1] - word_begin_[v]);
  }

  // The words of each key (persons: without particles), back to back: the
  // words of v are words_[word_begin_[v]] .. words_[word_begin_[v + 1] - 1].
  std::vector<std::string_view> words_;
  std::vector<size_t> word_begin_;
  // name_key of the aliases other than the name that usable_alias() accepts
  std::vector<std::vector<std::string>> alias_keys_;
  std::vector<NodeHandle> order_;
  std::vector<NodeHandle> head_;
  std::unordered_map<NodeHandle, std::vector<NodeHandle>> members_;  // same-as groups
  std::unordered_map<NodeHandle, Sides> sides_;                      // not-same-as, by head
  NameIndex head_by_key_;  // (family, name or alias key) → head
  std::unordered_map<std::string, std::pair<NodeHandle, int>> head_by_initials_;  // first, count
  BlockTable blocks_;
  mutable ClusterStats stats_;
  mutable std::vector<NodeHandle> candidates_;  // buffers reused across nodes
  mutable std::vector<uint64_t> keys_;
  mutable std::vector<uint64_t> query_keys_;
  // Person heads by exact_keys(): how many, and the first kMaxExactHeads.
  static constexpr size_t kMaxExactHeads = 8;
  struct ExactHeads {
    size_t count = 0;
    size_t kept = 0;
    std::array<NodeHandle, kMaxExactHeads> heads{};
  };
  NameIndex exact_index_;  // exact key → index into exact_heads_
  std::vector<ExactHeads> exact_heads_;
};

}  // namespace

double jaro_winkler(std::string_view a, std::string_view b) {
  if (a == b) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  const int window = std::max(0, std::max(la, lb) / 2 - 1);
  // Names are short: flags on the stack, the heap only for long strings.
  std::vector<char> ma, mb;
  char* fa;
  char* fb;
  std::array<char, 64> sa{}, sb{};
  if (la <= 64 && lb <= 64) {
    fa = sa.data();
    fb = sb.data();
  } else {
    ma.assign(la, 0);
    mb.assign(lb, 0);
    fa = ma.data();
    fb = mb.data();
  }
  int matches = 0;
  for (int i = 0; i < la; ++i) {
    for (int j = std::max(0, i - window); j < std::min(lb, i + window + 1); ++j) {
      if (fb[j] || a[i] != b[j]) continue;
      fa[i] = fb[j] = 1;
      ++matches;
      break;
    }
  }
  if (matches == 0) return 0.0;
  int transpositions = 0;
  for (int i = 0, j = 0; i < la; ++i) {
    if (!fa[i]) continue;
    while (!fb[j]) ++j;
    if (a[i] != b[j]) ++transpositions;
    ++j;
  }
  double m = matches;
  double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
  int prefix = 0;
  while (prefix < std::min({4, la, lb}) && a[prefix] == b[prefix]) ++prefix;
  return jaro + prefix * 0.1 * (1.0 - jaro);
}

std::vector<NodeHandle> cluster_nodes(const Graph& graph) {
  return cluster_nodes(graph, ResolutionOverrides{});
}

std::vector<NodeHandle> cluster_nodes(const Graph& graph, const ResolutionOverrides& overrides,
                                      ClusterStats* stats) {
  Clusterer clusterer(graph, overrides);
  std::vector<NodeHandle> head = clusterer.run();
  if (stats) *stats = clusterer.stats();
  return head;
}

}  // namespace newsgraph
