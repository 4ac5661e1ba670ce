// Past participles that modify the next noun inside a prepositional phrase:
// "the siege of two government controlled towns", "fighting in rebel held
// areas". Written with a hyphen ("government-controlled"), the phrase is
// tagged and parsed right; without it, the tagger reads "government
// controlled towns" as subject, verb and object, and the parser hangs the
// siege's object on the wrong word. The object of a preposition cannot
// begin a clause, so the context settles it: the tagger retags the past form
// as VBN, and the parser hangs it on the noun after it (amod) and the noun
// before it on the participle (compound), as in the hyphenated phrase.
#pragma once

#include <string_view>
#include <vector>

namespace newsgraph::nlp {

// Whether the word at i (whatever its tag) modifies the next word: a noun
// (NN/NNS, not a time word) follows it; the one noun of a prepositional
// phrase precedes it, with only an article, possessive, number or adjectives
// before that noun; and a verb of the same clause comes before the
// preposition. In UD English EWT and GUM (gold tags) such a past form is a
// participle modifier 10 times of 11 ("a state sponsored lab", "products
// called X").
bool modifies_next_noun(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& xpos,
                        size_t i);

// Whether the word at i is one of the -ing words that news English uses as
// adjectives ("neighbouring", "warring", "advancing", "existing"), right
// after a verb and before a noun: "accused neighbouring Turkey of arming the
// rebels", "attacked retreating troops". After a verb the parser otherwise
// reads it as the verb's complement, which it is after a verb that takes an
// -ing clause ("began occupying land", "stopped developing weapons"; those
// verbs are left out). In UD English EWT and GUM (gold) these words in this
// place are modifiers 7 times of 7.
bool is_adjectival_participle(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& xpos,
                              const std::vector<std::string_view>& upos, size_t i);

// Whether a Penn Treebank tag is a noun's: NN, NNS, NNP or NNPS.
bool is_noun_xpos(std::string_view xpos);

// Days, months and other words of time ("today", "last"), lower case: a
// participle before one is a time modifier's verb ("issued Monday").
bool is_time_word(std::string_view lower);

}  // namespace newsgraph::nlp
