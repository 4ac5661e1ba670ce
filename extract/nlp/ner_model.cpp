#include "extract/nlp/ner_model.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <limits>
#include <numeric>
#include <ostream>
#include <random>

#include "extract/nlp/lexicon.h"
#include "extract/nlp/model_io.h"
#include "extract/nlp/ner_eval.h"
#include "extract/nlp/window_network.h"
#include "extract/nlp/word_vectors.h"
#include "extract/text/unicode.h"

namespace newsgraph::nlp {

namespace {

constexpr const char* kMagic = "newsgraph-ner-4\n";

// Labels: 0 = O; 1 + 4 * type + position, position B=0 I=1 L=2 U=3,
// type person=0 place=1 organization=2 other=3 (a name of another kind,
// learnt so as to be told apart, never output).
constexpr int kTypes = 4;
constexpr int kOther = 3;
constexpr int kClasses = 1 + 4 * kTypes;
// A class that is never a valid label: the structured perceptron's updates
// of transition features whose previous labels differ go through it (the
// trainer's update() moves one key set between two classes).
constexpr int kSink = kClasses;
constexpr int kModelClasses = kClasses + 1;
enum Position { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };

int label(int type, int position) { return 1 + 4 * type + position; }
int type_of(int label) { return (label - 1) / 4; }
int position_of(int label) { return (label - 1) % 4; }

int type_index(NodeType t) {
  switch (t) {
    case NodeType::Person: return 0;
    case NodeType::Place: return 1;
    default: return 2;
  }
}

NodeType node_type(int index) {
  static constexpr NodeType kOrder[3] = {NodeType::Person, NodeType::Place, NodeType::Organization};
  return kOrder[index];
}

// Whether `cur` may follow `prev` (-1 = sentence start); `last` = cur is the
// sentence's last word, where no name may stay open.
bool valid(int prev, int cur, bool last) {
  bool open = prev > 0 && (position_of(prev) == kBegin || position_of(prev) == kInside);
  if (open) {
    if (cur == 0 || type_of(cur) != type_of(prev)) return false;
    int p = position_of(cur);
    return p == kLast || (p == kInside && !last);
  }
  if (cur == 0) return true;
  int p = position_of(cur);
  return p == kUnit || (p == kBegin && !last);
}

constexpr uint8_t kSeenPlain = 5;  // NerMemory: capitalised, outside any name
constexpr uint64_t kContextBits = 14;  // of NerMemory::contexts (ContextBit)

bool capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// Bits of NamedEntityTagger::name_lists_.
enum NameList : uint8_t { kGivenName = 1, kSurname = 2, kListedPlace = 4, kListedOrganization = 8 };

// What sentence_infos() reads besides the sentence.
struct Resources {
  const Lexicon* lexicon = nullptr;
  const std::unordered_map<uint64_t, uint8_t>* word_stats = nullptr;
  const std::unordered_map<uint64_t, uint8_t>* name_lists = nullptr;
  size_t longest_listed = 0;
  const WordClusters* word_clusters = nullptr;
  // The window network's class guesses (window_network.h); both or neither.
  const WordVectors* vectors = nullptr;
  const WindowNetwork* network = nullptr;
};

constexpr int kClusterLevels = WordClusters::kLevels;

// The head_type of "Museum", "Hospital", ...: a class apart from the node
// types (values 1-4), whose typing differs between news and GUM.
constexpr uint64_t kFacilityHead = 100;

// Per-word values the features combine, computed once per sentence (all but
// `memory` and `contexts`, which depend on the document).
struct WordInfo {
  uint64_t form, lower, shape, upos;
  uint64_t prefix[3], suffix[4];
  uint64_t gazetteer = 0;       // type and BILOU position of the listed name over it
  uint64_t gazetteer_kind = 0;  // the listed name's kind (country, city, ...)
  uint64_t cue = 0;             // honorific / title / role / place preposition / org noun before it
  uint64_t head_type = 0;       // Lexicon::head_type of the word + 1, or kFacilityHead
  uint64_t demonym = 0;
  uint64_t not_name = 0;
  uint64_t stats = 0;           // word statistics code; 0 = not in the background text
  uint64_t cluster[kClusterLevels] = {};  // word clusters, coarsest first; 0 = unknown
  uint64_t listed = 0;          // NameList bits of the word alone
  uint64_t listed_phrase = 0;   // bits of the longest listed phrase over it * 4 + BILOU position
  uint64_t run_first = 0, run_last = 0;  // lower case of the capitalised run's first / last word
  uint64_t run_place = 0;       // 1 + run length (1..4+) * 4 + BILOU position; 0 outside runs
  // Lower case of the two words before the capitalised run and the two after
  // it ("the village of X Y", "X Y language"): every word of the run sees
  // them, not only the words at its edges. 0 outside runs.
  uint64_t run_before1 = 0, run_before2 = 0, run_after1 = 0, run_after2 = 0;
  // The window network's guess: 1 + class * 4 + confidence band (0 = none),
  // and each name class's probability in tenths.
  uint64_t guess = 0, guess_class = 0;
  uint64_t guess_tenths[kTypes] = {};
  uint64_t memory = 0;
  uint64_t contexts = 0;  // NerMemory::contexts of the form
  // Second pass only: 1 + the first pass's label, and the first pass's votes
  // for the form (see vote_code) and for the last word of its run.
  uint64_t first_label = 0, votes = 0, run_votes = 0;
};

constexpr uint64_t kPad = 0x5eed;


uint64_t hash_of(std::string_view s) { return hash_bytes(s.data(), s.size()); }

void digits_as_zero(std::string& s) {
  for (char& c : s)
    if (c >= '0' && c <= '9') c = '0';
}

// Lower case, digits as 0: the key of word statistics and lower-case features.
std::string normalised(std::string_view form) {
  std::string lw = ascii_lower(form);
  digits_as_zero(lw);
  return lw;
}

const WordInfo& pad_info() {
  static const WordInfo pad = [] {
    WordInfo p;
    p.form = p.lower = p.shape = p.upos = kPad;
    for (auto& x : p.prefix) x = kPad;
    for (auto& x : p.suffix) x = kPad;
    p.memory = kPad;
    p.stats = kPad;
    for (auto& x : p.cluster) x = kPad;
    return p;
  }();
  return pad;
}

// Words that may join two capitalised words into one run ("Bank of
// England", "Food and Drug Administration" is two runs on purpose).
bool run_connector(std::string_view w) {
  static const char* const kWords[] = {"of", "the", "for", "&", "de", "del", "da", "du", "la", "le", "von", "van", "der"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// BILOU position of k in [b, e).
uint64_t position_in(size_t k, size_t b, size_t e) {
  return e - b == 1 ? kUnit : k == b ? kBegin : k + 1 == e ? kLast : kInside;
}

// Word infos of one sentence, without memory.
std::vector<WordInfo> sentence_infos(const std::vector<std::string_view>& forms,
                                     const std::vector<std::string_view>& upos, const Resources& res) {
  size_t n = forms.size();
  std::vector<WordInfo> words(n);
  std::vector<std::string> lower(n);
  for (size_t i = 0; i < n; ++i) {
    WordInfo& w = words[i];
    std::string_view f = forms[i];
    w.form = hash_of(f);
    // Word clusters are of lower-case words with their digits; the other
    // lower-case features count digits as 0.
    lower[i] = ascii_lower(f);
    if (res.word_clusters && !res.word_clusters->empty()) {
      uint64_t packed = res.word_clusters->lookup(lower[i]);
      for (int k = 0; k < kClusterLevels; ++k) w.cluster[k] = WordClusters::level(packed, k);
    }
    digits_as_zero(lower[i]);
    const std::string& lw = lower[i];
    w.lower = hash_of(lw);
    w.shape = shape_hash(f, 4, 0x55);
    w.upos = i < upos.size() ? hash_of(upos[i]) : kPad;
    for (size_t k = 0; k < 3; ++k) w.prefix[k] = lw.size() > k ? hash_bytes(lw.data(), k + 1) : kPad;
    for (size_t k = 0; k < 4; ++k) w.suffix[k] = lw.size() > k ? hash_bytes(lw.data() + lw.size() - k - 1, k + 1) : kPad;
    if (res.word_stats) {
      auto it = res.word_stats->find(w.lower);
      if (it != res.word_stats->end()) w.stats = it->second;
    }
  }

  // Capitalised runs, bridged by connectors between capitalised words.
  for (size_t i = 0; i < n;) {
    if (!capitalised(forms[i])) {
      ++i;
      continue;
    }
    size_t e = i + 1;
    while (e < n) {
      if (capitalised(forms[e])) {
        ++e;
        continue;
      }
      size_t k = e;
      while (k < n && k < e + 2 && run_connector(forms[k])) ++k;
      if (k > e && k < n && capitalised(forms[k])) {
        e = k + 1;
        continue;
      }
      break;
    }
    uint64_t len = std::min<uint64_t>(e - i, 4);
    auto lower_at = [&](size_t j, long off) {
      long at = static_cast<long>(j) + off;
      return at < 0 || at >= static_cast<long>(n) ? kPad : words[at].lower;
    };
    for (size_t k = i; k < e; ++k) {
      words[k].run_before1 = lower_at(i, -1);
      words[k].run_before2 = lower_at(i, -2);
      words[k].run_after1 = lower_at(e - 1, 1);
      words[k].run_after2 = lower_at(e - 1, 2);
      words[k].run_first = words[i].lower;
      words[k].run_last = words[e - 1].lower;
      words[k].run_place = 1 + len * 4 + position_in(k, i, e);
    }
    i = e;
  }

  // Name lists: each word, and the longest listed phrase from each
  // capitalised word, left to right.
  if (res.name_lists && !res.name_lists->empty()) {
    for (size_t i = 0; i < n; ++i) {
      auto it = res.name_lists->find(hash_of(forms[i]));
      if (it != res.name_lists->end()) words[i].listed = it->second;
    }
    for (size_t i = 0; i < n;) {
      size_t matched = 0;
      if (capitalised(forms[i])) {
        for (size_t len = std::min(res.longest_listed, n - i); len >= 1 && !matched; --len) {
          std::string phrase(forms[i]);
          for (size_t k = 1; k < len; ++k) phrase.append(" ").append(forms[i + k]);
          auto it = res.name_lists->find(hash_of(phrase));
          if (it == res.name_lists->end()) continue;
          matched = len;
          for (size_t k = 0; k < len; ++k) words[i + k].listed_phrase = it->second * 4 + position_in(i + k, i, i + len);
        }
      }
      i += matched ? matched : 1;
    }
  }

  const Lexicon* lexicon = res.lexicon;
  if (!lexicon) return words;

  // Longest listed name starting at each capitalised word, left to right.
  size_t longest = std::min<size_t>(lexicon->longest_name(), 6);
  for (size_t i = 0; i < n;) {
    size_t matched = 0;
    if (capitalised(forms[i])) {
      for (size_t len = std::min(longest, n - i); len >= 1 && !matched; --len) {
        if (!capitalised(forms[i + len - 1])) continue;
        std::string phrase(forms[i]);
        for (size_t k = 1; k < len; ++k) phrase.append(" ").append(forms[i + k]);
        if (const NameEntry* e = lexicon->find_name(phrase)) {
          matched = len;
          uint64_t type = static_cast<uint64_t>(e->type) + 1;
          uint64_t kind = hash_of(e->kind);
          for (size_t k = 0; k < len; ++k) {
            words[i + k].gazetteer = type * 8 + position_in(i + k, i, i + len);
            words[i + k].gazetteer_kind = kind;
          }
        }
      }
    }
    i += matched ? matched : 1;
  }
  for (size_t i = 0; i < n; ++i) {
    WordInfo& w = words[i];
    std::string_view f = forms[i];
    if (auto t = lexicon->head_type(f)) w.head_type = static_cast<uint64_t>(*t) + 1;
    // Buildings and sites are a class of their own: news counts a "Hospital"
    // as an organization, GUM as a place; the model learns which.
    if (lexicon->is_facility_head(f)) w.head_type = kFacilityHead;
    if (lexicon->country_of_adjective(f)) w.demonym = 1;
    if (lexicon->is_not_name(f)) w.not_name = 1;
    if (i == 0) continue;
    std::string_view p = forms[i - 1];
    const std::string& lp = lower[i - 1];
    uint64_t cue = 0;
    if (lexicon->is_honorific(p)) cue |= 1;
    if (lexicon->is_military_title(p)) cue |= 2;
    if (lexicon->is_role(lp) || (i >= 2 && lexicon->is_role(lower[i - 2] + " " + lp))) cue |= 4;
    if (lexicon->is_place_preposition(lp)) cue |= 8;
    if (lexicon->is_organization_noun(lp)) cue |= 16;
    if (lexicon->is_place_noun(lp)) cue |= 32;
    w.cue = cue;
  }
  return words;
}

// The window network's classes: 0 = no name, 1 + type (person, place,
// organization, other name).
constexpr size_t kNetworkClasses = 1 + kTypes;

// Sparse ids of the window network's input (WindowSentence::sparse).
enum : uint16_t { kCapitalised, kAllCaps, kDigit, kNoVector, kFirst, kUposIds };

// The window network's view of a sentence: each word's vector (of its lower
// case) and sparse ids: shape flags and UPOS.
WindowSentence window_sentence(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& upos,
                               const WordVectors& vectors) {
  static const char* const kUpos[] = {"ADJ", "ADP",   "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN", "NUM",
                                      "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
  WindowSentence s;
  const size_t n = forms.size(), dim = vectors.dim();
  s.vectors.resize(n * dim);
  s.sparse.resize(n);
  for (size_t i = 0; i < n; ++i) {
    std::string_view f = forms[i];
    std::vector<uint16_t>& ids = s.sparse[i];
    if (!vectors.lookup(ascii_lower(f), s.vectors.data() + i * dim)) ids.push_back(kNoVector);
    if (capitalised(f)) ids.push_back(kCapitalised);
    if (in_capitals(f)) ids.push_back(kAllCaps);
    if (std::any_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; })) ids.push_back(kDigit);
    if (i == 0) ids.push_back(kFirst);
    for (uint16_t k = 0; k < 17; ++k)
      if (i < upos.size() && upos[i] == kUpos[k]) ids.push_back(kUposIds + k);
  }
  return s;
}

// Fills the guess fields of `words` from the network's probabilities. A
// word without a vector gets no guess, as it gets no cluster: a guess there
// learns GUM's odd tokens and takes their name from rare or invented place
// names in news ("the siege of Tarvik").
void set_guesses(const std::vector<float>& probs, const WindowSentence& input, std::vector<WordInfo>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (std::find(input.sparse[i].begin(), input.sparse[i].end(), kNoVector) != input.sparse[i].end()) continue;
    const float* p = probs.data() + i * kNetworkClasses;
    size_t best = static_cast<size_t>(std::max_element(p, p + kNetworkClasses) - p);
    uint64_t band = p[best] < 0.5f ? 0 : p[best] < 0.7f ? 1 : p[best] < 0.9f ? 2 : 3;
    words[i].guess_class = 1 + best;
    words[i].guess = 1 + best * 4 + band;
    for (int t = 0; t < kTypes; ++t) words[i].guess_tenths[t] = static_cast<uint64_t>(p[1 + t] * 10.0f);
  }
}

// Fills the guess fields of a sentence's words when there is a network.
void guess_with_network(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& upos,
                        const Resources& res, std::vector<WordInfo>& words) {
  if (!res.network || res.network->empty()) return;
  WindowSentence input = window_sentence(forms, upos, *res.vectors);
  set_guesses(res.network->predict(input), input, words);
}

constexpr size_t kMaxStatic = 160;
constexpr size_t kMaxTransition = 12;

// Features of word i that do not look at labels.
size_t static_features(const std::vector<WordInfo>& words, size_t i, bool second, uint64_t* out) {
  auto at = [&](long k) -> const WordInfo& {
    long j = static_cast<long>(i) + k;
    return j < 0 || j >= static_cast<long>(words.size()) ? pad_info() : words[j];
  };
  const WordInfo& w = words[i];
  const WordInfo& l1 = at(-1);
  const WordInfo& l2 = at(-2);
  const WordInfo& r1 = at(1);
  const WordInfo& r2 = at(2);
  uint64_t initial = i == 0 ? 1 : 0;
  size_t n = 0;
  out[n++] = feature_key(1, 0);
  out[n++] = feature_key(2, w.form);
  out[n++] = feature_key(3, w.lower);
  out[n++] = feature_key(4, w.shape);
  for (int k = 0; k < 3; ++k) out[n++] = feature_key(5 + k, w.prefix[k]);
  for (int k = 0; k < 4; ++k) out[n++] = feature_key(8 + k, w.suffix[k]);
  out[n++] = feature_key(12, w.upos);
  out[n++] = feature_key(13, l1.upos, w.upos);
  out[n++] = feature_key(14, w.upos, r1.upos);
  out[n++] = feature_key(15, l1.upos);
  out[n++] = feature_key(16, r1.upos);
  out[n++] = feature_key(17, l1.lower);
  out[n++] = feature_key(18, r1.lower);
  out[n++] = feature_key(19, l2.lower);
  out[n++] = feature_key(20, r2.lower);
  out[n++] = feature_key(21, l1.shape, w.shape, r1.shape);
  out[n++] = feature_key(22, l1.shape);
  out[n++] = feature_key(23, r1.shape);
  out[n++] = feature_key(29, initial, w.shape);
  out[n++] = feature_key(30, initial, w.lower);
  out[n++] = feature_key(31, w.gazetteer);
  out[n++] = feature_key(32, w.gazetteer, w.shape);
  out[n++] = feature_key(33, l1.gazetteer);
  out[n++] = feature_key(34, r1.gazetteer);
  out[n++] = feature_key(35, w.gazetteer_kind);
  out[n++] = feature_key(36, w.cue, w.shape);
  out[n++] = feature_key(37, w.cue);
  out[n++] = feature_key(38, w.head_type);
  out[n++] = feature_key(39, r1.head_type, w.shape);
  out[n++] = feature_key(40, r2.head_type);
  out[n++] = feature_key(41, w.demonym, w.shape);
  out[n++] = feature_key(42, w.memory);
  out[n++] = feature_key(44, r1.memory);
  out[n++] = feature_key(45, w.memory, initial);
  out[n++] = feature_key(46, w.memory, w.shape);
  out[n++] = feature_key(47, w.not_name);
  out[n++] = feature_key(48, l1.lower, w.lower);
  out[n++] = feature_key(49, w.lower, r1.lower);
  out[n++] = feature_key(51, w.upos, w.shape);
  out[n++] = feature_key(52, l1.upos, w.upos, r1.upos);
  out[n++] = feature_key(54, w.contexts);
  for (uint64_t bit = 0; bit < kContextBits; ++bit)
    if (w.contexts & (uint64_t{1} << bit)) out[n++] = feature_key(55, bit, w.shape == l1.shape || w.shape == r1.shape);
  // Word statistics and name lists.
  out[n++] = feature_key(60, w.stats);
  out[n++] = feature_key(61, w.stats, w.shape, initial);
  out[n++] = feature_key(62, l1.stats, w.shape);
  out[n++] = feature_key(63, r1.stats, w.shape);
  out[n++] = feature_key(64, w.stats, w.upos);
  out[n++] = feature_key(65, w.listed);
  out[n++] = feature_key(66, w.listed, w.shape);
  out[n++] = feature_key(67, l1.listed, r1.listed);
  out[n++] = feature_key(68, w.listed_phrase);
  out[n++] = feature_key(69, w.listed, w.stats);
  // Word clusters (distributional classes from word vectors). A word the
  // vectors do not know gets no cluster feature of its own: "unknown" would
  // learn GUM's odd tokens and pull rare names in news towards no name.
  if (w.cluster[0]) {
    out[n++] = feature_key(90, w.cluster[2]);
    out[n++] = feature_key(91, w.cluster[1]);
    out[n++] = feature_key(92, w.cluster[0]);
    out[n++] = feature_key(93, w.cluster[1], w.shape);
    out[n++] = feature_key(96, w.cluster[0], w.run_place);
    out[n++] = feature_key(97, l1.cluster[0], w.cluster[0], r1.cluster[0]);
  }
  // The window network's guesses.
  if (w.guess) {
    out[n++] = feature_key(98, w.guess);
    out[n++] = feature_key(99, w.guess, w.shape);
    out[n++] = feature_key(100, l1.guess_class, w.guess, r1.guess_class);
    for (int t = 0; t < kTypes; ++t) out[n++] = feature_key(101, static_cast<uint64_t>(t), w.guess_tenths[t]);
  }
  if (l1.cluster[0]) out[n++] = feature_key(94, l1.cluster[1]);
  if (r1.cluster[0]) out[n++] = feature_key(95, r1.cluster[1]);
  // The capitalised run.
  out[n++] = feature_key(70, w.run_place);
  out[n++] = feature_key(71, w.run_last, w.run_place);
  out[n++] = feature_key(72, w.run_first, w.run_place);
  out[n++] = feature_key(73, w.run_last);
  out[n++] = feature_key(74, w.run_place, w.stats);
  out[n++] = feature_key(75, w.run_place, w.listed);
  out[n++] = feature_key(76, w.run_place, w.memory);
  if (w.run_place) {
    out[n++] = feature_key(77, w.run_before1, w.run_place);
    out[n++] = feature_key(78, w.run_before2, w.run_before1);
    out[n++] = feature_key(79, w.run_after1, w.run_place);
    out[n++] = feature_key(88, w.run_after1, w.run_after2);
  }
  if (second) {
    out[n++] = feature_key(80, w.first_label);
    out[n++] = feature_key(81, w.first_label, w.shape);
    out[n++] = feature_key(82, w.votes);
    out[n++] = feature_key(83, w.votes, w.first_label);
    out[n++] = feature_key(84, w.run_votes, w.run_place);
    out[n++] = feature_key(85, l1.first_label, w.first_label, r1.first_label);
    out[n++] = feature_key(86, w.votes, w.run_place);
    out[n++] = feature_key(87, w.votes, w.upos);
  }
  return n;
}

// Features of word i that look at the previous label p1 (-1 = none).
size_t transition_features(const std::vector<WordInfo>& words, size_t i, int p1, uint64_t* out) {
  const WordInfo& w = words[i];
  const WordInfo& r1 = i + 1 < words.size() ? words[i + 1] : pad_info();
  uint64_t t1 = static_cast<uint64_t>(p1 + 2);
  size_t n = 0;
  out[n++] = feature_key(24, t1);
  out[n++] = feature_key(26, t1, w.lower);
  out[n++] = feature_key(27, t1, w.shape);
  out[n++] = feature_key(28, t1, w.upos);
  out[n++] = feature_key(43, w.memory, t1);
  out[n++] = feature_key(50, t1, r1.lower);
  out[n++] = feature_key(53, t1, r1.shape);
  out[n++] = feature_key(56, w.contexts & 0xff, t1);
  out[n++] = feature_key(57, t1, w.stats);
  out[n++] = feature_key(58, t1, w.run_place);
  if (w.cluster[0]) out[n++] = feature_key(59, t1, w.cluster[1]);
  return n;
}

// Fills WordInfo::memory from the document memory.
void recall_memory(const std::vector<std::string_view>& forms, const NerMemory& memory, std::vector<WordInfo>& words) {
  for (size_t i = 0; i < forms.size(); ++i) {
    words[i].memory = 0;
    if (!capitalised(forms[i])) continue;
    auto it = memory.named.find(std::string(forms[i]));
    if (it != memory.named.end()) words[i].memory = it->second;
    auto c = memory.contexts.find(std::string(forms[i]));
    words[i].contexts = c == memory.contexts.end() ? 0 : c->second;
  }
}

// Context bits of NerMemory::contexts.
enum ContextBit : uint32_t {
  kAfterPlacePreposition = 1,  // "in X", "near X"
  kAfterTitle = 2,             // "Mr. X", "President X"
  kBeforePersonVerb = 4,       // "X said"
  kAfterThe = 8,               // "the X"
  kBeforePossessive = 16,      // "X's"
  kFirstOfRun = 32,            // first of two or more capitalised words
  kLastOfRun = 64,             // last of two or more capitalised words
  kAlone = 128,                // capitalised, neighbours not
  kLowerCase = 256,            // the same word in lower case somewhere
  kAfterOrgNoun = 512,         // "agency X"
  kBeforeWho = 1024,           // "X, who" / "X who"
  kAfterOf = 2048,             // "of X"
  kBeforeNoun = 4096,          // "X language", "X speakers": a modifier, not a person
  kAfterPlaceNoun = 8192,      // "the village X", "the city of X"
};

void note_contexts(const std::vector<std::string_view>& forms, const std::vector<WordInfo>& words,
                   const Lexicon* lexicon, NerMemory& memory) {
  static const uint64_t kNoun = hash_of("NOUN");
  size_t n = forms.size();
  for (size_t i = 0; i < n; ++i) {
    std::string_view f = forms[i];
    if (!capitalised(f)) {
      if (!f.empty() && f[0] >= 'a' && f[0] <= 'z') {
        std::string up(f);
        up[0] = static_cast<char>(up[0] - 'a' + 'A');
        memory.contexts[up] |= kLowerCase;
      }
      continue;
    }
    uint32_t bits = 0;
    std::string prev = i > 0 ? ascii_lower(forms[i - 1]) : "";
    std::string next = i + 1 < n ? ascii_lower(forms[i + 1]) : "";
    bool prev_cap = i > 0 && capitalised(forms[i - 1]);
    bool next_cap = i + 1 < n && capitalised(forms[i + 1]);
    if (prev == "the") bits |= kAfterThe;
    if (prev == "of") bits |= kAfterOf;
    if (next == "'s" || next == "’s") bits |= kBeforePossessive;
    if (next == "who" || (next == "," && i + 2 < n && ascii_lower(forms[i + 2]) == "who")) bits |= kBeforeWho;
    if (next_cap && !prev_cap) bits |= kFirstOfRun;
    if (prev_cap && !next_cap) bits |= kLastOfRun;
    if (!prev_cap && !next_cap) bits |= kAlone;
    if (i + 1 < n && !next_cap && words[i + 1].upos == kNoun) bits |= kBeforeNoun;
    if (lexicon) {
      if (i > 0 && lexicon->is_place_preposition(prev)) bits |= kAfterPlacePreposition;
      if (i > 0 && (lexicon->is_honorific(forms[i - 1]) || lexicon->is_military_title(forms[i - 1]) ||
                    lexicon->is_role(prev)))
        bits |= kAfterTitle;
      if (i > 0 && lexicon->is_organization_noun(prev)) bits |= kAfterOrgNoun;
      if ((i > 0 && lexicon->is_place_noun(prev)) ||
          (i > 1 && prev == "of" && lexicon->is_place_noun(ascii_lower(forms[i - 2]))))
        bits |= kAfterPlaceNoun;
      if (i + 1 < n && lexicon->is_person_verb(next)) bits |= kBeforePersonVerb;
    } else if (prev == "in" || prev == "at" || prev == "near" || prev == "from") {
      bits |= kAfterPlacePreposition;
    }
    memory.contexts[std::string(f)] |= bits;
  }
}

// Records the labels of a tagged sentence in the document memory: a form
// keeps the first type it was named with; a capitalised form seen outside
// names (not sentence-initially) is remembered as plain.
void remember(const std::vector<std::string_view>& forms, const std::vector<int>& labels, NerMemory& memory) {
  for (size_t i = 0; i < forms.size(); ++i) {
    if (!capitalised(forms[i])) continue;
    std::string key(forms[i]);
    if (labels[i] > 0) {
      auto [it, inserted] = memory.named.emplace(key, static_cast<uint8_t>(1 + type_of(labels[i])));
      if (!inserted && it->second == kSeenPlain) it->second = static_cast<uint8_t>(1 + type_of(labels[i]));
    } else if (i > 0) {
      memory.named.emplace(key, kSeenPlain);
    }
  }
}

std::vector<NamedSpan> spans_of(const std::vector<int>& labels) {
  std::vector<NamedSpan> out;
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == 0) continue;
    int p = position_of(labels[i]);
    size_t end = i + 1;
    if (p == kBegin) {
      while (end < labels.size() && labels[end] > 0 && position_of(labels[end]) == kInside) ++end;
      if (end < labels.size() && labels[end] > 0 && position_of(labels[end]) == kLast) ++end;
    } else if (p != kUnit) {
      continue;
    }
    if (type_of(labels[i]) != kOther)
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end), node_type(type_of(labels[i]))});
    i = end - 1;
  }
  return out;
}

std::vector<int> labels_of(const std::vector<NamedSpan>& spans, const std::vector<NamedSpan>& other, size_t n) {
  std::vector<int> labels(n, 0);
  for (const NamedSpan& s : spans) {
    int t = type_index(s.type);
    if (s.end == s.begin + 1) {
      labels[s.begin] = label(t, kUnit);
      continue;
    }
    for (uint32_t k = s.begin; k < s.end; ++k)
      labels[k] = label(t, k == s.begin ? kBegin : k + 1 == s.end ? kLast : kInside);
  }
  for (const NamedSpan& s : other)
    for (uint32_t k = s.begin; k < s.end; ++k)
      labels[k] = label(kOther, s.end == s.begin + 1 ? kUnit : k == s.begin ? kBegin : k + 1 == s.end ? kLast : kInside);
  return labels;
}

// The best valid label sequence: Viterbi over the previous label. `add`
// adds the weights of a key set to an array of per-class scores (Score).
template <typename Score, typename AddScores>
std::vector<int> viterbi(const std::vector<WordInfo>& words, bool second, const AddScores& add) {
  size_t n = words.size();
  std::vector<int> labels(n, 0);
  if (n == 0) return labels;
  constexpr double kNone = -std::numeric_limits<double>::infinity();
  std::vector<std::array<double, kClasses>> best(n);
  std::vector<std::array<int8_t, kClasses>> back(n);
  uint64_t keys[kMaxStatic];
  Score emit[kModelClasses], trans[kModelClasses];
  for (size_t i = 0; i < n; ++i) {
    bool last = i + 1 == n;
    std::fill(emit, emit + kModelClasses, Score{});
    add(keys, static_features(words, i, second, keys), emit);
    best[i].fill(kNone);
    auto relax = [&](int prev, double base) {
      std::fill(trans, trans + kModelClasses, Score{});
      add(keys, transition_features(words, i, prev, keys), trans);
      for (int c = 0; c < kClasses; ++c) {
        if (!valid(prev, c, last)) continue;
        double score = base + static_cast<double>(emit[c]) + static_cast<double>(trans[c]);
        if (score > best[i][c]) {
          best[i][c] = score;
          back[i][c] = static_cast<int8_t>(prev);
        }
      }
    };
    if (i == 0) {
      relax(-1, 0.0);
    } else {
      for (int prev = 0; prev < kClasses; ++prev)
        if (best[i - 1][prev] != kNone) relax(prev, best[i - 1][prev]);
    }
  }
  int c = 0;
  for (int k = 1; k < kClasses; ++k)
    if (best[n - 1][k] > best[n - 1][c]) c = k;
  for (size_t i = n; i-- > 0;) {
    labels[i] = c;
    c = back[i][c];
  }
  return labels;
}

std::vector<std::string_view> forms_of(const conllu::Sentence& s) {
  std::vector<std::string_view> out;
  for (const conllu::Word& w : s.words) out.push_back(w.form);
  return out;
}

std::vector<std::string_view> upos_of(const conllu::Sentence& s) {
  std::vector<std::string_view> out;
  for (const conllu::Word& w : s.words) out.push_back(w.upos);
  return out;
}

// Word statistics code of every word of `text` (see WordInfo::stats): how
// often it is capitalised when not sentence-initial (5 bands, or "never
// seen there"), how often it is PROPN (4 bands), how frequent it is (4 bands).
std::unordered_map<uint64_t, uint8_t> word_statistics(const std::vector<conllu::Sentence>& text) {
  struct Count {
    uint32_t total = 0, inner = 0, inner_capitalised = 0, propn = 0;
  };
  std::unordered_map<uint64_t, Count> counts;
  for (const conllu::Sentence& s : text)
    for (size_t k = 0; k < s.words.size(); ++k) {
      const std::string& f = s.words[k].form;
      Count& c = counts[hash_of(normalised(f))];
      ++c.total;
      if (s.words[k].upos == "PROPN") ++c.propn;
      bool letter = !f.empty() && ((f[0] >= 'a' && f[0] <= 'z') || (f[0] >= 'A' && f[0] <= 'Z'));
      if (k > 0 && letter) {
        ++c.inner;
        if (capitalised(f)) ++c.inner_capitalised;
      }
    }
  std::unordered_map<uint64_t, uint8_t> out;
  for (const auto& [key, c] : counts) {
    int cap = 5;
    if (c.inner > 0) {
      double r = static_cast<double>(c.inner_capitalised) / c.inner;
      cap = r == 0 ? 0 : r < 0.1 ? 1 : r < 0.5 ? 2 : r < 0.9 ? 3 : 4;
    }
    double p = static_cast<double>(c.propn) / c.total;
    int propn = p == 0 ? 0 : p < 0.2 ? 1 : p < 0.8 ? 2 : 3;
    int freq = c.total == 1 ? 0 : c.total < 10 ? 1 : c.total < 100 ? 2 : 3;
    out[key] = static_cast<uint8_t>(1 + cap + 6 * (propn + 4 * freq));
  }
  return out;
}

// The name lists of `dir` (one name a line), as NameList bits per name.
std::unordered_map<uint64_t, uint8_t> read_name_lists(const std::filesystem::path& dir, uint8_t* longest) {
  std::unordered_map<uint64_t, uint8_t> out;
  *longest = 0;
  if (dir.empty()) return out;
  static const std::pair<const char*, NameList> kFiles[] = {{"wordnet_given_names.txt", kGivenName},
                                                            {"wordnet_surnames.txt", kSurname},
                                                            {"wordnet_places.txt", kListedPlace},
                                                            {"wordnet_organizations.txt", kListedOrganization},
                                                            {"faker_given_names.txt", kGivenName},
                                                            {"faker_surnames.txt", kSurname}};
  for (const auto& [file, bit] : kFiles) {
    std::ifstream in(dir / file);
    std::string line;
    while (std::getline(in, line)) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      if (line.empty()) continue;
      size_t words = 1 + static_cast<size_t>(std::count(line.begin(), line.end(), ' '));
      if (words > 6) continue;
      *longest = std::max<uint8_t>(*longest, static_cast<uint8_t>(words));
      out[hash_of(line)] |= bit;
    }
  }
  return out;
}

// A sentence ready for tagging or training.
struct PreparedSentence {
  std::vector<std::string_view> forms;
  std::vector<WordInfo> words;
  std::vector<int> gold;  // training only
};
using PreparedDocument = std::vector<PreparedSentence>;

// The first pass's votes for a word form: majority type (0-3, 4 = only
// seen capitalised outside names), whether all its uses agree, and how many
// named uses it has (4 bands).
uint64_t vote_code(const std::array<uint16_t, kTypes + 1>& c) {
  int named = 0, major = kTypes;
  for (int t = 0; t < kTypes; ++t) {
    named += c[t];
    if (c[t] > 0 && (major == kTypes || c[t] > c[major])) major = t;
  }
  bool unanimous = named == 0 || (c[major] == named && c[kTypes] == 0);
  int band = named == 0 ? 0 : named == 1 ? 1 : named < 4 ? 2 : 3;
  return 1 + static_cast<uint64_t>(major) * 8 + (unanimous ? 4 : 0) + band;
}

// Fills the second-pass fields of doc's word infos from the first pass's
// labels.
void set_votes(PreparedDocument& doc, const std::vector<std::vector<int>>& first) {
  std::unordered_map<std::string_view, std::array<uint16_t, kTypes + 1>> counts;
  for (size_t s = 0; s < doc.size(); ++s)
    for (size_t i = 0; i < doc[s].forms.size(); ++i) {
      if (!capitalised(doc[s].forms[i])) continue;
      auto& c = counts.try_emplace(doc[s].forms[i]).first->second;
      if (first[s][i] > 0) ++c[type_of(first[s][i])];
      else if (i > 0) ++c[kTypes];
    }
  for (size_t s = 0; s < doc.size(); ++s) {
    std::vector<WordInfo>& words = doc[s].words;
    for (size_t i = 0; i < words.size(); ++i) {
      words[i].first_label = static_cast<uint64_t>(first[s][i]) + 1;
      words[i].votes = capitalised(doc[s].forms[i]) ? vote_code(counts[doc[s].forms[i]]) : 0;
    }
    uint64_t last_votes = 0;
    for (size_t i = words.size(); i-- > 0;) {
      if (words[i].run_place == 0) {
        words[i].run_votes = 0;
        continue;
      }
      int pos = static_cast<int>((words[i].run_place - 1) % 4);
      if (pos == kLast || pos == kUnit) last_votes = words[i].votes;
      words[i].run_votes = last_votes;
    }
  }
}

// Tags a document sentence by sentence with one model (`add` reads it),
// keeping the document memory as it goes.
template <typename Score, typename AddScores>
std::vector<std::vector<int>> run_pass(PreparedDocument& doc, const Lexicon* lexicon, bool second, const AddScores& add) {
  NerMemory memory;
  for (PreparedSentence& p : doc) note_contexts(p.forms, p.words, lexicon, memory);
  std::vector<std::vector<int>> out;
  for (PreparedSentence& p : doc) {
    recall_memory(p.forms, memory, p.words);
    out.push_back(viterbi<Score>(p.words, second, add));
    remember(p.forms, out.back(), memory);
  }
  return out;
}

}  // namespace

size_t NamedEntityTagger::num_weights() const {
  return model_.num_weights() + second_.num_weights();
}

NamedEntityTagger NamedEntityTagger::load(const std::filesystem::path& path, const Lexicon* lexicon) {
  Reader r(path, kMagic);
  NamedEntityTagger t;
  t.model_.load(r);
  if (t.model_.num_classes() != kModelClasses) r.fail("corrupt (class count)");
  if (r.get<uint8_t>()) {
    t.second_.load(r);
    if (t.second_.num_classes() != kModelClasses) r.fail("corrupt (second-pass class count)");
  }
  t.word_stats_ = load_table<uint8_t>(r);
  t.name_lists_ = load_table<uint8_t>(r);
  t.longest_listed_ = r.get<uint8_t>();
  t.word_clusters_.load(r);
  // Optional last section (models trained with --vectors): the word vectors
  // and the window network.
  if (!r.at_end() && r.get<uint8_t>()) {
    t.vectors_ = WordVectors::load(r);
    t.network_ = WindowNetwork::load(r);
    if (t.network_.classes() != kNetworkClasses) r.fail("corrupt (window network classes)");
  }
  r.expect_end();
  t.lexicon_ = lexicon;
  return t;
}

void NamedEntityTagger::save(const std::filesystem::path& path) const {
  Writer w;
  model_.save(w);
  bool second = second_.num_classes() > 0;
  w.put<uint8_t>(second ? 1 : 0);
  if (second) second_.save(w);
  save_table(w, word_stats_);
  save_table(w, name_lists_);
  w.put<uint8_t>(longest_listed_);
  word_clusters_.save(w);
  if (!network_.empty()) {
    w.put<uint8_t>(1);
    vectors_.save(w);
    network_.save(w);
  }
  w.save(path, kMagic);
}

std::vector<std::vector<NamedSpan>> NamedEntityTagger::tag_document(
    const std::vector<std::vector<std::string_view>>& forms,
    const std::vector<std::vector<std::string_view>>& upos) const {
  Resources res{lexicon_, &word_stats_, &name_lists_, longest_listed_, &word_clusters_, &vectors_, &network_};
  PreparedDocument doc(forms.size());
  static const std::vector<std::string_view> kNoTags;
  for (size_t s = 0; s < forms.size(); ++s) {
    doc[s].forms = forms[s];
    const std::vector<std::string_view>& tags = s < upos.size() ? upos[s] : kNoTags;
    doc[s].words = sentence_infos(forms[s], tags, res);
    guess_with_network(forms[s], tags, res, doc[s].words);
  }
  auto first_model = [this](const uint64_t* keys, size_t n, int32_t* scores) { model_.add_scores(keys, n, scores); };
  std::vector<std::vector<int>> labels = run_pass<int32_t>(doc, lexicon_, false, first_model);
  if (second_.num_classes() > 0) {
    set_votes(doc, labels);
    auto second_model = [this](const uint64_t* keys, size_t n, int32_t* scores) { second_.add_scores(keys, n, scores); };
    labels = run_pass<int32_t>(doc, lexicon_, true, second_model);
  }
  std::vector<std::vector<NamedSpan>> out;
  for (const std::vector<int>& l : labels) out.push_back(spans_of(l));
  return out;
}

std::vector<std::vector<NamedSpan>> NamedEntityTagger::tag_sentences(const std::vector<conllu::Sentence>& sentences) const {
  std::vector<std::vector<std::string_view>> forms, upos;
  for (const conllu::Sentence& s : sentences) {
    forms.push_back(forms_of(s));
    upos.push_back(upos_of(s));
  }
  return tag_document(forms, upos);
}

void NamedEntityTagger::tag(const Document& doc, std::vector<Mention>& out) const {
  std::vector<std::vector<std::string_view>> forms(doc.sentences.size()), upos(doc.sentences.size());
  for (size_t s = 0; s < doc.sentences.size(); ++s)
    for (uint32_t t = doc.sentences[s].first_token; t < doc.sentences[s].end_token; ++t) {
      forms[s].push_back(doc.form(doc.tokens[t]));
      upos[s].push_back(doc.tokens[t].upos);
    }
  std::vector<std::vector<NamedSpan>> names = tag_document(forms, upos);
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    for (const NamedSpan& span : names[s]) {
      Mention m;
      m.first_token = sentence.first_token + span.begin;
      m.end_token = sentence.first_token + span.end;
      m.span = {doc.tokens[m.first_token].span.begin, doc.tokens[m.end_token - 1].span.end};
      m.type = span.type;
      m.text = std::string(doc.slice(m.span));
      m.name = m.text;
      m.sentence = static_cast<int>(s);
      out.push_back(std::move(m));
    }
  }
}

// Training: the structured perceptron. Documents in a shuffled order,
// sentences in document order (so the document memory is built from the
// model's own guesses, as at run time); each sentence is decoded by Viterbi
// with the current weights, and where its labels differ from the gold ones
// the features of the gold sequence gain and those of the guess lose.
// The second pass is trained the same way on documents whose first-pass
// fields come from first-pass models that did not see them (jackknife).
class NerTrainer {
 public:
  static NamedEntityTagger train(const std::vector<NerDocument>& train, const std::vector<NerDocument>* dev,
                                 const Lexicon* lexicon, const NerTrainOptions& options) {
    NamedEntityTagger shell;
    shell.lexicon_ = lexicon;
    shell.word_stats_ = word_statistics(options.background);
    shell.name_lists_ = read_name_lists(options.name_lists, &shell.longest_listed_);
    if (options.log)
      *options.log << "ner: word statistics for " << shell.word_stats_.size() << " words, " << shell.name_lists_.size()
                   << " listed names\n";
    shell.word_clusters_ = WordClusters::from_tsv(options.word_clusters);
    if (options.log && !options.word_clusters.empty())
      *options.log << "ner: word clusters for " << shell.word_clusters_.size() << " words\n";
    Resources res{lexicon, &shell.word_stats_, &shell.name_lists_, shell.longest_listed_, &shell.word_clusters_};

    std::vector<PreparedDocument> docs(train.size());
    for (size_t d = 0; d < train.size(); ++d)
      for (size_t s = 0; s < train[d].sentences.size(); ++s) {
        const conllu::Sentence& sentence = train[d].sentences[s];
        PreparedSentence p;
        p.forms = forms_of(sentence);
        p.words = sentence_infos(p.forms, upos_of(sentence), res);
        static const std::vector<NamedSpan> kNone;
        p.gold = labels_of(train[d].names[s], s < train[d].other_names.size() ? train[d].other_names[s] : kNone,
                           sentence.words.size());
        docs[d].push_back(std::move(p));
      }
    std::vector<PreparedDocument*> all;
    for (PreparedDocument& d : docs) all.push_back(&d);
    if (!options.word_vectors.empty()) train_network(train, options, shell, docs);

    NamedEntityTagger result = shell;
    std::function<double(const PerceptronModel&)> first_dev = [&](const PerceptronModel& m) {
      NamedEntityTagger candidate = shell;
      candidate.model_ = m;
      return evaluate_ner(candidate, *dev).overall.f1();
    };
    if (options.log) *options.log << "ner: first pass\n";
    result.model_ = train_pass(all, lexicon, false, options.iterations, options, dev ? &first_dev : nullptr);
    if (options.ensemble > 1) {
      std::vector<PerceptronModel> members;
      members.push_back(std::move(result.model_));
      for (int k = 1; k < options.ensemble; ++k) {
        NerTrainOptions member = options;
        member.seed = options.seed + static_cast<uint64_t>(k);
        if (options.log) *options.log << "ner: first pass, ensemble member " << k + 1 << "\n";
        members.push_back(train_pass(all, lexicon, false, options.iterations, member, dev ? &first_dev : nullptr));
      }
      std::vector<const PerceptronModel*> pointers;
      for (const PerceptronModel& m : members) pointers.push_back(&m);
      result.model_ = PerceptronModel::average(pointers);
    }
    if (options.folds < 2) return result;

    size_t folds = static_cast<size_t>(options.folds);
    for (size_t f = 0; f < folds; ++f) {
      size_t begin = docs.size() * f / folds, end = docs.size() * (f + 1) / folds;
      std::vector<PreparedDocument*> rest;
      for (size_t d = 0; d < docs.size(); ++d)
        if (d < begin || d >= end) rest.push_back(&docs[d]);
      PerceptronModel fold_model = train_pass(rest, lexicon, false, options.fold_iterations, options, nullptr);
      auto add = [&fold_model](const uint64_t* keys, size_t n, int32_t* scores) { fold_model.add_scores(keys, n, scores); };
      for (size_t d = begin; d < end; ++d) set_votes(docs[d], run_pass<int32_t>(docs[d], lexicon, false, add));
      if (options.log) *options.log << "ner: fold " << f + 1 << " of " << folds << " tagged\n";
    }
    std::function<double(const PerceptronModel&)> second_dev = [&](const PerceptronModel& m) {
      NamedEntityTagger candidate = result;
      candidate.second_ = m;
      return evaluate_ner(candidate, *dev).overall.f1();
    };
    if (options.log) *options.log << "ner: second pass\n";
    result.second_ = train_pass(all, lexicon, true, options.second_iterations, options, dev ? &second_dev : nullptr);
    return result;
  }

 private:
  // Reads the word vectors into `shell` and trains its window network on all
  // of `train`; the guesses the perceptron learns from come from networks
  // that did not see the document (jackknife: every k-th document a fold),
  // so they are as good as at run time, not better.
  static void train_network(const std::vector<NerDocument>& train, const NerTrainOptions& options,
                            NamedEntityTagger& shell, std::vector<PreparedDocument>& docs) {
    shell.vectors_ = WordVectors::read_text(options.word_vectors, options.vector_words);
    std::vector<std::vector<WindowSentence>> windows(train.size());
    for (size_t d = 0; d < train.size(); ++d)
      for (size_t s = 0; s < train[d].sentences.size(); ++s) {
        const PreparedSentence& p = docs[d][s];
        WindowSentence w = window_sentence(p.forms, upos_of(train[d].sentences[s]), shell.vectors_);
        for (int g : p.gold) w.gold.push_back(static_cast<uint8_t>(g == 0 ? 0 : 1 + type_of(g)));
        windows[d].push_back(std::move(w));
      }
    auto train_on = [&](size_t skip_fold, size_t folds) {
      std::vector<const WindowSentence*> data;
      for (size_t d = 0; d < windows.size(); ++d)
        if (folds == 0 || d % folds != skip_fold)
          for (const WindowSentence& w : windows[d]) data.push_back(&w);
      return WindowNetwork::train(data, shell.vectors_.dim(), kNetworkClasses, options.network);
    };
    const size_t folds = static_cast<size_t>(std::max(options.network_folds, 2));
    size_t named = 0, named_right = 0, guessed = 0;
    for (size_t f = 0; f < folds; ++f) {
      WindowNetwork fold = train_on(f, folds);
      for (size_t d = f; d < docs.size(); d += folds)
        for (size_t s = 0; s < docs[d].size(); ++s) {
          set_guesses(fold.predict(windows[d][s]), windows[d][s], docs[d][s].words);
          for (size_t i = 0; i < docs[d][s].words.size(); ++i) {
            uint64_t guess = docs[d][s].words[i].guess_class, gold = windows[d][s].gold[i];
            guess = guess == 0 ? 0 : guess - 1;  // words without a vector count as no name
            named += gold != 0;
            guessed += guess != 0;
            named_right += gold != 0 && guess == gold;
          }
        }
    }
    if (options.log)
      *options.log << "ner: window network guesses on held-out folds: name words " << named << ", guessed " << guessed
                   << ", right " << named_right << " (P " << 1.0 * named_right / std::max<size_t>(guessed, 1) << ", R "
                   << 1.0 * named_right / std::max<size_t>(named, 1) << ")\n";
    shell.network_ = train_on(0, 0);
    if (options.log) *options.log << "ner: window network over " << shell.vectors_.size() << " word vectors\n";
  }

  // Trains one pass's model; with `dev_f1`, keeps the iteration it scores
  // best, else the last.
  static PerceptronModel train_pass(const std::vector<PreparedDocument*>& docs, const Lexicon* lexicon, bool second,
                                    int iterations, const NerTrainOptions& options,
                                    const std::function<double(const PerceptronModel&)>* dev_f1) {
    PerceptronTrainer trainer(kModelClasses);
    std::mt19937_64 rng(options.seed);
    std::vector<size_t> order(docs.size());
    std::iota(order.begin(), order.end(), 0);
    PerceptronModel best;
    double best_f1 = -1;
    int best_iteration = 0;
    uint64_t keys[kMaxStatic], other[kMaxTransition];
    auto add = [&trainer](const uint64_t* k, size_t n, float* scores) { trainer.add_scores(k, n, scores); };
    for (int it = 1; it <= iterations; ++it) {
      std::shuffle(order.begin(), order.end(), rng);
      size_t correct = 0, total = 0;
      for (size_t d : order) {
        PreparedDocument& doc = *docs[d];
        NerMemory memory;
        for (PreparedSentence& p : doc) note_contexts(p.forms, p.words, lexicon, memory);
        for (PreparedSentence& p : doc) {
          recall_memory(p.forms, memory, p.words);
          std::vector<int> guesses = viterbi<float>(p.words, second, add);
          trainer.tick();
          for (size_t i = 0; i < p.forms.size(); ++i) {
            int g = p.gold[i], y = guesses[i];
            int gp = i == 0 ? -1 : p.gold[i - 1], yp = i == 0 ? -1 : guesses[i - 1];
            correct += g == y;
            ++total;
            if (g != y) trainer.update(keys, static_features(p.words, i, second, keys), g, y);
            if (gp == yp) {
              if (g != y) trainer.update(keys, transition_features(p.words, i, gp, keys), g, y);
            } else {
              trainer.update(keys, transition_features(p.words, i, gp, keys), g, kSink);
              trainer.update(other, transition_features(p.words, i, yp, other), kSink, y);
            }
          }
          remember(p.forms, guesses, memory);
        }
      }
      if (!dev_f1 && it < iterations) continue;
      PerceptronModel candidate = trainer.finish(options.min_weight);
      double f1 = dev_f1 ? (*dev_f1)(candidate) : -1;
      if (options.log && dev_f1)
        *options.log << "ner iteration " << it << ": train label accuracy "
                     << 100.0 * correct / std::max<size_t>(total, 1) << "%, dev F1 " << f1 << ", "
                     << candidate.num_weights() << " weights\n";
      if (!dev_f1 || f1 > best_f1) {
        best_f1 = f1;
        best_iteration = it;
        best = std::move(candidate);
      }
    }
    if (options.log && dev_f1) *options.log << "ner: kept iteration " << best_iteration << " (dev F1 " << best_f1 << ")\n";
    return best;
  }
};

NamedEntityTagger train_ner(const std::vector<NerDocument>& train, const std::vector<NerDocument>* dev,
                            const Lexicon* lexicon, const NerTrainOptions& options) {
  return NerTrainer::train(train, dev, lexicon, options);
}

}  // namespace newsgraph::nlp
