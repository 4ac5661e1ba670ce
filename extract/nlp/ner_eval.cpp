#include "extract/nlp/ner_eval.h"

#include <cstdio>

#include "extract/nlp/ner_model.h"
#include "extract/nlp/tagger.h"

namespace newsgraph::nlp {

double SpanCounts::precision() const {
  size_t predicted = true_positives + false_positives;
  return predicted == 0 ? 0.0 : static_cast<double>(true_positives) / predicted;
}

double SpanCounts::recall() const {
  return gold() == 0 ? 0.0 : static_cast<double>(true_positives) / gold();
}

double SpanCounts::f1() const {
  double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

SpanCounts& NerScores::of(NodeType type) {
  switch (type) {
    case NodeType::Person: return person;
    case NodeType::Place: return place;
    default: return organization;
  }
}

const SpanCounts& NerScores::of(NodeType type) const { return const_cast<NerScores*>(this)->of(type); }

void count_spans(const std::vector<NamedSpan>& gold, const std::vector<NamedSpan>& predicted, NerScores& scores) {
  std::vector<bool> matched(gold.size(), false);
  for (const NamedSpan& p : predicted) {
    bool hit = false;
    for (size_t g = 0; g < gold.size(); ++g)
      if (!matched[g] && gold[g] == p) {
        matched[g] = hit = true;
        break;
      }
    SpanCounts& c = scores.of(p.type);
    if (hit) {
      ++c.true_positives;
      ++scores.overall.true_positives;
    } else {
      ++c.false_positives;
      ++scores.overall.false_positives;
    }
  }
  for (size_t g = 0; g < gold.size(); ++g)
    if (!matched[g]) {
      ++scores.of(gold[g].type).false_negatives;
      ++scores.overall.false_negatives;
    }
}

NerScores evaluate_ner(const NamedEntityTagger& tagger, const std::vector<NerDocument>& docs,
                       const std::string& genre) {
  NerScores scores;
  for (const NerDocument& doc : docs) {
    if (!genre.empty() && doc.genre != genre) continue;
    std::vector<std::vector<NamedSpan>> predicted = tagger.tag_sentences(doc.sentences);
    for (size_t s = 0; s < doc.sentences.size(); ++s) count_spans(doc.names[s], predicted[s], scores);
  }
  return scores;
}

std::vector<NerDocument> read_gum_documents(const std::string& path, const Tagger* tagger) {
  std::vector<NerDocument> docs = gum_documents(conllu::read_file(path));
  if (tagger)
    for (NerDocument& d : docs)
      for (conllu::Sentence& s : d.sentences) tagger->tag(s);
  return docs;
}

std::string format_scores(const NerScores& scores, const std::string& indent) {
  std::string out;
  auto line = [&](const char* name, const SpanCounts& c) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%s%-13s P %.3f  R %.3f  F1 %.3f  (gold %zu, predicted %zu)\n", indent.c_str(),
                  name, c.precision(), c.recall(), c.f1(), c.gold(), c.true_positives + c.false_positives);
    out += buf;
  };
  line("person", scores.person);
  line("place", scores.place);
  line("organization", scores.organization);
  line("overall", scores.overall);
  return out;
}

}  // namespace newsgraph::nlp
