#include "extract/resolve/entity_resolver.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <set>

#include "extract/nlp/lexicon.h"
#include "extract/text/name_key.h"
#include "extract/text/unicode.h"

namespace newsgraph {
namespace {



std::string acronym_letters(std::string_view form) {
  std::string out;
  for (char c : form)
    if (c >= 'A' && c <= 'Z') out += c;
  return out;
}

bool is_acronym_form(std::string_view form) {
  std::string letters = acronym_letters(form);
  if (letters.size() < 2) return false;
  for (char c : form)
    if (!(c >= 'A' && c <= 'Z') && c != '.') return false;
  return true;
}

// A word of `name` begins with the first of `letters` (any case).
bool has_word_starting(const std::string& name, const std::string& letters) {
  if (letters.empty()) return false;
  const char first = static_cast<char>(std::tolower(static_cast<unsigned char>(letters[0])));
  for (const std::string& w : key_words(name_key(name)))
    if (!w.empty() && w[0] == first) return true;
  return false;
}

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); }
  void join(int a, int b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// Written in lower case: a description rather than a name ("pro-government
// militia", "opposition").
bool starts_lower(std::string_view text) { return !text.empty() && text[0] >= 'a' && text[0] <= 'z'; }

bool is_description(const Mention& m) { return starts_lower(m.text); }

}  // namespace

void resolve_entities(Document& doc) {
  doc.entities.clear();
  const size_t n = doc.mentions.size();
  if (n == 0) return;
  UnionFind groups(n);

  // 1. Equal names of one type.
  std::map<std::pair<NodeType, std::string>, int> by_key;
  for (size_t i = 0; i < n; ++i) {
    auto [it, fresh] = by_key.try_emplace({doc.mentions[i].type, name_key(doc.mentions[i].name)},
                                          static_cast<int>(i));
    if (!fresh) groups.join(it->second, static_cast<int>(i));
  }

  // 2. Shorter person names to the one longer name that ends with them.
  std::vector<std::pair<std::vector<std::string>, int>> full_names;
  for (const auto& [key, i] : by_key)
    if (key.first == NodeType::Person) full_names.emplace_back(key_words(key.second), i);
  for (const auto& [short_words, i] : full_names) {
    int match = -1, candidates = 0;
    for (const auto& [long_words, j] : full_names) {
      if (long_words.size() <= short_words.size()) continue;
      if (!std::equal(short_words.rbegin(), short_words.rend(), long_words.rbegin())) continue;
      if (match < 0 || groups.find(j) != groups.find(match)) ++candidates;
      match = j;
    }
    if (candidates == 1) groups.join(i, match);
  }

  // 3. Acronyms: "(HNC)" right after a name, or the initials of a name.
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = doc.mentions[i];
    if (!is_acronym_form(m.text)) continue;
    bool joined = false;
    // Not after a name in capitals, nor after one none of whose words begins
    // with the acronym's letter: "SAN FRANCISCO (AP)", "Detroit, Mich. (AP)"
    // are datelines and their news agency.
    if (i > 0 && m.first_token >= 1 && doc.mentions[i - 1].end_token + 1 == m.first_token &&
        doc.form(doc.tokens[m.first_token - 1]) == "(" && !in_capitals(doc.mentions[i - 1].text) &&
        has_word_starting(doc.mentions[i - 1].name, acronym_letters(m.text))) {
      groups.join(static_cast<int>(i - 1), static_cast<int>(i));
      doc.mentions[i].type = doc.mentions[i - 1].type;
      joined = true;
    }
    if (joined) continue;
    for (size_t j = 0; j < n; ++j) {
      const Mention& o = doc.mentions[j];
      if (j == i || is_acronym_form(o.text) || key_words(name_key(o.name)).size() < 2) continue;
      if (key_initials(name_key(o.name)) == name_key(m.text)) {
        groups.join(static_cast<int>(j), static_cast<int>(i));
        doc.mentions[i].type = o.type;
        break;
      }
    }
  }

  // 4. "X, known as Y" / "X, also known as Y" / "X (Y)".
  for (size_t i = 0; i + 1 < n; ++i) {
    const Mention& a = doc.mentions[i];
    const Mention& b = doc.mentions[i + 1];
    if (a.sentence != b.sentence || b.first_token < a.end_token) continue;
    std::string between;
    for (uint32_t k = a.end_token; k < b.first_token; ++k)
      between += ascii_lower(doc.form(doc.tokens[k])) + " ";
    if (between.size() > 4 && between.compare(between.size() - 4, 4, "the ") == 0)
      between.erase(between.size() - 4);
    if (between == ", known as " || between == ", also known as " || between == "known as " ||
        between == ", called " || between == ", the " ) {
      if (a.type == b.type || (a.type != NodeType::Person && b.type != NodeType::Person &&
                               a.type != NodeType::Place && b.type != NodeType::Place)) {
        groups.join(static_cast<int>(i), static_cast<int>(i + 1));
      }
    }
    // 5. A named actor and the description that classes it: "the Sentinel
    // Brigade, a pro-government militia"; "the opposition Coalition for a
    // Free Valdoria", "the rebel Northern Liberation Front". The document
    // ties the description to that one name.
    const bool actors = is_collective_actor(a.type) && is_collective_actor(b.type);
    if (actors && (between == ", a " || between == ", an ") && is_description(b) && !is_description(a))
      groups.join(static_cast<int>(i), static_cast<int>(i + 1));
    if (actors && b.first_token == a.end_token && is_description(a) && !is_description(b))
      groups.join(static_cast<int>(i), static_cast<int>(i + 1));
  }

  // Build the entities: one per group, in order of first mention.
  std::map<int, int> entity_of_root;
  for (size_t i = 0; i < n; ++i) {
    int root = groups.find(static_cast<int>(i));
    auto [it, fresh] = entity_of_root.try_emplace(root, static_cast<int>(doc.entities.size()));
    if (fresh) doc.entities.emplace_back();
    doc.mentions[i].entity = it->second;
  }
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    DocEntity& entity = doc.entities[e];
    std::map<std::string, int> name_count, surface;
    std::map<NodeType, int> type_votes;
    std::map<std::string, int> kind_votes;
    for (const Mention& m : doc.mentions) {
      if (m.entity != static_cast<int>(e)) continue;
      ++entity.mention_count;
      ++type_votes[m.type];
      if (!m.kind.empty()) ++kind_votes[m.kind];
      ++name_count[m.name];
      // "the province of Aleppo", "northern Aleppo" named "Aleppo province":
      // the bare town name is the town's alias, not the province's ("the
      // city of Aleppo" is the town itself).
      bool unit_named_by_kind = m.type == NodeType::Place && m.kind != "city" && m.name == m.text + " " + m.kind;
      if (!unit_named_by_kind) ++surface[m.text];
    }
    entity.type = std::max_element(type_votes.begin(), type_votes.end(),
                                   [](auto& a, auto& b) { return a.second < b.second; })->first;
    if (!kind_votes.empty())
      entity.kind = std::max_element(kind_votes.begin(), kind_votes.end(),
                                     [](auto& a, auto& b) { return a.second < b.second; })->first;
    // The most complete name: most words, then most frequent, then not an acronym.
    // A name before a description ("Sentinel Brigade", not "pro-government
    // militia"); the descriptions of the actor lexicon are named with their
    // country ("Syrian rebels") and count as names.
    auto score = [&](const std::string& name) {
      size_t w = key_words(name_key(name)).size();
      bool acronym = is_acronym_form(name);
      bool proper = !starts_lower(name);
      return std::make_tuple(proper, !acronym, entity.type == NodeType::Person ? w : 0,
                             name_count[name], w, name);
    };
    std::string best;
    for (const auto& [name, count] : name_count)
      if (best.empty() || score(name) > score(best)) best = name;
    entity.name = best;
    std::set<std::string> aliases;
    for (const auto& [name, count] : name_count) aliases.insert(name);
    for (const auto& [text, count] : surface) aliases.insert(text);
    aliases.erase(entity.name);
    entity.aliases.assign(aliases.begin(), aliases.end());
  }
}

}  // namespace newsgraph
