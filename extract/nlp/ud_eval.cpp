#include "extract/nlp/ud_eval.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace newsgraph::nlp {

namespace {

// "nsubj:pass" → "nsubj"
std::string_view universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

}  // namespace

void UdScores::add(const UdScores& o) {
  words += o.words;
  upos += o.upos;
  xpos += o.xpos;
  lemma += o.lemma;
  uas += o.uas;
  las += o.las;
  strict_las += o.strict_las;
}

UdScores score(const std::vector<conllu::Sentence>& gold, const std::vector<conllu::Sentence>& predicted) {
  if (gold.size() != predicted.size())
    throw std::runtime_error("gold has " + std::to_string(gold.size()) + " sentences, prediction " +
                             std::to_string(predicted.size()));
  UdScores s;
  for (size_t i = 0; i < gold.size(); ++i) {
    const auto& g = gold[i].words;
    const auto& p = predicted[i].words;
    if (g.size() != p.size())
      throw std::runtime_error("sentence " + std::to_string(i + 1) + ": word counts differ");
    for (size_t k = 0; k < g.size(); ++k) {
      if (g[k].form != p[k].form)
        throw std::runtime_error("sentence " + std::to_string(i + 1) + ": forms differ");
      ++s.words;
      s.upos += g[k].upos == p[k].upos;
      s.xpos += g[k].xpos == p[k].xpos;
      s.lemma += g[k].lemma == p[k].lemma;
      bool head = g[k].head == p[k].head;
      s.uas += head;
      s.las += head && universal(g[k].deprel) == universal(p[k].deprel);
      s.strict_las += head && g[k].deprel == p[k].deprel;
    }
  }
  return s;
}

}  // namespace newsgraph::nlp
