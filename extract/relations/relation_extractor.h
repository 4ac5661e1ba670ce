// RelationExtractor: typed edges between a document's entities, each with
// the sentence, trigger and argument offsets that state it.
//
// With a dependency parse, the rules of schemas/patterns/ (relation_patterns.h,
// dependency_relations.h) give the verb and noun relations; without one, the
// same rules' trigger words are read in surface order:
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
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/document.h"
#include "extract/nlp/lexicon.h"
#include "extract/relations/relation_patterns.h"

namespace newsgraph {

struct TriggerSet {
  EdgeType type = EdgeType::Backs;
  double confidence = 0.5;
  std::vector<std::string> verbs, nouns, modifiers;
};

class RelationExtractor {
 public:
  // Loads and validates the pattern files of patterns_dir against
  // schema_path; throws naming the file and rule on error.
  RelationExtractor(const std::filesystem::path& patterns_dir,
                    const std::filesystem::path& schema_path, const Lexicon& lexicon);

  // Fills doc.relations. If `fired` is given, counts relations per rule.
  void extract(Document& doc, std::map<std::string, int>* fired = nullptr) const;

  const PatternSet& patterns() const { return patterns_; }

 private:
  struct Trigger {
    EdgeType type;
    double confidence;
    enum Kind { Verb, Noun } kind;
  };
  PatternSet patterns_;
  std::vector<TriggerSet> sets_;  // the rules' trigger words, for text without a parse
  std::unordered_map<std::string, std::vector<Trigger>> by_first_word_;
  std::vector<std::pair<std::string, TriggerSet*>> modifiers_;
  const Lexicon& lexicon_;
  friend class SentenceRelations;
};

}  // namespace newsgraph
