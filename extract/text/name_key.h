// The matching key of a name, shared by the lexicon, the resolvers and the
// graph: lower case, no diacritics or punctuation (hyphens and dashes become
// spaces), single spaces, no leading "the ". "The U.N." → "un",
// "al-Ja’afari" → "al jaafari", "Erdoğan" → "erdogan".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

std::string name_key(std::string_view name);

// The words of a key: "staffan de mistura" → {"staffan", "de", "mistura"}.
std::vector<std::string> key_words(std::string_view key);

// The initials of a key, connectors skipped: "high negotiations committee"
// → "hnc", "coalition for a free valdoria" → "cfv". Compared with an
// acronym's own key ("H.N.C." → "hnc").
std::string key_initials(std::string_view key);

// A lower-case particle inside a personal name: "de" (Staffan de Mistura),
// "al" (Bashar al-Assad), "bin", "ben", "van", "von", "dos", ...
bool is_name_particle(std::string_view word);

}  // namespace newsgraph
