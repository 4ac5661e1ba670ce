// Relation patterns: the declarative rules of schemas/patterns/*.json.
//
// A rule names trigger words, the edge type, and the frames it takes; a
// frame names dependency paths from the trigger to the source and the target
// (schemas/patterns.schema.json documents the path language). Every file is
// validated against that schema on load; errors name the file and the rule.
// A user adds a relation or a trigger by editing the files; `--patterns DIR`
// loads another set.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/ontology.h"

namespace newsgraph {

// One step of a path: down to a child by relation (optionally with a case
// marker among `cases`), up from a word attached by relation, or the
// mention containing the trigger itself, or (Before, written '<') the nearest
// mention before the trigger in its clause, or (Actor, '<<') the nearest actor
// named before a noun trigger ("accused X of a bombing campaign on Y"), or
// (After, 'next') the first name after a verb whose parse has no object.
struct PathStep {
  enum Kind { Down, Up, Self, Before, Actor, After } kind = Down;
  std::string relation;            // "nsubj", "obl:agent", ...
  std::vector<std::string> cases;  // "by", "of", ...; empty = any
};
using Path = std::vector<PathStep>;

struct Frame {
  std::string name;
  std::vector<Path> source;  // alternatives, tried in order
  std::vector<Path> target;
  bool symmetric_pairs = false;  // "talks between X and Y": pair every argument
  // The frame does not apply when one of these paths reaches a word from the
  // trigger ("X and Y met", but not "X and Y met with Z").
  std::vector<Path> unless;
  // Nor when the trigger noun names its own agent ("X repelled Iranian
  // attacks on Y": the attacks are Iran's, not X's).
  bool unless_own_agent = false;
  // Targets must be places ("strikes killed civilians in Y": Y, not "its
  // advance" in "strikes supported the army in its advance").
  bool target_places_only = false;
};

struct PatternRule {
  std::string name;
  std::string file;  // where it was defined
  EdgeType type = EdgeType::Backs;
  double confidence = 0.7;
  std::vector<std::string> upos;  // empty = any
  std::vector<const Frame*> frames;
  bool reverse = false;  // swap source and target
  // Lemmas (or lower-case forms) of verbs that undo the event the trigger
  // noun names: the rule does not fire on a trigger that is their object
  // ("the army broke the siege of Y" states no siege by the army), unless
  // the noun names its own agent ("repelled Iranian attacks on Y").
  std::vector<std::string> unless_object_of;
  // Lemmas (or lower-case forms) of the verbs the trigger noun must be the
  // object of; empty = any place in the sentence ("X and Y signed a truce"
  // negotiate; "X and Y demanded a truce" do not).
  std::vector<std::string> object_of;
  // The node types the target may have; empty = any the edge type accepts
  // ("defeated Y" attacks an armed group, not a rival candidate).
  std::vector<NodeType> target_types;
  // Lower-case words that, anywhere in the sentence, give the trigger
  // another sense ("defeated Y in the election"): the rule does not fire.
  std::vector<std::string> unless_words;
};

class PatternSet {
 public:
  // Loads and validates every *.json file in dir (sorted by name); throws
  // std::runtime_error naming the file and the rule on any error.
  static PatternSet load(const std::filesystem::path& dir,
                         const std::filesystem::path& schema_path);

  // The rules triggered by a word (lower-cased form or lemma).
  const std::vector<const PatternRule*>* rules_for(const std::string& word) const;
  const std::vector<PatternRule>& rules() const { return rules_; }
  // A verb whose subject comments on the event a noun below it names
  // ("condemned the siege of Y"): its lower-cased form or its lemma is one
  // of the files' commentary_verbs.
  bool is_commentary_verb(const std::string& lower_form, const std::string& lemma) const {
    return commentary_verbs_.count(lemma) > 0 || commentary_verbs_.count(lower_form) > 0;
  }
  // The trigger words of a rule, for reports.
  const std::vector<std::string>& words_of(const PatternRule& rule) const;

  PatternSet() = default;
  PatternSet(PatternSet&&) = default;
  PatternSet& operator=(PatternSet&&) = default;

 private:
  std::map<std::string, Frame> frames_;
  std::vector<PatternRule> rules_;
  std::vector<std::vector<std::string>> words_;  // per rule
  std::unordered_map<std::string, std::vector<const PatternRule*>> by_word_;
  std::unordered_set<std::string> commentary_verbs_;
};

// Parses one path alternative: "^obj>nsubj", "obl[by|from]", "self".
Path parse_path(const std::string& text);

}  // namespace newsgraph
