// The named-entity tagger on GUM test (../shared/data/gum): span-level F1 of
// person / place / organization names, exact words and type, UPOS from the
// committed POS tagger. The target is overall F1 >= 0.80; the
// committed model does not reach it yet (see models/ner.md), so the test
// guards the measured level against regressions and warns about the target.
#include <catch2/catch.hpp>

#include "extract/nlp/lexicon.h"
#include "extract/nlp/ner_eval.h"
#include "extract/nlp/ner_model.h"
#include "extract/nlp/tagger.h"
#include "tests/test_support.h"

using namespace newsgraph;

TEST_CASE("ner: GUM test span F1 per type", "[ner][gum]") {
  if (!testing::have_shared()) {
    WARN("../shared absent; skipped");
    return;
  }
  Lexicon lexicon = Lexicon::load(testing::source_dir() / "schemas");
  nlp::Tagger tagger = nlp::Tagger::load(testing::source_dir() / "models/tagger.bin");
  nlp::NamedEntityTagger ner = nlp::NamedEntityTagger::load(testing::source_dir() / "models/ner.bin", &lexicon);
  auto docs = nlp::read_gum_documents((testing::shared_dir() / "data/gum/test.conllu").string(), &tagger);
  nlp::NerScores scores = nlp::evaluate_ner(ner, docs);
  WARN("GUM test, named spans:\n" << nlp::format_scores(scores));
  CHECK(scores.overall.gold() > 600);
  // Floors a little under the committed model's figures (models/ner.md).
  CHECK(scores.overall.f1() >= 0.73);
  CHECK(scores.person.f1() >= 0.75);
  CHECK(scores.place.f1() >= 0.79);
  CHECK(scores.organization.f1() >= 0.53);
  if (scores.overall.f1() < 0.80) WARN("below the issue's target of overall F1 0.80");
}
