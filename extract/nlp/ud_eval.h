// Scoring predicted CoNLL-U against gold, by the UD shared-task conventions
// for gold tokenization: every syntactic word counts, punctuation included;
// LAS needs the full relation, subtype included (nsubj:pass ≠ nsubj).
#pragma once

#include <cstddef>
#include <vector>

#include "extract/nlp/conllu.h"

namespace newsgraph::nlp {

struct UdScores {
  size_t words = 0;
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;  // correct counts
  static double percent(size_t correct, size_t total) { return total ? 100.0 * correct / total : 0.0; }
  double upos_pct() const { return percent(upos, words); }
  double xpos_pct() const { return percent(xpos, words); }
  double lemma_pct() const { return percent(lemma, words); }
  double uas_pct() const { return percent(uas, words); }
  double las_pct() const { return percent(las, words); }
  void add(const UdScores& o);
};

// Throws std::runtime_error when the sentences or words do not line up.
UdScores score(const std::vector<conllu::Sentence>& gold, const std::vector<conllu::Sentence>& predicted);

}  // namespace newsgraph::nlp
