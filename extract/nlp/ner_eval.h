// Span-level scoring of named-entity tagging: a predicted name counts only
// when its words and its type both equal a gold name's (exact match).
#pragma once

#include <string>
#include <vector>

#include "extract/nlp/gum_entities.h"

namespace newsgraph::nlp {

class NamedEntityTagger;
class Tagger;

struct SpanCounts {
  size_t true_positives = 0, false_positives = 0, false_negatives = 0;
  double precision() const;
  double recall() const;
  double f1() const;
  size_t gold() const { return true_positives + false_negatives; }
};

// Counts per type (person, place, organization) and over all three.
struct NerScores {
  SpanCounts person, place, organization, overall;
  SpanCounts& of(NodeType type);
  const SpanCounts& of(NodeType type) const;
};

// Adds one sentence's comparison to `scores`.
void count_spans(const std::vector<NamedSpan>& gold, const std::vector<NamedSpan>& predicted, NerScores& scores);

// Tags the documents (one at a time, reading their UPOS columns as they are) and scores them against their
// names. With `genre`, only documents of that genre count.
NerScores evaluate_ner(const NamedEntityTagger& tagger, const std::vector<NerDocument>& docs,
                       const std::string& genre = "");

// The GUM documents of a CoNLL-U file with their gold names; with a tagger,
// the UPOS columns are then replaced by its tags (as at run time).
std::vector<NerDocument> read_gum_documents(const std::string& path, const Tagger* tagger);

// "person  P 0.912  R 0.881  F1 0.896  (gold 236)" lines, one per type and
// "overall"; each line starts with `indent`.
std::string format_scores(const NerScores& scores, const std::string& indent = "  ");

}  // namespace newsgraph::nlp
