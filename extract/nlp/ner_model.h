// Statistical named-entity tagger: person, place and organization names,
// trained by us on GUM (extract/nlp/gum_entities.h says what a name is there).
//
// Each word gets a BILOU label (O, or B/I/L/U of one of the three types, or
// of "other name"). A sentence's labels are the best valid label sequence
// (Viterbi over first-order BILOU transitions, hard constraints) under an
// averaged structured perceptron (perceptron.h; Collins 2002), trained with
// the same decoder. Features: the word, its lower case, shape, prefixes and
// suffixes; the tagger's UPOS; the words, shapes and tags two either side;
// the previous label; sentence-initial position; the capitalised run the
// word is in (its first and last words, length, position, and the two words
// before and after it: "the village of X Y", "X Y language"); word statistics
// from background text stored in the model (how often the word is
// capitalised mid-sentence, how often it is PROPN, how frequent it is);
// name lists stored in the model (given names and surnames from WordNet and
// Faker, WordNet places and organizations: schemas/gazetteers/*.txt); word
// clusters stored in the model (k-means classes of GloVe vectors at three
// granularities, models/word_clusters.tsv: the word's, its neighbours');
// optionally (models trained with word vectors; not the committed one), the
// guesses of a window network over GloVe word vectors stored in the model
// (window_network.h; its class and confidence for the word, its
// neighbours' classes, each name type's probability; on the training data
// the guesses come from networks that did not see the document);
// gazetteer membership through Lexicon (the longest listed name over the
// word, its type and position; honorifics, titles and roles before it; head
// words such as "Committee" after it; place prepositions before it); and the
// document memory: the type a capitalised word form was given earlier in the
// same document ("a name typed once keeps its type") and the contexts the form
// has anywhere in the document ("in X", "Mr. X", "X said", "X language",
// "the village of X", ...).
//
// The first pass may be an ensemble: models trained on different document
// orders, averaged into one model at the end of training (an average of
// linear models is one linear model, so it costs what one member costs at
// run time; the committed model averages three). An optional
// second pass has, besides all the features above, the first pass's label
// of the word and the first pass's votes for the same word form over the
// whole document (its majority type, whether it was always the same, how
// often); it is trained on jackknifed first-pass output. The model file also
// holds the word statistics and name lists, so load() needs nothing else
// (but the Lexicon).
//
// `group` is never produced here: GUM has no such type; the rule-based
// recognizer (entity_recognizer.h) supplies it.
//
// Thread safety: a loaded tagger is read-only; tag() may be called from many
// threads at once (each call keeps its own document state).
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/document.h"
#include "extract/nlp/gum_entities.h"
#include "extract/nlp/perceptron.h"
#include "extract/nlp/window_network.h"
#include "extract/nlp/word_clusters.h"
#include "extract/nlp/word_vectors.h"

namespace newsgraph {
class Lexicon;
}

namespace newsgraph::nlp {

// What the tagger knows about the document it is tagging.
struct NerMemory {
  // Capitalised word form → 1 + type index when it was inside a name earlier
  // in the document, or "seen plain" when it was capitalised outside any
  // name, not sentence-initially. Filled as sentences are tagged.
  std::unordered_map<std::string, uint8_t> named;
  // Capitalised word form → bit set of the contexts it has anywhere in the
  // document ("in X", "Mr. X", "X said", "the X", "X's", lower-case use...).
  // Filled by NamedEntityTagger::observe() before tagging.
  std::unordered_map<std::string, uint32_t> contexts;
};

class NamedEntityTagger {
 public:
  NamedEntityTagger() = default;

  // Loads a model written by save(). `lexicon` supplies the gazetteer
  // features; it must outlive the tagger and should be the schemas/ the model
  // was trained with (without it those features are simply absent). Throws
  // ModelError naming the file when it is missing or corrupt.
  static NamedEntityTagger load(const std::filesystem::path& path, const Lexicon* lexicon);
  void save(const std::filesystem::path& path) const;

  // Tags every sentence of doc (tokens with Token::upos filled by the POS
  // tagger), in order, and appends one Mention per name to `out`: tokens,
  // bytes, type, sentence, text; name = text; kind = "".
  void tag(const Document& doc, std::vector<Mention>& out) const;

  // Words-level API: the names of each sentence of one document, given its
  // sentences' word forms and UPOS tags (upos[s] may be shorter than
  // forms[s], even empty: the missing tags count as unknown).
  std::vector<std::vector<NamedSpan>> tag_document(const std::vector<std::vector<std::string_view>>& forms,
                                                   const std::vector<std::vector<std::string_view>>& upos) const;
  // Same for CoNLL-U sentences, reading their FORM and UPOS columns.
  std::vector<std::vector<NamedSpan>> tag_sentences(const std::vector<conllu::Sentence>& sentences) const;

  size_t num_weights() const;
  const Lexicon* lexicon() const { return lexicon_; }

 private:
  friend class NerTrainer;
  PerceptronModel model_;   // first pass
  PerceptronModel second_;  // second pass; empty = one pass only
  const Lexicon* lexicon_ = nullptr;
  // Lower-cased word (digits as 0) hash → word statistics code.
  std::unordered_map<uint64_t, uint8_t> word_stats_;
  // Listed name (words joined by spaces) hash → NameList bits.
  std::unordered_map<uint64_t, uint8_t> name_lists_;
  uint8_t longest_listed_ = 0;  // words
  WordClusters word_clusters_;
  // Word vectors and the window network whose guesses are features; empty
  // when trained without vectors.
  WordVectors vectors_;
  WindowNetwork network_;
};

struct NerTrainOptions {
  // Background text for the word statistics (CoNLL-U sentences with gold
  // UPOS, e.g. UD English EWT; not the data being scored).
  std::vector<conllu::Sentence> background;
  // Directory of the name lists (wordnet_given_names.txt, wordnet_surnames.txt,
  // wordnet_places.txt, wordnet_organizations.txt, faker_given_names.txt,
  // faker_surnames.txt; missing files are skipped).
  std::filesystem::path name_lists;
  // Word clusters (build/cluster_words' TSV: a word and three cluster
  // numbers, coarsest first, each under 65535; models/word_clusters.md);
  // empty = none.
  std::filesystem::path word_clusters;
  // Word vectors (GloVe text format, models/word_vectors.md) for the window
  // network; empty = no network. The first vector_words are stored.
  std::filesystem::path word_vectors;
  size_t vector_words = 100000;
  WindowTrainOptions network;
  int network_folds = 4;  // jackknife folds of the network's guesses on the training data
  int iterations = 12;
  // Second pass: first-pass models trained on all folds but one tag the
  // remaining fold (below 2 = one pass only: in cross-validation on GUM
  // train the second pass did not help, and it costs a model evaluation).
  int folds = 1;
  int fold_iterations = 8;
  int second_iterations = 8;  // of the second pass (iterations: the first)
  uint64_t seed = 1;        // document order shuffling
  // First-pass models trained with seeds seed, seed + 1, ..., averaged
  // into one (PerceptronModel::average).
  int ensemble = 1;
  int min_weight = 1;       // quantisation steps; smaller weights dropped
  std::ostream* log = nullptr;
};

// Trains on `train` (UPOS columns as they will be at run time, i.e. from the
// POS tagger; names from NerDocument::names). With dev, reports dev F1 after
// every iteration and keeps the best iteration. Deterministic.
NamedEntityTagger train_ner(const std::vector<NerDocument>& train, const std::vector<NerDocument>* dev,
                            const Lexicon* lexicon, const NerTrainOptions& options);

}  // namespace newsgraph::nlp
