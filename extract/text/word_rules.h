// Word-internal decisions of the tokenizer that follow UD English (EWT):
// which hyphens stay inside a word, which apostrophe suffixes are clitics,
// and which fused words split into two syntactic words.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsgraph {

// True when a hyphen after `prefix` stays inside the word: EWT keeps
// "e-mail", "co-workers", "non-violence", "pro-government", "anti-war" whole
// but splits other compounds ("al - Qaeda", "long - term", "U.S. - backed").
bool is_bound_hyphen_prefix(std::string_view prefix);

// Length in bytes of the clitic that starts at text[i] (an apostrophe, straight
// or curly, followed by s, m, d, re, ve or ll and then no letter), or 0.
size_t clitic_length(std::string_view text, size_t i);

// For a fused word written without apostrophe or space ("cannot", "gonna",
// "dont"), the byte length of its first syntactic word; 0 if not fused.
size_t fused_word_split(std::string_view word);

}  // namespace newsgraph
