// Scoring predicted CoNLL-U against gold, by the UD shared-task conventions
// for gold tokenization: every syntactic word counts, punctuation included.
// Two LAS figures: the CoNLL 2018 shared task's (conll18_ud_eval.py), which
// compares the universal relation only (nsubj:pass = nsubj), as published
// results do; and a strict one that needs the subtype too.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/nlp/conllu.h"

namespace newsgraph::nlp {

struct UdScores {
  size_t words = 0;
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0;  // correct counts
  size_t las = 0;         // head and universal relation (CoNLL 2018)
  size_t strict_las = 0;  // head and full relation, subtype included
  static double percent(size_t correct, size_t total) { return total ? 100.0 * correct / total : 0.0; }
  double upos_pct() const { return percent(upos, words); }
  double xpos_pct() const { return percent(xpos, words); }
  double lemma_pct() const { return percent(lemma, words); }
  double uas_pct() const { return percent(uas, words); }
  double las_pct() const { return percent(las, words); }
  double strict_las_pct() const { return percent(strict_las, words); }
  void add(const UdScores& o);
};

// Throws std::runtime_error when the sentences or words do not line up.
UdScores score(const std::vector<conllu::Sentence>& gold, const std::vector<conllu::Sentence>& predicted);

}  // namespace newsgraph::nlp
