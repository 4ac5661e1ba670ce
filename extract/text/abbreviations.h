// Abbreviations that keep their final period as part of the token ("Mr.",
// "Feb.", "Inc.") and how likely each is to end a sentence.
//
// The tokenizer asks abbreviation_kind() for a word followed by '.', and the
// sentence splitter asks again to decide whether that period ends a
// sentence. Look-ups are case-sensitive: "Gen." is a title, "gen." is not.
#pragma once

#include <string_view>

namespace newsgraph {

enum class AbbreviationKind {
  kNone,       // not an abbreviation: the period is its own token
  kTitle,      // rarely ends a sentence: Mr. Dr. Gen. Sen. St. Feb. vs. e.g.
  kNumbered,   // an abbreviation only before a number: No. 5, Nos. 3
  kSentenceEnd // often ends a sentence: Inc. Ltd. etc. Jr. a.m. U.S.
};

// word is the text before the period, without it: "Mr", "U.S", "e.g".
// Covers the fixed list, single capital initials ("J") and dotted
// acronyms of short letter groups ("U.S", "a.m", "Ph.D").
AbbreviationKind abbreviation_kind(std::string_view word);

// True for dotted acronyms such as "U.S" or "a.m" (letters with internal
// periods, each group at most three letters).
bool is_dotted_acronym(std::string_view word);

}  // namespace newsgraph
