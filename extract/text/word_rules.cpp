#include "extract/text/word_rules.h"

#include <algorithm>
#include <array>

namespace newsgraph {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Prefixes that do not stand alone as words; sorted, lower case.
constexpr std::array<std::string_view, 40> kBoundPrefixes = {
    "anti",  "arch",  "bi",    "co",    "counter", "cross", "de",    "e",     "ex",   "extra",
    "hyper", "inter", "intra", "macro", "meta",    "micro", "mid",   "mini",  "multi", "neo",
    "non",   "over",  "pan",   "para",  "post",    "pre",   "pro",   "proto", "pseudo", "psycho",
    "quasi", "re",    "semi",  "socio", "sub",     "super", "trans", "tri",   "ultra", "un",
};

// Fused words and the length of their first part (EWT: "can not", "gon na").
struct Fused {
  std::string_view word;
  size_t first;
};
constexpr std::array<Fused, 18> kFused = {{
    {"arent", 3},  {"cannot", 3},  {"couldnt", 5}, {"didnt", 3}, {"doesnt", 4},
    {"dont", 2},   {"gimme", 3},   {"gonna", 3},   {"gotta", 3}, {"hasnt", 3},
    {"havent", 4}, {"isnt", 2},    {"lemme", 3},   {"shouldnt", 6}, {"wanna", 3},
    {"wasnt", 3},  {"werent", 4},  {"wouldnt", 5},
}};

}  // namespace

bool is_bound_hyphen_prefix(std::string_view prefix) {
  if (prefix.empty() || prefix.size() > 7) return false;
  // An acronym is a word of its own: "UN-brokered" is UN + brokered, as
  // "US-led" is; "Un-" and "un-" are the prefix.
  if (prefix.size() >= 2 &&
      std::all_of(prefix.begin(), prefix.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  char buf[8];
  for (size_t k = 0; k < prefix.size(); ++k) buf[k] = lower(prefix[k]);
  return std::binary_search(kBoundPrefixes.begin(), kBoundPrefixes.end(),
                            std::string_view(buf, prefix.size()));
}

size_t clitic_length(std::string_view text, size_t i) {
  size_t apostrophe = 0;
  if (i < text.size() && text[i] == '\'') {
    apostrophe = 1;
  } else if (text.substr(i, 3) == "\xE2\x80\x99") {  // ’
    apostrophe = 3;
  } else {
    return 0;
  }
  size_t j = i + apostrophe;
  size_t letters = 0;
  while (j + letters < text.size() && letters < 3 &&
         is_ascii_letter(static_cast<unsigned char>(text[j + letters]))) {
    ++letters;
  }
  // The clitic must end the word: no further letter (or non-ASCII letter).
  size_t end = j + letters;
  if (end < text.size()) {
    unsigned char next = static_cast<unsigned char>(text[end]);
    if (is_ascii_letter(next) || (next >= '0' && next <= '9') || next >= 0xC0) return 0;
  }
  char a = letters >= 1 ? lower(text[j]) : 0;
  char b = letters >= 2 ? lower(text[j + 1]) : 0;
  bool ok = (letters == 1 && (a == 's' || a == 'm' || a == 'd')) ||
            (letters == 2 && ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') ||
                              (a == 'l' && b == 'l')));
  return ok ? apostrophe + letters : 0;
}

size_t fused_word_split(std::string_view word) {
  if (word.size() < 4 || word.size() > 8) return 0;
  char buf[8];
  for (size_t k = 0; k < word.size(); ++k) buf[k] = lower(word[k]);
  std::string_view key(buf, word.size());
  auto it = std::lower_bound(kFused.begin(), kFused.end(), key,
                             [](const Fused& f, std::string_view w) { return f.word < w; });
  if (it != kFused.end() && it->word == key) return it->first;
  return 0;
}

}  // namespace newsgraph
