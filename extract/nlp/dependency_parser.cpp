#include "extract/nlp/dependency_parser.h"

#include <algorithm>
#include <limits>
#include <map>
#include <ostream>
#include <random>

#include "extract/nlp/participle_modifier.h"
#include "extract/nlp/tree_repairs.h"
#include "extract/text/name_key.h"
#include "extract/text/unicode.h"

namespace newsgraph::nlp {

namespace {

constexpr const char* kMagic = "newsgraph-parser-1\n";

enum Action { kShift = 0, kLeft = 1, kRight = 2, kNumActions = 3 };

constexpr uint64_t kNone = 0x4e4f4e45;  // no word at this position
constexpr uint64_t kRootValue = 0x524f4f54;
constexpr size_t kMaxFeatures = 128;

uint64_t word_hash(std::string_view w) {
  char buf[64];
  size_t n = std::min(w.size(), sizeof buf);
  for (size_t i = 0; i < n; ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (c >= '0' && c <= '9') c = '0';
    buf[i] = c;
  }
  return hash_bytes(buf, n) ^ (w.size() > sizeof buf ? w.size() : 0);
}

uint64_t tag_hash(std::string_view tag) { return hash_bytes(tag.data(), tag.size()); }

uint64_t distance_bucket(int d) {
  if (d < 0) d = -d;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

// The parser configuration: stack, buffer front, the partial tree.
struct State {
  int n = 0;  // words; index n is the root, last in the buffer
  std::vector<int> stack;
  int b = 0;  // buffer = b..n
  std::vector<int> head, label;
  std::vector<int> l1, l2, r1, r2;  // two leftmost / rightmost children, -1 = none
  std::vector<uint8_t> nleft, nright;
  std::vector<uint64_t> left_labels, right_labels;  // label-set bitmasks

  explicit State(int words)
      : n(words), head(words + 1, -1), label(words + 1, -1), l1(words + 1, -1), l2(words + 1, -1),
        r1(words + 1, -1), r2(words + 1, -1), nleft(words + 1, 0), nright(words + 1, 0),
        left_labels(words + 1, 0), right_labels(words + 1, 0) {
    stack.reserve(words);
  }
  bool terminal() const { return b == n && stack.empty(); }
  int s(size_t k) const { return stack.size() > k ? stack[stack.size() - 1 - k] : -1; }
  int buf(int k) const { return b + k <= n ? b + k : -1; }
  bool valid(int action) const {
    switch (action) {
      case kShift: return b < n;
      case kLeft: return !stack.empty() && (b < n || stack.size() == 1);
      default: return stack.size() >= 2;
    }
  }
  void add_arc(int h, int d, int lab) {
    head[d] = h;
    label[d] = lab;
    uint64_t bit = 1ULL << (static_cast<unsigned>(lab) & 63);
    if (d < h) {
      if (l1[h] == -1 || d < l1[h]) { l2[h] = l1[h]; l1[h] = d; }
      else if (l2[h] == -1 || d < l2[h]) l2[h] = d;
      if (nleft[h] < 255) ++nleft[h];
      left_labels[h] |= bit;
    } else {
      if (r1[h] == -1 || d > r1[h]) { r2[h] = r1[h]; r1[h] = d; }
      else if (r2[h] == -1 || d > r2[h]) r2[h] = d;
      if (nright[h] < 255) ++nright[h];
      right_labels[h] |= bit;
    }
  }
  // Head and dependent of the arc an action makes.
  std::pair<int, int> arc(int action) const {
    return action == kLeft ? std::pair{b, s(0)} : std::pair{s(1), s(0)};
  }
  void apply(int action, int lab) {
    if (action == kShift) {
      stack.push_back(b++);
      return;
    }
    auto [h, d] = arc(action);
    add_arc(h, d, lab);
    stack.pop_back();
  }
};

// Word and tag values of one sentence; index n is the root.
struct Sentence {
  std::vector<uint64_t> w, p, u;  // word, XPOS, UPOS
  // Word clusters, middle (256) and fine (1,024) granularity; 0 = the word
  // has none. Empty when the model has no clusters.
  std::vector<uint64_t> cm, cf;
  bool clustered() const { return !cm.empty(); }
  uint64_t W(int i) const { return i < 0 ? kNone : w[i]; }
  uint64_t P(int i) const { return i < 0 ? kNone : p[i]; }
  uint64_t U(int i) const { return i < 0 ? kNone : u[i]; }
  uint64_t CM(int i) const { return i < 0 ? kNone : cm[i]; }
  uint64_t CF(int i) const { return i < 0 ? kNone : cf[i]; }
};

Sentence encode(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& xpos,
                const std::vector<std::string_view>& upos, const WordClusters& clusters) {
  Sentence s;
  size_t n = forms.size();
  s.w.resize(n + 1);
  s.p.resize(n + 1);
  s.u.resize(n + 1);
  for (size_t i = 0; i < n; ++i) {
    s.w[i] = word_hash(forms[i]);
    s.p[i] = tag_hash(xpos[i]);
    s.u[i] = mix64(tag_hash(upos[i]));
  }
  s.w[n] = s.p[n] = s.u[n] = kRootValue;
  if (!clusters.empty()) {
    s.cm.resize(n + 1);
    s.cf.resize(n + 1);
    for (size_t i = 0; i < n; ++i) {
      uint64_t packed = clusters.lookup(ascii_lower(forms[i]));
      s.cm[i] = WordClusters::level(packed, 1);
      s.cf[i] = WordClusters::level(packed, 2);
    }
    s.cm[n] = s.cf[n] = kRootValue;
  }
  return s;
}

size_t action_features(const State& st, const Sentence& x, uint64_t* out) {
  const int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2), b0 = st.buf(0), b1 = st.buf(1), b2 = st.buf(2);
  auto at = [](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[i]; };
  auto L = [&](int i) -> uint64_t { return i < 0 ? kNone : static_cast<uint64_t>(st.label[i] + 1); };
  const int s0l1 = at(st.l1, s0), s0l2 = at(st.l2, s0), s0r1 = at(st.r1, s0), s0r2 = at(st.r2, s0);
  const int s1l1 = at(st.l1, s1), s1r1 = at(st.r1, s1);
  const int b0l1 = at(st.l1, b0), b0l2 = at(st.l2, b0);
  const uint64_t s0w = x.W(s0), s0p = x.P(s0), s1w = x.W(s1), s1p = x.P(s1), b0w = x.W(b0),
                 b0p = x.P(b0), b1w = x.W(b1), b1p = x.P(b1), b2p = x.P(b2), s2p = x.P(s2);
  const uint64_t d = s0 >= 0 && b0 >= 0 ? distance_bucket(b0 - s0) : kNone;
  const uint64_t d10 = s1 >= 0 ? distance_bucket(s0 - s1) : kNone;
  const uint64_t s0vl = s0 >= 0 ? st.nleft[s0] : kNone, s0vr = s0 >= 0 ? st.nright[s0] : kNone;
  const uint64_t b0vl = b0 >= 0 ? st.nleft[b0] : kNone, s1vr = s1 >= 0 ? st.nright[s1] : kNone;
  const uint64_t s0ll = s0 >= 0 ? st.left_labels[s0] : kNone, s0rl = s0 >= 0 ? st.right_labels[s0] : kNone;
  const uint64_t b0ll = b0 >= 0 ? st.left_labels[b0] : kNone;
  size_t n = 0;
  auto f = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { out[n++] = feature_key(t, a, b, c); };
  f(1, 0);
  // Single positions.
  f(2, s0w); f(3, s0p); f(4, s0w, s0p);
  f(5, s1w); f(6, s1p); f(7, s1w, s1p);
  f(8, b0w); f(9, b0p); f(10, b0w, b0p);
  f(11, b1w); f(12, b1p); f(13, b1w, b1p);
  f(14, b2p); f(15, s2p);
  // Pairs: s0 with b0 (LEFT) and s1 with s0 (RIGHT).
  f(16, s0w, s0p, mix64(b0w) ^ b0p); f(17, s0w, s0p, b0w); f(18, s0w, b0w, b0p);
  f(19, s0w, s0p, b0p); f(20, s0p, b0w, b0p); f(21, s0w, b0w); f(22, s0p, b0p); f(23, b0p, b1p);
  f(24, s1w, s1p, mix64(s0w) ^ s0p); f(25, s1w, s1p, s0w); f(26, s1w, s0w, s0p);
  f(27, s1w, s1p, s0p); f(28, s1p, s0w, s0p); f(29, s1w, s0w); f(30, s1p, s0p);
  // Tag triples.
  f(31, b0p, b1p, b2p); f(32, s0p, b0p, b1p); f(33, s1p, s0p, b0p);
  f(34, s0p, x.P(s0l1), b0p); f(35, s0p, x.P(s0r1), b0p); f(36, s0p, b0p, x.P(b0l1));
  f(37, s1p, s0p, x.P(s0l1)); f(38, s1p, s0p, x.P(s0r1)); f(39, s1p, x.P(s1r1), s0p);
  f(40, s2p, s1p, s0p); f(41, s1p, x.P(s1l1), s0p);
  // Distance.
  f(42, s0w, d); f(43, s0p, d); f(44, b0w, d); f(45, b0p, d); f(46, s0w, b0w, d); f(47, s0p, b0p, d);
  f(48, s1p, s0p, d10); f(49, s1w, s0w, d10); f(50, s1w, d10); f(51, s0w, d10);
  // Valency.
  f(52, s0w, s0vr); f(53, s0p, s0vr); f(54, s0w, s0vl); f(55, s0p, s0vl);
  f(56, b0w, b0vl); f(57, b0p, b0vl); f(58, s1p, s1vr); f(59, s1w, s1vr);
  // Children of s0, s1 and b0.
  f(60, x.W(s0l1)); f(61, x.P(s0l1)); f(62, L(s0l1));
  f(63, x.W(s0r1)); f(64, x.P(s0r1)); f(65, L(s0r1));
  f(66, x.W(b0l1)); f(67, x.P(b0l1)); f(68, L(b0l1));
  f(69, x.W(s1r1)); f(70, x.P(s1r1)); f(71, L(s1r1));
  f(72, x.P(s0l2), L(s0l2)); f(73, x.P(s0r2), L(s0r2)); f(74, x.P(b0l2), L(b0l2));
  f(75, s0p, L(s0l1), L(s0l2)); f(76, s0p, L(s0r1), L(s0r2)); f(77, b0p, L(b0l1), L(b0l2));
  // Label sets.
  f(78, s0w, s0rl); f(79, s0p, s0rl); f(80, s0w, s0ll); f(81, s0p, s0ll); f(82, b0w, b0ll); f(83, b0p, b0ll);
  // Wider context.
  f(84, s0p, b0p, b1w); f(85, s1p, s0p, b0w); f(86, s0p, x.P(s0 > 0 ? s0 - 1 : -1), b0p);
  f(87, s0p, x.P(s0 >= 0 ? s0 + 1 : -1), b0p); f(88, s0p, x.P(b0 > 0 ? b0 - 1 : -1), b0p);
  f(89, s1p, x.P(s1 >= 0 ? s1 + 1 : -1), s0p);
  // UPOS: a coarser back-off that survives many XPOS errors (VBD/VBN).
  const uint64_t s0u = x.U(s0), s1u = x.U(s1), b0u = x.U(b0), b1u = x.U(b1);
  f(90, s0u); f(91, s1u); f(92, b0u); f(93, s0w, s0u); f(94, b0w, b0u); f(95, s0u, b0u);
  f(96, s1u, s0u); f(97, s1u, s0u, b0u); f(98, s0u, b0u, b1u); f(99, s0u, b0u, d); f(100, s1u, s0u, d10);
  // Word clusters (Koo et al. 2008): the words' classes stand in for the
  // words, so attachment preferences learnt for one word carry to its kin.
  if (x.clustered()) {
    const uint64_t s0f = x.CF(s0), s1f = x.CF(s1), b0f = x.CF(b0), b1f = x.CF(b1);
    const uint64_t s0m = x.CM(s0), s1m = x.CM(s1), b0m = x.CM(b0);
    f(101, s0f); f(102, b0f); f(103, s1f); f(104, b1f);
    f(105, s0f, s0p); f(106, b0f, b0p); f(107, s1f, s1p);
    f(108, s0m, b0m); f(109, s1m, s0m); f(110, s0m, s0p, b0p); f(111, s0p, b0m, b0p);
    f(112, s1m, s1p, s0p); f(113, s1p, s0m, s0p); f(114, s0m, b0m, d); f(115, s1m, s0m, d10);
  }
  return n;
}

// Features for labelling the arc h → d; made by LEFT (h = b0) or RIGHT.
size_t label_features(const State& st, const Sentence& x, int h, int d, int action, uint64_t* out) {
  auto L = [&](int i) -> uint64_t { return i < 0 ? kNone : static_cast<uint64_t>(st.label[i] + 1); };
  const uint64_t dir = static_cast<uint64_t>(action) << 32;
  const uint64_t hw = x.W(h), hp = x.P(h), dw = x.W(d), dp = x.P(d);
  const uint64_t dist = distance_bucket(h - d);
  const int dl1 = st.l1[d], dr1 = st.r1[d], hl1 = st.l1[h], hr1 = st.r1[h], dl2 = st.l2[d];
  const int dnext = d + 1 < st.n ? d + 1 : -1, dprev = d > 0 ? d - 1 : -1;
  const bool root = h == st.n;
  size_t n = 0;
  auto f = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { out[n++] = feature_key(t | dir, a, b, c); };
  f(1, root);
  f(2, hw); f(3, hp); f(4, dw); f(5, dp);
  f(6, hw, dp); f(7, hp, dw); f(8, hp, dp); f(9, hw, dw); f(10, hp, dp, dist); f(11, dw, dp);
  f(12, dp, x.W(dl1), L(dl1)); f(13, dp, L(dl1)); f(14, dp, L(dr1)); f(15, dp, x.W(dr1), L(dr1));
  f(16, hp, x.W(hl1), L(hl1)); f(17, hp, L(hr1)); f(18, hp, dp, L(hl1));
  f(19, dp, st.left_labels[d]); f(20, dp, st.right_labels[d]); f(21, hp, st.left_labels[h]);
  f(22, hp, dp, x.P(dnext)); f(23, hp, dp, x.P(dprev)); f(24, dp, x.W(dprev)); f(25, dp, x.W(dnext));
  f(26, x.W(dl1), x.W(dl2), dp); f(27, hp, x.P(hl1), dp); f(28, dw, dist); f(29, hw, dp, dist);
  f(30, hp, dp, st.nleft[d] * 16 + st.nright[d]);
  const uint64_t hu = x.U(h), du = x.U(d);
  f(31, hu, du); f(32, hu, du, dist); f(33, hw, du); f(34, hu, dw); f(35, du, L(dl1), x.W(dl1));
  f(36, hu, x.W(hl1), L(hl1)); f(37, dp, x.P(st.buf(0)), x.P(st.s(1)));
  f(38, hp, dp, L(st.l1[h] >= 0 ? st.l1[h] : -1)); f(39, hw, dw, dp);
  if (x.clustered()) {
    const uint64_t hm = x.CM(h), dm = x.CM(d), hf = x.CF(h), df = x.CF(d);
    f(40, hm, dm); f(41, hp, df); f(42, hf, dp); f(43, hm, dm, dist); f(44, hu, df); f(45, hf, du);
  }
  return n;
}

template <typename Score>
int best_valid(const State& st, const Score* scores) {
  int best = -1;
  for (int a = 0; a < kNumActions; ++a)
    if (st.valid(a) && (best < 0 || scores[a] > scores[best])) best = a;
  return best;
}

// Whether LEFT may make s0 a dependent of b0. A finite verb hangs on a noun
// after it only as a subordinate clause ("When the troops returned, the
// town was ...": the verb has its marker) or across punctuation (parataxis,
// quotations); in EWT and GUM train that is every such arc. The greedy
// parser sometimes makes "accused" in "Amnesty International accused Russian
// forces of ..." a modifier of "forces"; decoding forbids it.
bool left_arc_allowed(const State& st, const std::vector<std::string_view>& xpos,
                      const std::vector<std::string_view>& upos, uint64_t mark_bit) {
  const int d = st.s(0), h = st.b;
  if (d < 0 || h >= st.n || upos[d] != "VERB" || (upos[h] != "NOUN" && upos[h] != "PROPN")) return true;
  if (xpos[d] != "VBD" && xpos[d] != "VBZ" && xpos[d] != "VBP") return true;
  if (st.left_labels[d] & mark_bit) return true;
  for (int k = d + 1; k < h; ++k)
    if (upos[k] == "PUNCT") return true;
  return false;
}

template <typename Score>
int argmax(const Score* scores, int n) {
  int best = 0;
  for (int c = 1; c < n; ++c)
    if (scores[c] > scores[best]) best = c;
  return best;
}

// Whether word k is a lower-case particle that begins a name ("de Mistura",
// "bin Laden", "van Gogh"): a capitalised proper noun follows, and no proper
// noun comes before it (inside a name, "Staffan de Mistura", the parser has
// the flat chain right).
bool begins_name_with_particle(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& xpos,
                               size_t k) {
  if (k + 1 >= forms.size() || !is_name_particle(forms[k])) return false;
  if (xpos[k + 1] != "NNP" || forms[k + 1].empty() || forms[k + 1][0] < 'A' || forms[k + 1][0] > 'Z') return false;
  if (xpos[k] != "NNP" && xpos[k] != "FW" && xpos[k] != "IN") return false;
  return k == 0 || (xpos[k - 1] != "NNP" && xpos[k - 1] != "NNPS");
}

}  // namespace

void projectivize(std::vector<int>& heads) {
  // heads[i] for word i+1; 0 = root. An arc h→d is non-projective when some
  // word strictly between them is not dominated by h.
  const int n = static_cast<int>(heads.size());
  auto dominated = [&](int k, int h) {  // is word k (1-based) under h (0 = root)?
    for (int steps = 0; k != 0 && steps <= n; ++steps) {
      if (k == h) return true;
      k = heads[k - 1];
    }
    return h == 0;
  };
  for (int round = 0; round < n * n; ++round) {
    int worst = -1, worst_len = 1 << 30;
    for (int d = 1; d <= n; ++d) {
      int h = heads[d - 1];
      if (h == 0) continue;
      int lo = std::min(h, d), hi = std::max(h, d);
      for (int k = lo + 1; k < hi; ++k) {
        if (!dominated(k, h)) {
          if (hi - lo < worst_len) worst = d, worst_len = hi - lo;
          break;
        }
      }
    }
    if (worst < 0) return;
    heads[worst - 1] = heads[heads[worst - 1] - 1];  // lift to the grandparent
  }
}

DependencyParser DependencyParser::load(const std::filesystem::path& path) {
  Reader r(path, kMagic);
  DependencyParser p;
  uint32_t n = r.get<uint32_t>();
  if (n == 0 || n > 1024) r.fail("corrupt (label count)");
  for (uint32_t i = 0; i < n; ++i) p.labels_.push_back(r.get_string());
  p.actions_.load(r);
  p.labeler_.load(r);
  if (p.actions_.num_classes() != kNumActions || p.labeler_.num_classes() != static_cast<int>(n))
    r.fail("corrupt (class counts)");
  // Optional last section: the word clusters (models trained with them).
  if (!r.at_end() && r.get<uint8_t>()) p.clusters_.load(r);
  r.expect_end();
  return p;
}

void DependencyParser::save(const std::filesystem::path& path) const {
  Writer w;
  w.put<uint32_t>(static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) w.put_string(l);
  actions_.save(w);
  labeler_.save(w);
  if (!clusters_.empty()) {
    w.put<uint8_t>(1);
    clusters_.save(w);
  }
  w.save(path, kMagic);
}

void DependencyParser::parse_words(const std::vector<std::string_view>& forms,
                                   const std::vector<std::string_view>& xpos,
                                   const std::vector<std::string_view>& upos, std::vector<int>& heads,
                                   std::vector<int>& labels) const {
  // Three phrases the training data spells or tags otherwise are parsed as
  // it would have them, then mapped back:
  // * a participle that modifies the next noun inside a prepositional phrase
  //   ("the siege of two government controlled towns"; participle_modifier.h)
  //   is parsed hyphenated ("government-controlled"): a hyphen goes before it;
  // * a lower-case particle that begins a name ("meeting with de Mistura",
  //   "look to bin Laden") is left out, so the name parses as a plain name;
  //   it then heads the name, as in UD ("bin" obl, "Laden" flat), and takes
  //   the name's left dependents ("with", "the");
  // * an -ing word that news English uses as an adjective, after a verb and
  //   before a noun ("accused neighbouring Turkey of ..."; participle_modifier.h),
  //   is parsed as the adjective it is, so it modifies the noun (amod).
  const size_t n = forms.size();
  enum Edit : uint8_t { kKeep, kHyphenBefore, kLeaveOut, kAsAdjective };
  std::vector<uint8_t> edit(n, kKeep);
  bool edited = false;
  for (size_t k = 0; k + 1 < n; ++k) {
    if (k >= 3 && xpos[k] == "VBN" && modifies_next_noun(forms, xpos, k)) edit[k] = kHyphenBefore;
    else if (begins_name_with_particle(forms, xpos, k)) edit[k] = kLeaveOut;
    else if (is_adjectival_participle(forms, xpos, upos, k)) edit[k] = kAsAdjective;
    edited = edited || edit[k] != kKeep;
  }
  if (!edited) {
    parse_tree(forms, xpos, upos, heads, labels);
    return repair(forms, xpos, upos, heads, labels);
  }
  std::vector<std::string_view> f, x, u;
  std::vector<int> position(n, -1);  // of each original word in the rewritten sentence; -1 = left out
  for (size_t i = 0; i < n; ++i) {
    if (edit[i] == kLeaveOut) continue;
    if (edit[i] == kHyphenBefore) {
      f.push_back("-");
      x.push_back("HYPH");
      u.push_back("PUNCT");
    }
    position[i] = static_cast<int>(f.size());
    f.push_back(forms[i]);
    x.push_back(edit[i] == kAsAdjective ? std::string_view("JJ") : xpos[i]);
    u.push_back(edit[i] == kAsAdjective ? std::string_view("ADJ") : upos[i]);
  }
  std::vector<int> h, l;
  parse_tree(f, x, u, h, l);
  std::vector<int> original(f.size(), -1);
  for (size_t i = 0; i < n; ++i)
    if (position[i] >= 0) original[position[i]] = static_cast<int>(i);
  heads.assign(n, -1);
  labels.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (position[i] < 0) continue;
    int head = h[position[i]];
    while (head >= 0 && original[head] < 0) head = h[head];  // past a hyphen (which heads nothing, as a rule)
    heads[i] = head < 0 ? -1 : original[head];
    labels[i] = l[position[i]];
  }
  const int flat = label_id("flat");
  for (size_t k = 0; k < n; ++k) {
    if (edit[k] != kLeaveOut) continue;
    const int name = static_cast<int>(k) + 1, particle = static_cast<int>(k);
    heads[k] = heads[name];
    labels[k] = labels[name];
    for (size_t w = 0; w < k; ++w)
      if (heads[w] == name) heads[w] = particle;
    heads[name] = particle;
    if (flat >= 0) labels[name] = flat;
  }
  repair(forms, xpos, upos, heads, labels);
}

void DependencyParser::repair(const std::vector<std::string_view>& forms,
                              const std::vector<std::string_view>& xpos,
                              const std::vector<std::string_view>& upos, std::vector<int>& heads,
                              std::vector<int>& labels) const {
  // The repairs read and write relation names; views of the model's own
  // names cost no copy, and only a name a repair replaced is looked up.
  std::vector<std::string_view> names(labels.size());
  for (size_t i = 0; i < labels.size(); ++i) names[i] = labels_[labels[i]];
  bool changed = reattach_verb_after_relative_clause(forms, xpos, upos, heads, names);
  changed = reattach_subject_with_preposition(forms, upos, heads, names) || changed;
  changed = join_coordinated_subjects(heads, names) || changed;
  changed = reattach_finite_conjunct_of_infinitive(xpos, heads, names) || changed;
  changed = reattach_gerund_of_accusation(forms, xpos, heads, names) || changed;
  if (!changed) return;
  for (size_t i = 0; i < labels.size(); ++i)
    if (names[i].data() != labels_[labels[i]].data())
      if (int id = label_id(names[i]); id >= 0) labels[i] = id;
}

void DependencyParser::parse_tree(const std::vector<std::string_view>& forms,
                                  const std::vector<std::string_view>& xpos,
                                  const std::vector<std::string_view>& upos, std::vector<int>& heads,
                                  std::vector<int>& labels) const {
  const int n = static_cast<int>(forms.size());
  Sentence x = encode(forms, xpos, upos, clusters_);
  State st(n);
  uint64_t keys[kMaxFeatures];
  int32_t scores[kNumActions];
  std::vector<int32_t> label_scores(labels_.size());
  const int mark = label_id("mark");
  const uint64_t mark_bit = mark < 0 ? 0 : 1ULL << (mark & 63);
  while (!st.terminal()) {
    size_t k = action_features(st, x, keys);
    std::fill(scores, scores + kNumActions, 0);
    actions_.add_scores(keys, k, scores);
    int action = best_valid(st, scores);
    if (action == kLeft && !left_arc_allowed(st, xpos, upos, mark_bit)) {
      int32_t left = scores[kLeft];
      scores[kLeft] = std::numeric_limits<int32_t>::min();
      if (int other = best_valid(st, scores); other != kLeft && st.valid(other)) action = other;
      scores[kLeft] = left;
    }
    int lab = 0;
    if (action != kShift) {
      auto [h, d] = st.arc(action);
      uint64_t label_keys[kMaxFeatures];
      k = label_features(st, x, h, d, action, label_keys);
      std::fill(label_scores.begin(), label_scores.end(), 0);
      labeler_.add_scores(label_keys, k, label_scores.data());
      lab = argmax(label_scores.data(), static_cast<int>(label_scores.size()));
    }
    st.apply(action, lab);
  }
  heads.resize(n);
  labels.resize(n);
  for (int i = 0; i < n; ++i) {
    heads[i] = st.head[i] == n ? -1 : st.head[i];
    labels[i] = st.label[i];
  }
}

int DependencyParser::label_id(std::string_view name) const {
  for (size_t i = 0; i < labels_.size(); ++i)
    if (labels_[i] == name) return static_cast<int>(i);
  return -1;
}

void DependencyParser::parse(Document& doc) const {
  std::vector<std::string_view> forms, xpos, upos;
  std::vector<int> heads, labels;
  for (const newsgraph::Sentence& s : doc.sentences) {
    forms.clear();
    xpos.clear();
    upos.clear();
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      forms.push_back(doc.form(doc.tokens[t]));
      xpos.push_back(doc.tokens[t].xpos);
      upos.push_back(doc.tokens[t].upos);
    }
    parse_words(forms, xpos, upos, heads, labels);
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      int h = heads[t - s.first_token];
      doc.tokens[t].head = h < 0 ? -1 : static_cast<int>(s.first_token) + h;
      doc.tokens[t].deprel = labels_[labels[t - s.first_token]];
    }
  }
}

void DependencyParser::parse(conllu::Sentence& sentence) const {
  std::vector<std::string_view> forms, xpos, upos;
  for (const conllu::Word& w : sentence.words) {
    forms.push_back(w.form);
    xpos.push_back(w.xpos);
    upos.push_back(w.upos);
  }
  std::vector<int> heads, labels;
  parse_words(forms, xpos, upos, heads, labels);
  for (size_t i = 0; i < heads.size(); ++i) {
    sentence.words[i].head = heads[i] + 1;
    sentence.words[i].deprel = labels_[labels[i]];
  }
}

class ParserTrainer {
 public:
  static DependencyParser train(const std::vector<conllu::Sentence>& train,
                                const std::vector<conllu::Sentence>* dev,
                                const ParserTrainOptions& options);
};

DependencyParser ParserTrainer::train(const std::vector<conllu::Sentence>& train,
                                      const std::vector<conllu::Sentence>* dev,
                                      const ParserTrainOptions& options) {
  DependencyParser parser;
  parser.clusters_ = WordClusters::from_tsv(options.word_clusters);
  if (options.log && !parser.clusters_.empty())
    *options.log << "parser: word clusters for " << parser.clusters_.size() << " words\n";
  std::map<std::string, int> label_id;
  struct Example {
    Sentence x;
    std::vector<int> gold_head;  // 0-based, n = root; projectivised
    std::vector<int> gold_label;
  };
  std::vector<Example> examples;
  size_t lifted = 0;
  for (const conllu::Sentence& s : train) {
    const int n = static_cast<int>(s.words.size());
    if (n == 0) continue;
    std::vector<std::string_view> forms, xpos, upos;
    std::vector<int> heads;
    bool usable = true;
    for (const conllu::Word& w : s.words) {
      forms.push_back(w.form);
      xpos.push_back(w.xpos);
      upos.push_back(w.upos);
      heads.push_back(w.head);
      if (w.head < 0 || w.head > n) usable = false;
    }
    if (!usable) continue;
    std::vector<int> original = heads;
    projectivize(heads);
    lifted += heads != original;
    Example ex;
    ex.x = encode(forms, xpos, upos, parser.clusters_);
    for (int i = 0; i < n; ++i) {
      ex.gold_head.push_back(heads[i] == 0 ? n : heads[i] - 1);
      auto [it, inserted] = label_id.try_emplace(s.words[i].deprel, static_cast<int>(parser.labels_.size()));
      if (inserted) parser.labels_.push_back(s.words[i].deprel);
      ex.gold_label.push_back(it->second);
    }
    examples.push_back(std::move(ex));
  }
  if (options.log)
    *options.log << "parser: " << examples.size() << " training sentences (" << lifted
                 << " projectivised), " << parser.labels_.size() << " relations\n";
  const int num_labels = static_cast<int>(parser.labels_.size());
  PerceptronTrainer actions(kNumActions), labeler(num_labels);
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t keys[kMaxFeatures], label_keys[kMaxFeatures];
  std::vector<float> label_scores(num_labels);
  double best_las = -1;
  DependencyParser best = parser;
  std::vector<int> dependents_in_buffer;
  for (int iter = 1; iter <= options.iterations; ++iter) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t steps = 0, errors = 0;
    for (size_t e : order) {
      const Example& ex = examples[e];
      const int n = static_cast<int>(ex.gold_head.size());
      const std::vector<int>& gh = ex.gold_head;
      State st(n);
      std::vector<uint8_t> on_stack(n + 1, 0);
      while (!st.terminal()) {
        size_t k = action_features(st, ex.x, keys);
        float scores[kNumActions] = {0, 0, 0};
        actions.add_scores(keys, k, scores);
        // Costs (Goldberg & Nivre 2013): gold arcs made unreachable.
        const int s0 = st.s(0), s1 = st.s(1), b0 = st.b;
        int cost[kNumActions] = {0, 0, 0};
        if (st.valid(kShift)) {
          if (gh[b0] != s0 && gh[b0] <= n && gh[b0] < b0 && on_stack[gh[b0]]) ++cost[kShift];
          for (int x : st.stack) cost[kShift] += gh[x] == b0;
        }
        if (s0 >= 0) {
          int deps = 0;
          for (int x = st.b; x < n; ++x) deps += gh[x] == s0;
          if (st.valid(kLeft))
            cost[kLeft] = deps + ((gh[s0] != b0 && (gh[s0] == s1 || gh[s0] > b0)) ? 1 : 0);
          if (st.valid(kRight)) cost[kRight] = deps + (gh[s0] >= b0 ? 1 : 0);
        }
        int min_cost = 1 << 30;
        for (int a = 0; a < kNumActions; ++a)
          if (st.valid(a)) min_cost = std::min(min_cost, cost[a]);
        int guess = best_valid(st, scores);
        int oracle = -1;
        for (int a = 0; a < kNumActions; ++a)
          if (st.valid(a) && cost[a] == min_cost && (oracle < 0 || scores[a] > scores[oracle])) oracle = a;
        actions.tick();
        ++steps;
        int next = oracle;
        if (cost[guess] > min_cost) {
          ++errors;
          actions.update(keys, k, oracle, guess);
          if (iter >= options.explore_from && coin(rng) < options.explore_probability) next = guess;
        } else {
          next = guess;
        }
        int lab = 0;
        if (next != kShift) {
          auto [h, d] = st.arc(next);
          size_t lk = label_features(st, ex.x, h, d, next, label_keys);
          std::fill(label_scores.begin(), label_scores.end(), 0.0f);
          labeler.add_scores(label_keys, lk, label_scores.data());
          lab = argmax(label_scores.data(), num_labels);
          if (gh[d] == h) {
            labeler.tick();
            labeler.update(label_keys, lk, ex.gold_label[d], lab);
          }
          on_stack[d] = 0;
        } else {
          on_stack[st.b] = 1;
        }
        st.apply(next, lab);
      }
    }
    parser.actions_ = actions.finish(options.min_weight);
    parser.labeler_ = labeler.finish(options.min_weight);
    double err = 100.0 * errors / std::max<size_t>(steps, 1);
    if (!dev) {
      best = parser;
      if (options.log) *options.log << "parser iteration " << iter << ": train errors " << err << "%\n";
      continue;
    }
    size_t uas = 0, las = 0, total = 0;
    for (const conllu::Sentence& gold : *dev) {
      conllu::Sentence s = gold;
      parser.parse(s);
      for (size_t i = 0; i < s.words.size(); ++i) {
        bool head_ok = s.words[i].head == gold.words[i].head;
        uas += head_ok;
        las += head_ok && s.words[i].deprel == gold.words[i].deprel;
        ++total;
      }
    }
    double u = 100.0 * uas / std::max<size_t>(total, 1), l = 100.0 * las / std::max<size_t>(total, 1);
    if (options.log)
      *options.log << "parser iteration " << iter << ": train errors " << err << "%, dev UAS " << u
                   << "% LAS " << l << "% (" << parser.num_weights() << " weights)\n";
    if (l > best_las) {
      best_las = l;
      best = parser;
    }
  }
  return best;
}

DependencyParser train_parser(const std::vector<conllu::Sentence>& train,
                              const std::vector<conllu::Sentence>* dev, const ParserTrainOptions& options) {
  return ParserTrainer::train(train, dev, options);
}

}  // namespace newsgraph::nlp
