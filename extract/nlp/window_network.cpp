#include "extract/nlp/window_network.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace newsgraph::nlp {

namespace {

void softmax(float* x, size_t n) {
  float top = *std::max_element(x, x + n);
  float sum = 0;
  for (size_t c = 0; c < n; ++c) sum += x[c] = std::exp(x[c] - top);
  for (size_t c = 0; c < n; ++c) x[c] /= sum;
}

}  // namespace

void WindowNetwork::hidden_input(const WindowSentence& s, size_t i, float* h) const {
  std::copy(bias_.begin(), bias_.end(), h);
  const size_t n = s.size();
  for (size_t p = 0; p < kPositions; ++p) {
    long j = static_cast<long>(i) + static_cast<long>(p) - static_cast<long>(kWindow);
    auto add_sparse = [&](uint16_t id) {
      const float* row = sparse_.data() + (p * kSparseIds + id) * hidden_;
      for (size_t u = 0; u < hidden_; ++u) h[u] += row[u];
    };
    if (j < 0 || j >= static_cast<long>(n)) {
      add_sparse(kSparseIds - 1);
      continue;
    }
    for (uint16_t id : s.sparse[j]) add_sparse(id);
    // One input at a time into all hidden units: a loop the compiler
    // vectorises (a dot product per unit would be a reduction it may not).
    const float* x = s.vectors.data() + static_cast<size_t>(j) * dim_;
    for (size_t k = 0; k < dim_; ++k) {
      if (x[k] == 0) continue;
      const float* w = dense_.data() + (p * dim_ + k) * hidden_;
      for (size_t u = 0; u < hidden_; ++u) h[u] += x[k] * w[u];
    }
  }
}

void WindowNetwork::classify(const float* h, float* probs) const {
  for (size_t c = 0; c < classes_; ++c) {
    const float* w = out_.data() + c * hidden_;
    float sum = out_bias_[c];
    for (size_t u = 0; u < hidden_; ++u) sum += w[u] * h[u];
    probs[c] = sum;
  }
  softmax(probs, classes_);
}

std::vector<float> WindowNetwork::predict(const WindowSentence& s) const {
  std::vector<float> out(s.size() * classes_);
  std::vector<float> h(hidden_);
  for (size_t i = 0; i < s.size(); ++i) {
    hidden_input(s, i, h.data());
    for (float& x : h) x = std::max(x, 0.0f);
    classify(h.data(), out.data() + i * classes_);
  }
  return out;
}

void WindowNetwork::save(Writer& w) const {
  w.put<uint32_t>(dim_);
  w.put<uint32_t>(hidden_);
  w.put<uint32_t>(classes_);
  w.put_vector(dense_);
  w.put_vector(sparse_);
  w.put_vector(bias_);
  w.put_vector(out_);
  w.put_vector(out_bias_);
}

WindowNetwork WindowNetwork::load(Reader& r) {
  WindowNetwork n;
  n.dim_ = r.get<uint32_t>();
  n.hidden_ = r.get<uint32_t>();
  n.classes_ = r.get<uint32_t>();
  n.dense_ = r.get_vector<float>();
  n.sparse_ = r.get_vector<float>();
  n.bias_ = r.get_vector<float>();
  n.out_ = r.get_vector<float>();
  n.out_bias_ = r.get_vector<float>();
  if (n.dense_.size() != size_t{n.hidden_} * kPositions * n.dim_ ||
      n.sparse_.size() != kPositions * size_t{kSparseIds} * n.hidden_ || n.bias_.size() != n.hidden_ ||
      n.out_.size() != size_t{n.classes_} * n.hidden_ || n.out_bias_.size() != n.classes_)
    r.fail("corrupt (window network sizes)");
  return n;
}

// Adagrad (Duchi et al. 2011) on the cross-entropy of each word's class, one
// word at a time, words in shuffled sentence order.
class WindowTrainer {
 public:
  WindowTrainer(size_t dim, size_t classes, const WindowTrainOptions& o) : o_(o), rng_(o.seed) {
    WindowNetwork& n = net_;
    n.dim_ = static_cast<uint32_t>(dim);
    n.hidden_ = static_cast<uint32_t>(o.hidden);
    n.classes_ = static_cast<uint32_t>(classes);
    const size_t in = WindowNetwork::kPositions * dim;
    auto init = [&](std::vector<float>& v, size_t size, size_t fan_in, size_t fan_out) {
      float r = std::sqrt(6.0f / static_cast<float>(fan_in + fan_out));
      std::uniform_real_distribution<float> u(-r, r);
      v.resize(size);
      for (float& x : v) x = u(rng_);
    };
    init(n.dense_, o.hidden * in, in, o.hidden);
    init(n.sparse_, WindowNetwork::kPositions * WindowNetwork::kSparseIds * o.hidden, in, o.hidden);
    n.bias_.assign(o.hidden, 0.0f);
    init(n.out_, classes * o.hidden, o.hidden, classes);
    n.out_bias_.assign(classes, 0.0f);
    for (auto* v : {&n.dense_, &n.sparse_, &n.bias_, &n.out_, &n.out_bias_}) squares_.emplace_back(v->size(), 0.0f);
  }

  WindowNetwork train(const std::vector<const WindowSentence*>& data) {
    std::vector<size_t> order(data.size());
    std::iota(order.begin(), order.end(), 0);
    for (int epoch = 0; epoch < o_.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng_);
      for (size_t s : order)
        for (size_t i = 0; i < data[s]->size(); ++i) step(*data[s], i);
    }
    return net_;
  }

 private:
  std::vector<float>& params(size_t which) {
    return which == 0 ? net_.dense_ : which == 1 ? net_.sparse_ : which == 2 ? net_.bias_
           : which == 3 ? net_.out_ : net_.out_bias_;
  }

  void adagrad(size_t which, size_t at, float g) {
    std::vector<float>& w = params(which);
    float& sq = squares_[which][at];
    sq += g * g;
    w[at] -= o_.learning_rate * g / (std::sqrt(sq) + 1e-6f);
  }

  void step(const WindowSentence& s, size_t i) {
    WindowNetwork& n = net_;
    const size_t hidden = n.hidden_, classes = n.classes_, dim = n.dim_;
    z_grad_.resize(hidden);
    z_.resize(hidden);
    n.hidden_input(s, i, z_.data());
    h_.resize(hidden);
    for (size_t u = 0; u < hidden; ++u) h_[u] = std::max(z_[u], 0.0f);
    o_grad_.resize(classes);
    n.classify(h_.data(), o_grad_.data());
    o_grad_[s.gold[i]] -= 1.0f;  // d(cross-entropy)/d(logits) = probabilities - gold
    h_grad_.assign(hidden, 0.0f);
    for (size_t c = 0; c < classes; ++c) {
      for (size_t u = 0; u < hidden; ++u) {
        h_grad_[u] += n.out_[c * hidden + u] * o_grad_[c];
        adagrad(3, c * hidden + u, o_grad_[c] * h_[u]);
      }
      adagrad(4, c, o_grad_[c]);
    }
    // Rectifier: no gradient through a unit that is off (a zero gradient
    // leaves Adagrad's weight and sum as they are).
    for (size_t u = 0; u < hidden; ++u) z_grad_[u] = z_[u] > 0 ? h_grad_[u] : 0.0f;
    update_row(2, 0, 1.0f);
    for (size_t p = 0; p < WindowNetwork::kPositions; ++p) {
      long j = static_cast<long>(i) + static_cast<long>(p) - static_cast<long>(WindowNetwork::kWindow);
      if (j < 0 || j >= static_cast<long>(s.size())) {
        update_row(1, (p * WindowNetwork::kSparseIds + WindowNetwork::kSparseIds - 1) * hidden, 1.0f);
        continue;
      }
      for (uint16_t id : s.sparse[j]) update_row(1, (p * WindowNetwork::kSparseIds + id) * hidden, 1.0f);
      const float* x = s.vectors.data() + static_cast<size_t>(j) * dim;
      for (size_t k = 0; k < dim; ++k)
        if (x[k] != 0) update_row(0, (p * dim + k) * hidden, x[k]);
    }
  }

  // Adagrad on the row of hidden-unit weights at `at` of parameter vector
  // `which`, whose input had value x: gradient x * z_grad_.
  void update_row(size_t which, size_t at, float x) {
    float* w = params(which).data() + at;
    float* sq = squares_[which].data() + at;
    const float rate = o_.learning_rate;
    for (size_t u = 0; u < z_grad_.size(); ++u) {
      float g = x * z_grad_[u];
      sq[u] += g * g;
      w[u] -= rate * g / (std::sqrt(sq[u]) + 1e-6f);
    }
  }

  WindowTrainOptions o_;
  std::mt19937_64 rng_;
  WindowNetwork net_;
  std::vector<std::vector<float>> squares_;  // Adagrad's sums of squared gradients, per parameter vector
  std::vector<float> z_, h_, o_grad_, h_grad_, z_grad_;
};

WindowNetwork WindowNetwork::train(const std::vector<const WindowSentence*>& data, size_t dim, size_t classes,
                                   const WindowTrainOptions& options) {
  WindowTrainer trainer(dim, classes, options);
  return trainer.train(data);
}

}  // namespace newsgraph::nlp
