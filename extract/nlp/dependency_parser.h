// Dependency parser: greedy arc-hybrid transitions (Kuhlmann et al. 2011)
// with UD relations.
//
// Two averaged perceptrons over hashed features: one picks the transition
// (SHIFT, LEFT, RIGHT) from Zhang & Nivre (2011)-style features of the
// stack, the buffer and the partial tree (words, tags and, when the model
// has them, the words' distributional clusters); when the transition makes an arc, a
// second one picks its label from features of the head and the dependent.
// Splitting the choice keeps each step to 3 scores plus ~50 on arcs, which
// is what makes the parser fast. The root sits at the end of the buffer
// (Ballesteros & Nivre 2013), so the tree has exactly one root word.
//
// Training uses the dynamic oracle of Goldberg & Nivre (2013) with
// exploration; non-projective gold trees are first made projective by
// lifting arcs to the grandparent (labels kept).
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/nlp/conllu.h"
#include "extract/nlp/perceptron.h"
#include "extract/nlp/word_clusters.h"

namespace newsgraph::nlp {

class DependencyParser {
 public:
  // Throws ModelError naming the file when it is missing or corrupt.
  static DependencyParser load(const std::filesystem::path& path);
  void save(const std::filesystem::path& path) const;

  // One sentence: forms and tags in; heads[i] = index of the head word in the
  // sentence (-1 = root) and labels[i] = relation id out. A participle that
  // modifies the next noun in a prepositional phrase is parsed as if
  // hyphenated ("government controlled towns"; participle_modifier.h), a
  // name that begins with a lower-case particle ("de Mistura") as if without
  // it, the particle then heading the name, and an -ing word news uses as an
  // adjective ("accused neighbouring Turkey") as an adjective.
  void parse_words(const std::vector<std::string_view>& forms,
                   const std::vector<std::string_view>& xpos,
                   const std::vector<std::string_view>& upos, std::vector<int>& heads,
                   std::vector<int>& labels) const;
  const std::string& label(int id) const { return labels_[id]; }
  int num_labels() const { return static_cast<int>(labels_.size()); }

  // Fills Token::head (document token index, -1 = root) and Token::deprel
  // for every sentence; needs Token::upos/xpos.
  void parse(Document& doc) const;
  // Fills HEAD and DEPREL from FORM, UPOS and XPOS.
  void parse(conllu::Sentence& sentence) const;

  size_t num_weights() const { return actions_.num_weights() + labeler_.num_weights(); }
  size_t num_features() const { return actions_.num_features() + labeler_.num_features(); }
  void prune(int min_weight) {
    actions_.prune(min_weight);
    labeler_.prune(min_weight);
  }

 private:
  friend class ParserTrainer;
  // The id of a relation label; -1 when the model has none.
  int label_id(std::string_view name) const;
  // parse_words without its repairs: the transitions alone.
  void parse_tree(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& xpos,
                  const std::vector<std::string_view>& upos, std::vector<int>& heads, std::vector<int>& labels) const;
  // The tree repairs of tree_repairs.h, on label ids.
  void repair(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& xpos,
              const std::vector<std::string_view>& upos, std::vector<int>& heads, std::vector<int>& labels) const;
  std::vector<std::string> labels_;
  PerceptronModel actions_;
  PerceptronModel labeler_;
  // Word clusters whose classes are features (Koo et al. 2008); empty for a
  // model trained without them, which then parses without those features.
  WordClusters clusters_;
};

struct ParserTrainOptions {
  int iterations = 15;
  uint64_t seed = 1;
  int explore_from = 2;              // first iteration that follows the model's own errors
  double explore_probability = 0.9;  // chance of following a wrong prediction
  int min_weight = 1;                // quantisation steps; smaller weights dropped
  // Word clusters (build/cluster_words' TSV, models/word_clusters.tsv),
  // stored in the model; empty = no cluster features.
  std::filesystem::path word_clusters;
  std::ostream* log = nullptr;
};

// Trains on `train` (tags as they will be at test time, i.e. predicted; gold
// heads and relations). When dev is given (predicted tags), reports its UAS
// and LAS per iteration and keeps the best iteration by LAS.
DependencyParser train_parser(const std::vector<conllu::Sentence>& train,
                              const std::vector<conllu::Sentence>* dev,
                              const ParserTrainOptions& options);

// Makes a tree projective by lifting non-projective arcs to the head's head
// until none is left. heads are 1-based with 0 = root (CoNLL-U).
void projectivize(std::vector<int>& heads);

}  // namespace newsgraph::nlp
