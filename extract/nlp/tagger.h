// Part-of-speech tagger: UPOS and Penn XPOS together.
//
// Greedy left-to-right averaged perceptron over the usual lexical and
// context features (word, lowercase, prefixes and suffixes, shape, the two
// previous tags, the words two either side). A class is one (XPOS, UPOS)
// pair seen in training, so the two tag sets stay consistent. Frequent words
// that always had the same class in training skip scoring (tag dictionary).
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/data_dir.h"
#include "extract/document.h"
#include "extract/nlp/conllu.h"
#include "extract/nlp/perceptron.h"
#include "extract/nlp/word_classes.h"

namespace newsgraph::nlp {

// Hash and equality that let a map keyed by std::string be searched with a
// std::string_view, without building a string.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using AmbiguityClasses = std::unordered_map<std::string, uint64_t, StringHash, std::equal_to<>>;

class Tagger {
 public:
  // Throws ModelError naming the file when it is missing or corrupt.
  static Tagger load(const std::filesystem::path& path);
  void save(const std::filesystem::path& path) const;

  // The class of each form of one sentence (with the repairs prefer_finite_past,
  // prefer_participle_modifier and prefer_bare_infinitive applied).
  void tag_forms(const std::vector<std::string_view>& forms, std::vector<int>& classes) const;
  const std::string& upos(int cls) const { return upos_[cls]; }
  const std::string& xpos(int cls) const { return xpos_[cls]; }
  int num_classes() const { return static_cast<int>(upos_.size()); }

  // Fills Token::upos and Token::xpos of every sentence of doc.
  void tag(Document& doc) const;
  // Fills the UPOS and XPOS columns of a sentence from its forms.
  void tag(conllu::Sentence& sentence) const;

  // The dictionary stored in the model (WordNet word classes).
  const WordClasses& dictionary() const { return word_classes_; }

  size_t num_weights() const { return model_.num_weights(); }
  size_t num_features() const { return model_.num_features(); }
  void prune(int min_weight) { model_.prune(min_weight); }

 private:
  friend class TaggerTrainer;
  // Retags as VBD the participles that context shows are finite past verbs,
  // and a sentence's first word taken for a verb before them as a plural
  // noun (see tagger.cpp).
  void prefer_finite_past(const std::vector<std::string_view>& forms, std::vector<int>& classes) const;
  // Retags as VB the bare infinitive after a causative or perception verb's
  // object that the tagger took for a noun ("helped the army break the
  // siege"; see tagger.cpp).
  void prefer_bare_infinitive(const std::vector<std::string_view>& forms, std::vector<int>& classes) const;
  // Retags as VBN a past form that modifies the next noun inside a
  // prepositional phrase ("the siege of two government controlled towns";
  // participle_modifier.h), also where prefer_finite_past made it VBD; runs
  // after it.
  void prefer_participle_modifier(const std::vector<std::string_view>& forms, std::vector<int>& classes) const;
  // The class of an (XPOS, UPOS) pair; -1 when training never saw it.
  int class_of(std::string_view xpos, std::string_view upos) const;
  int finite_past_ = -1;        // class of (VBD, VERB)
  int plural_noun_ = -1;        // class of (NNS, NOUN)
  int base_verb_ = -1;          // class of (VB, VERB)
  int participle_ = -1;         // class of (VBN, VERB)
  std::vector<std::string> upos_, xpos_;
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> tag_dictionary_;  // form → class
  AmbiguityClasses ambiguity_;  // form → hash of the classes it had in training
  WordClasses word_classes_;    // dictionary classes, for words unseen in training
  PerceptronModel model_;
};

struct TaggerTrainOptions {
  int iterations = 12;
  uint64_t seed = 1;
  int min_weight = 1;        // quantisation steps; smaller weights dropped
  // Directory of the WordNet-derived lists (WordClasses::from_lists); empty =
  // tag without a dictionary.
  std::filesystem::path word_classes_dir = default_data_dir() / "schemas" / "gazetteers";
  std::ostream* log = nullptr;
};

// Trains on `train`; when dev is given, reports dev accuracy per iteration and
// keeps the iteration that scored best there.
Tagger train_tagger(const std::vector<conllu::Sentence>& train,
                    const std::vector<conllu::Sentence>* dev, const TaggerTrainOptions& options);

}  // namespace newsgraph::nlp
