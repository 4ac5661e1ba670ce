// Tokenizer and sentence splitter against UD English EWT test, from raw
// text (protocol in bench/tokenizer_eval.h). Needs ../shared; skipped without.
#include <catch2/catch.hpp>

#include "bench/tokenizer_eval.h"
#include "tests/test_support.h"

using newsgraph::testing::have_shared;
using newsgraph::testing::shared_dir;

TEST_CASE("tokenizer: UD English EWT test from raw text", "[tokenizer][ud]") {
  if (!have_shared()) {
    WARN("../shared absent; skipped");
    return;
  }
  auto path = shared_dir() / "data" / "ud-ewt" / "test.conllu";
  if (!std::filesystem::exists(path)) {
    WARN(path.string() << " absent; skipped");
    return;
  }
  auto docs = newsgraph::eval::read_conllu(path.string());
  REQUIRE(docs.size() == 316);
  auto score = newsgraph::eval::score_documents(docs, "");
  INFO("token F1 " << score.tokens.f1() << ", sentence F1 " << score.sentences.f1());
  CHECK(score.tokens.gold == 25091);
  // Measured: token F1 0.991, sentence F1 0.851 (bench/README.md).
  CHECK(score.tokens.f1() >= 0.985);
  CHECK(score.sentences.f1() >= 0.83);
}

TEST_CASE("tokenizer: GUM news documents from raw text", "[tokenizer][ud]") {
  if (!have_shared()) {
    WARN("../shared absent; skipped");
    return;
  }
  auto path = shared_dir() / "data" / "gum" / "test.conllu";
  if (!std::filesystem::exists(path)) {
    WARN(path.string() << " absent; skipped");
    return;
  }
  auto docs = newsgraph::eval::read_conllu(path.string());
  auto score = newsgraph::eval::score_documents(docs, "news");
  INFO("token F1 " << score.tokens.f1() << ", sentence F1 " << score.sentences.f1());
  REQUIRE(score.documents == 2);
  // Measured: token F1 0.996, sentence F1 0.920.
  CHECK(score.tokens.f1() >= 0.99);
  CHECK(score.sentences.f1() >= 0.88);
}
