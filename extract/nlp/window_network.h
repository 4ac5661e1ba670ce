// A small feed-forward network that classifies each word of a sentence from
// a window of words around it (Collobert et al. 2011, "the window
// approach"): the dense vectors of the words two either side and of the
// word itself, concatenated, plus a few sparse ids per position (shape
// flags, UPOS), into one hidden layer of rectified units and a softmax over
// the classes. Training (Adagrad on the cross-entropy) and inference are
// side by side here, as in fastText.
//
// A named-entity tagger trained with word vectors uses it as a source of
// features (ner_model.h; the committed model is not: models/ner.md): the
// vectors let it see that an unseen word is used like names it was trained
// on, in contexts like theirs, which its sparse features cannot.
//
// Thread safety: a trained network is read-only; predict() may run on many
// threads at once.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/nlp/model_io.h"

namespace newsgraph::nlp {

// One sentence as the network reads it.
struct WindowSentence {
  size_t size() const { return sparse.size(); }
  // dim floats per word, word after word (zeros for a word without a vector).
  std::vector<float> vectors;
  // Sparse ids of each word, each below WindowNetwork::kSparseIds.
  std::vector<std::vector<uint16_t>> sparse;
  // Training only: the class of each word.
  std::vector<uint8_t> gold;
};

struct WindowTrainOptions {
  size_t hidden = 64;
  int epochs = 6;
  float learning_rate = 0.05f;
  uint64_t seed = 1;
};

class WindowNetwork {
 public:
  static constexpr size_t kWindow = 2;         // words either side
  static constexpr size_t kPositions = 2 * kWindow + 1;
  static constexpr uint16_t kSparseIds = 64;  // per position; id kSparseIds - 1 marks padding

  bool empty() const { return classes_ == 0; }
  size_t classes() const { return classes_; }

  // Class probabilities of every word: classes() floats per word.
  std::vector<float> predict(const WindowSentence& s) const;

  void save(Writer& w) const;
  static WindowNetwork load(Reader& r);

  // Trains on `data` (sentences with gold classes below `classes`; vectors of
  // `dim` floats per word). Deterministic for a seed.
  static WindowNetwork train(const std::vector<const WindowSentence*>& data, size_t dim, size_t classes,
                             const WindowTrainOptions& options);

 private:
  friend class WindowTrainer;
  // Hidden pre-activations of word i: bias + dense window + sparse rows.
  void hidden_input(const WindowSentence& s, size_t i, float* h) const;
  // Class probabilities from the rectified hidden units h.
  void classify(const float* h, float* probs) const;

  uint32_t dim_ = 0, hidden_ = 0, classes_ = 0;
  std::vector<float> dense_;   // (position * dim_ + k) rows of hidden_: input k of a position into each unit
  std::vector<float> sparse_;  // (position * kSparseIds + id) rows of hidden_
  std::vector<float> bias_;    // hidden_
  std::vector<float> out_;     // classes_ rows of hidden_
  std::vector<float> out_bias_;
};

}  // namespace newsgraph::nlp
