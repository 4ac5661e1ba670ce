#include "extract/text/name_key.h"

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

}  // namespace newsgraph
