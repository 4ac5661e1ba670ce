// Relations read off the dependency parse with the rules of a PatternSet.
//
// For every word that triggers a rule, each of the rule's frames follows its
// paths from the trigger to the source and the target words; each word is
// mapped to the entity mention at it or just below it ("the town of X" → X;
// "which" in a relative clause → the noun it modifies), and coordinated
// mentions give one relation each ("X and Y besieged Z" → two). Negation
// ("did not", "never") and modality or conditions ("may", "if") are marked.
// Needs tokens with heads and relations, and resolved mentions.
#pragma once

#include <map>
#include <string>

#include "extract/document.h"
#include "extract/relations/relation_patterns.h"

namespace newsgraph {

class Lexicon;

// Appends to doc.relations. If `fired` is given, counts relations per rule
// name. `lexicon` says which place kinds are wider than a town.
void extract_dependency_relations(const PatternSet& patterns, const Lexicon& lexicon, Document& doc,
                                  std::map<std::string, int>* fired = nullptr);

// True when the document carries a dependency parse.
bool has_parse(const Document& doc);

// An organization, a group or a country: an entity that acts, and that
// "its" / "their" and the nearest-actor step may stand for.
bool is_acting_party(const DocEntity& e);

// "the Sentinel Brigade militia", "the Levant Front rebel group": a collective
// actor word in the singular right after a named group describes that group,
// so the named group is the one that acts (the word still makes the group a
// member of the collective actor it names).
bool describes_named_group(const Document& doc, const Mention& name, const Mention& descriptor);

// The entity types an edge type accepts at each end (GUIDELINES.md).
bool relation_types_fit(EdgeType type, const DocEntity& source, const DocEntity& target);

}  // namespace newsgraph
