// Accuracy of the committed models on UD English EWT test with gold
// tokenization, through `newsgraph parse --conllu-in` as a user would run
// it. UD conventions: every word counts, punctuation included. LAS is the
// CoNLL 2018 shared task's (universal relation, as published results count
// it); the strict LAS, which needs the subtype (nsubj:pass, obl:agent,
// acl:relcl, ...), is reported and guarded as well.
//
// The floors are UPOS ≥ 95.0, UAS ≥ 86, LAS ≥ 83; the second test
// fails on any regression below what the committed models reach. GUM test
// (all kept genres, and news) is scored and guarded the same way. Every
// case skips cleanly when ../shared/data is absent.
#include <catch2/catch.hpp>

#include <cstdio>
#include <optional>

#include "extract/nlp/conllu.h"
#include "extract/nlp/ud_eval.h"
#include "tests/test_support.h"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// Parses a gold CoNLL-U file with the committed models, as a user would.
std::vector<conllu::Sentence> parse_gold_file(const std::filesystem::path& gold_path) {
  TempDir tmp;
  auto predicted_path = tmp / "predicted.conllu";
  CommandResult r = run_command(shell_quote(binary().string()) + " parse --models " +
                                shell_quote((source_dir() / "models").string()) + " --conllu-in " +
                                shell_quote(gold_path.string()) + " -o " + shell_quote(predicted_path.string()));
  if (r.exit_code != 0) throw std::runtime_error("newsgraph parse failed: " + r.out);
  return conllu::read_file(predicted_path.string());
}

void print_scores(const char* name, const nlp::UdScores& s) {
  std::printf("%s (gold tokenization, %zu words): UPOS %.2f XPOS %.2f Lemma %.2f UAS %.2f LAS %.2f "
              "(with subtypes %.2f)\n",
              name, s.words, s.upos_pct(), s.xpos_pct(), s.lemma_pct(), s.uas_pct(), s.las_pct(),
              s.strict_las_pct());
}

// Runs the evaluation once per test binary; nullopt when the data is absent.
const std::optional<nlp::UdScores>& ewt_test_scores() {
  static const std::optional<nlp::UdScores> scores = []() -> std::optional<nlp::UdScores> {
    auto gold_path = shared_dir() / "data" / "ud-ewt" / "test.conllu";
    if (!have_shared() || !std::filesystem::exists(gold_path)) return std::nullopt;
    nlp::UdScores s = nlp::score(conllu::read_file(gold_path.string()), parse_gold_file(gold_path));
    print_scores("EWT test", s);
    return s;
  }();
  return scores;
}

}  // namespace

TEST_CASE("nlp: UD English EWT test reaches the issue's floors", "[nlp][ud]") {
  const auto& s = ewt_test_scores();
  if (!s) {
    WARN("../shared/data/ud-ewt absent; skipped");
    return;
  }
  CHECK(s->upos_pct() >= 95.0);
  CHECK(s->uas_pct() >= 86.0);
  CHECK(s->las_pct() >= 83.0);
}

TEST_CASE("nlp: UD English EWT test accuracy does not regress", "[nlp][ud]") {
  const auto& s = ewt_test_scores();
  if (!s) {
    WARN("../shared/data/ud-ewt absent; skipped");
    return;
  }
  CHECK(s->words == 25094);
  CHECK(s->upos_pct() >= 95.8);
  CHECK(s->xpos_pct() >= 95.1);
  CHECK(s->lemma_pct() >= 96.3);
  CHECK(s->strict_las_pct() >= 82.85);
}

TEST_CASE("nlp: GUM test, all kept genres and news, does not regress", "[nlp][ud]") {
  auto gold_path = shared_dir() / "data" / "gum" / "test.conllu";
  if (!have_shared() || !std::filesystem::exists(gold_path)) {
    WARN("../shared/data/gum absent; skipped");
    return;
  }
  std::vector<conllu::Sentence> gold = conllu::read_file(gold_path.string());
  std::vector<conllu::Sentence> predicted = parse_gold_file(gold_path);
  REQUIRE(predicted.size() == gold.size());
  // The news documents: a "# meta::genre = news" comment opens each document.
  std::vector<conllu::Sentence> news_gold, news_predicted;
  std::string genre;
  for (size_t i = 0; i < gold.size(); ++i) {
    for (const std::string& c : gold[i].comments)
      if (c.rfind("# meta::genre = ", 0) == 0) genre = c.substr(16);
    if (genre == "news") {
      news_gold.push_back(gold[i]);
      news_predicted.push_back(predicted[i]);
    }
  }
  nlp::UdScores all = nlp::score(gold, predicted);
  nlp::UdScores news = nlp::score(news_gold, news_predicted);
  print_scores("GUM test, all kept genres", all);
  print_scores("GUM test, news", news);
  CHECK(news.words > 1000);
  CHECK(all.upos_pct() >= 96.5);
  CHECK(all.uas_pct() >= 85.0);
  CHECK(all.las_pct() >= 82.0);
  CHECK(news.upos_pct() >= 96.0);
  CHECK(news.uas_pct() >= 83.0);
  CHECK(news.las_pct() >= 79.7);
}
