// Averaged perceptron (extract/nlp/perceptron.h): training moves the scores
// the right way, and averaging models gives the mean of their scores.
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "extract/nlp/perceptron.h"

using namespace newsgraph::nlp;

namespace {

std::vector<int32_t> scores_of(const PerceptronModel& m, const std::vector<uint64_t>& keys) {
  std::vector<int32_t> s(static_cast<size_t>(m.num_classes()), 0);
  m.add_scores(keys.data(), keys.size(), s.data());
  return s;
}

int best(const std::vector<int32_t>& s) {
  int b = 0;
  for (int c = 1; c < static_cast<int>(s.size()); ++c)
    if (s[c] > s[b]) b = c;
  return b;
}

// A model trained on two examples: keys {a, shared} are class 0, keys
// {b, shared} class 1, `rounds` times.
PerceptronModel trained(uint64_t a, uint64_t b, int rounds) {
  const uint64_t shared = feature_key(9, 9);
  PerceptronTrainer t(3);
  for (int r = 0; r < rounds; ++r) {
    std::vector<uint64_t> x = {a, shared}, y = {b, shared};
    for (auto [keys, truth] : {std::pair{x, 0}, std::pair{y, 1}}) {
      std::vector<float> s(3, 0.0f);
      t.add_scores(keys.data(), keys.size(), s.data());
      int guess = 0;
      for (int c = 1; c < 3; ++c)
        if (s[c] > s[guess]) guess = c;
      t.tick();
      t.update(keys.data(), keys.size(), truth, guess);
    }
  }
  return t.finish();
}

}  // namespace

TEST_CASE("perceptron: a trained model tells its two classes apart", "[nlp]") {
  const uint64_t a = feature_key(1, 1), b = feature_key(1, 2);
  PerceptronModel m = trained(a, b, 5);
  CHECK(best(scores_of(m, {a})) == 0);
  CHECK(best(scores_of(m, {b})) == 1);
}

TEST_CASE("perceptron: the average of models scores as the mean of their scores", "[nlp]") {
  const uint64_t a = feature_key(1, 1), b = feature_key(1, 2), c = feature_key(1, 3);
  PerceptronModel first = trained(a, b, 3);
  PerceptronModel second = trained(c, b, 7);  // another feature set and length
  PerceptronModel mean = PerceptronModel::average({&first, &second});
  REQUIRE(mean.num_classes() == 3);
  for (const std::vector<uint64_t>& keys : std::vector<std::vector<uint64_t>>{{a}, {b}, {c}, {a, b}, {a, c}, {b, c}}) {
    std::vector<int32_t> s1 = scores_of(first, keys), s2 = scores_of(second, keys), m = scores_of(mean, keys);
    for (size_t k = 0; k < m.size(); ++k) {
      INFO("class " << k);
      // One rounding step per feature at most.
      CHECK(std::abs(2 * m[k] - (s1[k] + s2[k])) <= 2 * static_cast<int>(keys.size()));
    }
  }
  // Features of one model only keep half their weight: "a" still means class 0.
  CHECK(best(scores_of(mean, {a})) == 0);
  CHECK(mean.num_features() == 4);  // a, b, c and the shared key
}
