// The matching key of a name, shared by the lexicon, the resolvers and the
// graph: lower case, no diacritics or punctuation (hyphens and dashes become
// spaces), single spaces, no leading "the ". "The U.N." → "un",
// "al-Ja’afari" → "al jaafari", "Erdoğan" → "erdogan".
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

std::string name_key(std::string_view name);

}  // namespace newsgraph
