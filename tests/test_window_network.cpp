// Word vectors stored in a model (extract/nlp/word_vectors.h) and the window
// network (extract/nlp/window_network.h), on small inputs written here.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <string>
#include <vector>

#include "extract/nlp/window_network.h"
#include "extract/nlp/word_vectors.h"
#include "tests/test_support.h"

using namespace newsgraph;
using namespace newsgraph::nlp;

namespace {

// `thing` saved to a model file and loaded back.
template <typename T>
T round_trip(const T& thing) {
  testing::TempDir dir;
  Writer w;
  thing.save(w);
  w.save(dir.path() / "model.bin", "test-model\n");
  Reader r(dir.path() / "model.bin", "test-model\n");
  T loaded = T::load(r);
  r.expect_end();
  return loaded;
}

}  // namespace

TEST_CASE("word vectors: read, quantised, saved and loaded", "[nlp]") {
  testing::TempDir dir;
  {
    std::ofstream out(dir.path() / "vectors.txt");
    out << "the 0.5 -0.25 1.0\nriver 2.0 0.0 -3.0\nfarm 0.1 0.2 0.3\n";
  }
  WordVectors v = WordVectors::read_text(dir.path() / "vectors.txt", 2);  // "farm" is past the limit
  REQUIRE(v.dim() == 3);
  CHECK(v.size() == 2);
  float x[3];
  REQUIRE(v.lookup("river", x));
  // One byte per value, scaled to the word's largest value: within half a step.
  CHECK(std::fabs(x[0] - 2.0f) <= 3.0f / 254);
  CHECK(std::fabs(x[2] + 3.0f) <= 3.0f / 254);
  CHECK_FALSE(v.lookup("farm", x));
  CHECK(x[0] == 0.0f);
  CHECK(x[1] == 0.0f);

  WordVectors loaded = round_trip(v);
  float y[3];
  REQUIRE(loaded.lookup("the", y));
  REQUIRE(v.lookup("the", x));
  CHECK(std::vector<float>(x, x + 3) == std::vector<float>(y, y + 3));
}

TEST_CASE("robustness: a malformed word-vector file is refused with its name and line", "[nlp]") {
  testing::TempDir dir;
  {
    std::ofstream out(dir.path() / "vectors.txt");
    out << "alpha 0.1 0.2 0.3\nbeta 0.1 0.2\n";
  }
  CHECK_THROWS_WITH(WordVectors::read_text(dir.path() / "vectors.txt", 10),
                    Catch::Contains("vectors.txt:2") && Catch::Contains("3 values"));
  CHECK_THROWS_WITH(WordVectors::read_text(dir.path() / "missing.txt", 10), Catch::Contains("missing.txt"));
}

namespace {

// A sentence of three words; the middle word's vector is `word`, its left
// neighbour's `left`. Its class is 1 when the left neighbour points along
// the first axis, else 0: only the context tells.
WindowSentence sentence(float left, float word, uint8_t gold) {
  WindowSentence s;
  s.vectors = {left, 1.0f - left, word, 0.5f, 0.3f, 0.3f};
  s.sparse = {{}, {1}, {}};
  s.gold = {0, gold, 0};
  return s;
}

}  // namespace

TEST_CASE("window network: learns a class from the word to the left, and keeps it through save and load", "[nlp]") {
  std::vector<WindowSentence> data;
  for (int i = 0; i < 40; ++i) {
    float word = static_cast<float>(i % 7) / 7.0f;  // the word itself says nothing
    data.push_back(sentence(1.0f, word, 1));
    data.push_back(sentence(0.0f, word, 0));
  }
  std::vector<const WindowSentence*> pointers;
  for (const WindowSentence& s : data) pointers.push_back(&s);
  WindowTrainOptions options;
  options.hidden = 8;
  options.epochs = 20;
  WindowNetwork net = WindowNetwork::train(pointers, 2, 2, options);

  // A word never seen, in each context.
  std::vector<float> after_first = net.predict(sentence(1.0f, 0.95f, 0));
  std::vector<float> after_second = net.predict(sentence(0.0f, 0.95f, 0));
  REQUIRE(after_first.size() == 6);
  CHECK(after_first[1 * 2 + 1] > 0.9f);   // middle word, class 1
  CHECK(after_second[1 * 2 + 0] > 0.9f);  // middle word, class 0
  CHECK(std::fabs(after_first[2] + after_first[3] - 1.0f) < 1e-5f);

  WindowNetwork loaded = round_trip(net);
  CHECK(loaded.predict(sentence(1.0f, 0.95f, 0)) == after_first);
}
