#include "graph/node_clustering.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "extract/text/name_key.h"

namespace newsgraph {
namespace {

std::vector<std::string> words_of(const std::string& key) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    if (end > start) out.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool is_particle(const std::string& w) {
  return w == "de" || w == "di" || w == "da" || w == "al" || w == "el" || w == "van" ||
         w == "von" || w == "bin" || w == "ibn" || w == "mr" || w == "mrs" || w == "ms" ||
         w == "dr";
}

// Words of a person's name without particles and honorifics.
std::vector<std::string> person_words(const std::string& name) {
  std::vector<std::string> out;
  for (const std::string& w : words_of(name_key(name)))
    if (!is_particle(w)) out.push_back(w);
  return out;
}

bool similar_word(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() < 4 || b.size() < 4) return false;
  return jaro_winkler(a, b) >= 0.88;
}

// "Sergei Lavrov" ~ "Sergey Lavrov"; "Mistura" ~ "Staffan de Mistura".
bool same_person(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
  if (shorter.empty() || shorter.size() > longer.size()) return false;
  // Aligned from the end: the surname must match, and every given word.
  for (size_t i = 0; i < shorter.size(); ++i)
    if (!similar_word(shorter[shorter.size() - 1 - i], longer[longer.size() - 1 - i])) return false;
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

std::string initials(const std::string& name) {
  static const std::set<std::string> kSkip = {"of", "for", "the", "and", "al", "de", "on", "in", "a", "an"};
  std::string out;
  for (const std::string& w : words_of(name_key(name)))
    if (!kSkip.count(w)) out += static_cast<char>(w[0] - 'a' + 'A');
  return out;
}

// Types that may hold the same entity: group and organization overlap
// (an opposition committee, an army); person and place stand alone.
int type_family(NodeType t) {
  return t == NodeType::Group || t == NodeType::Organization ? 1 : t == NodeType::Person ? 0 : 2;
}

}  // namespace

double jaro_winkler(std::string_view a, std::string_view b) {
  if (a == b) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  const int window = std::max(0, std::max(la, lb) / 2 - 1);
  std::vector<bool> ma(la, false), mb(lb, false);
  int matches = 0;
  for (int i = 0; i < la; ++i) {
    for (int j = std::max(0, i - window); j < std::min(lb, i + window + 1); ++j) {
      if (mb[j] || a[i] != b[j]) continue;
      ma[i] = mb[j] = true;
      ++matches;
      break;
    }
  }
  if (matches == 0) return 0.0;
  int transpositions = 0;
  for (int i = 0, j = 0; i < la; ++i) {
    if (!ma[i]) continue;
    while (!mb[j]) ++j;
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
  const size_t n = boost::num_vertices(graph);
  std::vector<NodeHandle> head(n);
  std::iota(head.begin(), head.end(), NodeHandle{0});

  // Most mentioned first: they become heads; the others join a head.
  std::vector<NodeHandle> order(n);
  std::iota(order.begin(), order.end(), NodeHandle{0});
  std::stable_sort(order.begin(), order.end(), [&](NodeHandle a, NodeHandle b) {
    const auto &x = graph[a], &y = graph[b];
    if (x.mention_count != y.mention_count) return x.mention_count > y.mention_count;
    return words_of(name_key(x.name)).size() > words_of(name_key(y.name)).size();
  });

  // Heads indexed by (type family, key) and by (family, first letter of last word).
  std::map<std::pair<int, std::string>, NodeHandle> head_by_key;
  std::map<std::pair<int, std::string>, NodeHandle> head_by_initials;
  std::map<std::pair<int, char>, std::vector<NodeHandle>> heads_by_block;

  for (NodeHandle v : order) {
    const NodeProperties& node = graph[v];
    const int family = type_family(node.type);
    const std::string key = name_key(node.name);
    NodeHandle found = v;
    auto join = [&](NodeHandle h) { found = h; };

    // Same name or a listed alias of a head.
    if (auto it = head_by_key.find({family, key}); it != head_by_key.end()) join(it->second);
    if (found == v) {
      for (const AliasSource& a : node.alias_sources) {
        auto it = head_by_key.find({family, name_key(a.alias)});
        if (it != head_by_key.end()) {
          join(it->second);
          break;
        }
      }
    }
    // Acronym ↔ initials.
    if (found == v && family == 1) {
      std::string letters;
      if (is_acronym(node.name)) {
        for (char c : node.name)
          if (c >= 'A' && c <= 'Z') letters += c;
        if (auto it = head_by_initials.find({family, letters}); it != head_by_initials.end())
          join(it->second);
      } else if (auto it = head_by_key.find({family, name_key(initials(node.name))});
                 it != head_by_key.end() && is_acronym(graph[it->second].name)) {
        join(it->second);
      }
    }
    // Person and place variants, compared with the heads of the same block.
    if (found == v && (family == 0 || family == 2)) {
      std::vector<std::string> words = family == 0 ? person_words(node.name) : words_of(key);
      if (!words.empty()) {
        auto& block = heads_by_block[{family, words.back()[0]}];
        NodeHandle match = v;
        int candidates = 0;
        for (NodeHandle h : block) {
          std::vector<std::string> hw = family == 0 ? person_words(graph[h].name)
                                                    : words_of(name_key(graph[h].name));
          bool same = false;
          if (family == 0) {
            same = words.size() <= hw.size() ? same_person(words, hw) : same_person(hw, words);
          } else if (words.size() == 1 && hw.size() == 1 && words[0].size() >= 5 &&
                     hw[0].size() >= 5) {
            same = jaro_winkler(words[0], hw[0]) >= 0.95;
          }
          if (same) {
            ++candidates;
            match = h;
          }
        }
        // A surname that fits two different heads stays apart.
        if (candidates == 1) join(match);
      }
    }

    head[v] = found;
    if (found == v) {
      head_by_key.emplace(std::make_pair(family, key), v);
      // Aliases that are proper names ("High Negotiations Committee"), not
      // common nouns many entities share ("rebels", "the government").
      for (const AliasSource& a : node.alias_sources)
        if (!a.alias.empty() && a.alias[0] >= 'A' && a.alias[0] <= 'Z')
          head_by_key.emplace(std::make_pair(family, name_key(a.alias)), v);
      if (family == 1 && !is_acronym(node.name) && words_of(key).size() >= 2)
        head_by_initials.emplace(std::make_pair(family, initials(node.name)), v);
      std::vector<std::string> words = family == 0 ? person_words(node.name) : words_of(key);
      if (!words.empty()) heads_by_block[{family, words.back()[0]}].push_back(v);
    }
  }
  return head;
}

}  // namespace newsgraph
