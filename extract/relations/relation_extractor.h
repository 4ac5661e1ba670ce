// RelationExtractor: typed edges between a document's entities, each with
// the sentence, trigger and argument offsets that state it.
//
// First pass over surface order, with trigger words from
// schemas/patterns/triggers.json:
//   active      "X besieged Y"              X → Y
//   passive     "Y was besieged by X",
//               "Y, backed by X"            X → Y
//   nominal     "the siege of Y by X", "X's siege of Y", "talks between X and Y"
//   modifier    "X-backed Y", "X-based Y"   X → Y
//   apposition  "UN envoy Jane Roe", "Jane Roe, a spokeswoman for X" (member-of)
//   location    "X in Y province", "X, Y"   (located-in)
// Negation ("did not", "will not") and modality/conditionals ("may",
// "unless") are marked on the relation. Needs resolved mentions.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/document.h"
#include "extract/nlp/lexicon.h"

namespace newsgraph {

struct TriggerSet {
  EdgeType type = EdgeType::Backs;
  double confidence = 0.5;
  std::vector<std::string> verbs, nouns, modifiers, phrases;
};

class RelationExtractor {
 public:
  // Loads schemas/patterns/triggers.json; throws naming the file on error.
  RelationExtractor(const std::filesystem::path& patterns_dir, const Lexicon& lexicon);

  void extract(Document& doc) const;

 private:
  struct Trigger {
    EdgeType type;
    double confidence;
    enum Kind { Verb, Noun, Phrase } kind;
    int words;  // phrase length in tokens
  };
  std::vector<TriggerSet> sets_;
  std::unordered_map<std::string, std::vector<Trigger>> by_first_word_;
  std::vector<std::pair<std::string, TriggerSet*>> modifiers_;
  const Lexicon& lexicon_;
  friend class SentenceRelations;
};

}  // namespace newsgraph
