// eval_nlp: accuracy of the committed tagger, lemmatizer and parser on gold
// tokenization — UD English EWT test, GUM test (all genres kept, and news).
//
//   build/eval_nlp [MODEL_DIR] [SHARED_DATA_DIR]
//
// UD conventions: every word counts (punctuation too). LAS as the CoNLL 2018
// shared task scores it (universal relation; subtypes ignored), and LAS+sub,
// which needs the subtype too (nsubj:pass ≠ nsubj).
//
// The committed tagger and parser are trained on EWT dev as well (their
// cards say how the recipe was chosen on a held-out dev first), so the EWT
// dev row measures fit, not accuracy; the test rows are held out.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/nlp/conllu.h"
#include "extract/nlp/nlp_models.h"
#include "extract/nlp/ud_eval.h"

using namespace newsgraph;

namespace {

void report(const char* name, const nlp::UdScores& s, double seconds) {
  std::printf("%-18s %7zu %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %9.0f\n", name, s.words, s.upos_pct(), s.xpos_pct(),
              s.lemma_pct(), s.uas_pct(), s.las_pct(), s.strict_las_pct(), seconds > 0 ? s.words / seconds : 0.0);
}

// Scores every sentence; `genre_filter` keeps only documents whose
// "# meta::genre" comment has that value ("" = all).
nlp::UdScores evaluate(const nlp::NlpModels& models, const std::vector<conllu::Sentence>& gold,
                       const std::string& genre_filter, double* seconds) {
  std::vector<conllu::Sentence> kept_gold, predicted;
  std::string genre;
  for (const conllu::Sentence& s : gold) {
    for (const std::string& c : s.comments)
      if (c.rfind("# meta::genre = ", 0) == 0) genre = c.substr(16);
    if (!genre_filter.empty() && genre != genre_filter) continue;
    kept_gold.push_back(s);
    conllu::Sentence p = s;
    const std::string unset = "_";
    for (conllu::Word& w : p.words) {
      w.upos = unset;
      w.xpos = unset;
      w.lemma = unset;
      w.deprel = unset;
      w.head = -1;
    }
    predicted.push_back(std::move(p));
  }
  auto start = std::chrono::steady_clock::now();
  for (conllu::Sentence& s : predicted) models.annotate(s);
  *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return nlp::score(kept_gold, predicted);
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path models_dir = argc > 1 ? argv[1] : std::string(NEWSGRAPH_DATA_DIR) + "/models";
  std::filesystem::path data = argc > 2 ? argv[2] : std::string(NEWSGRAPH_DATA_DIR) + "/../shared/data";
  try {
    nlp::NlpModels models = nlp::NlpModels::load(models_dir);
    std::printf("%-18s %7s %7s %7s %7s %7s %7s %7s %9s\n", "data (gold tok.)", "words", "UPOS", "XPOS", "Lemma",
                "UAS", "LAS", "LAS+sub", "words/s");
    struct Set {
      const char* name;
      const char* file;
      const char* genre;
    };
    const Set sets[] = {{"EWT dev (in train)", "ud-ewt/dev.conllu", ""},
                        {"EWT test", "ud-ewt/test.conllu", ""},
                        {"GUM test (all)", "gum/test.conllu", ""},
                        {"GUM test (news)", "gum/test.conllu", "news"}};
    for (const Set& set : sets) {
      std::filesystem::path path = data / set.file;
      if (!std::filesystem::exists(path)) {
        std::printf("%-18s (missing: %s)\n", set.name, path.c_str());
        continue;
      }
      double seconds = 0;
      nlp::UdScores s = evaluate(models, conllu::read_file(path), set.genre, &seconds);
      report(set.name, s, seconds);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "eval_nlp: %s\n", e.what());
    return 1;
  }
  return 0;
}
