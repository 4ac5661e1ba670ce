#include "extract/text/name_key.h"

#include <string>
#include <unordered_set>

#include "extract/text/unicode.h"

namespace newsgraph {

std::string name_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  size_t i = 0;
  bool pending_space = false;
  while (i < name.size()) {
    char32_t cp = unicode::next_code_point(name, i);
    if (unicode::is_letter(cp) || unicode::is_digit(cp)) {
      if (pending_space && !key.empty()) key += ' ';
      pending_space = false;
      key += unicode::fold_code_point(cp);
    } else if (unicode::is_space(cp) || unicode::is_dash(cp) || cp == '_') {
      pending_space = true;
    }
    // Other punctuation (periods, apostrophes, quotes) vanishes: "U.N." → "un".
  }
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  return key;
}

std::vector<std::string> key_words(std::string_view key) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) out.emplace_back(key.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string key_initials(std::string_view key) {
  static const std::unordered_set<std::string> kSkip = {"of", "for", "the", "and", "al", "de",
                                                        "on", "in",  "a",   "an"};
  std::string out;
  for (const std::string& w : key_words(key))
    if (!kSkip.count(w)) out += w[0];
  return out;
}

bool is_name_particle(std::string_view word) {
  static const std::unordered_set<std::string_view> kParticles = {
      "de",  "di",  "da", "du", "del", "della", "van", "von", "der",
      "den", "bin", "ibn", "ben", "al", "el", "dos", "das"};
  return kParticles.count(word) > 0;
}

}  // namespace newsgraph
