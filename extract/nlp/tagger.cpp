#include "extract/nlp/tagger.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <random>
#include <unordered_set>

#include "extract/nlp/participle_modifier.h"
#include "extract/text/unicode.h"

namespace newsgraph::nlp {

namespace {

constexpr const char* kMagic = "newsgraph-tagger-2\n";

// Per-word values the features combine, computed once per sentence.
struct WordInfo {
  uint64_t form, lower, shape;
  uint64_t ambiguity;  // the classes the word had in training; kUnknown if rare
  uint64_t prefix[3], suffix[4];
  uint64_t dictionary;  // WordClasses::lookup bits; 0 when the dictionary lacks the word
};

constexpr int kFeatures = 48;
constexpr uint64_t kPad = 0x5eed;  // the value of a position outside the sentence
constexpr uint64_t kUnknown = 0x0dd;


WordInfo word_info(std::string_view w, const AmbiguityClasses& lexicon, const WordClasses& dictionary) {
  WordInfo info;
  info.dictionary = dictionary.lookup(w);
  auto known = lexicon.find(w);
  info.ambiguity = known == lexicon.end() ? kUnknown : known->second;
  info.form = hash_bytes(w.data(), w.size());
  std::string lower(w);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (c >= '0' && c <= '9') c = '0';
  }
  info.lower = hash_bytes(lower.data(), lower.size());
  info.shape = shape_hash(w, 6, 0x77);
  for (size_t k = 0; k < 3; ++k)
    info.prefix[k] = lower.size() > k ? hash_bytes(lower.data(), k + 1) : kPad;
  for (size_t k = 0; k < 4; ++k)
    info.suffix[k] = lower.size() > k ? hash_bytes(lower.data() + lower.size() - k - 1, k + 1) : kPad;
  return info;
}

// Finite past verbs the greedy tagger reads as participles.
//
// Deciding left to right, the tagger tags "shelled" in "Government forces
// shelled rebel positions" or "struck" in "said warplanes struck targets"
// before it sees the object, and often takes it for a reduced relative
// ("the town shelled by ..."), VBN, which the parser then hangs on the next
// noun. A VBN with a noun or pronoun before it (adverbs skipped), no
// auxiliary or modal in the four words before that, and the start of a noun
// phrase after it is nearly always a finite verb: in UD English EWT and GUM
// (gold tags) 2,582 such words are VBD and 40 VBN. Most of the 40 are naming
// and labelling participles ("a group called X", "a letter dated May 2") and
// participles before a time ("a statement issued Monday"), left alone here.
bool is_auxiliary(std::string_view w) {
  static const std::unordered_set<std::string_view> kAux = {
      "have", "has", "had", "having", "'ve", "'d", "be", "is", "was", "were", "been", "being", "are",
      "am", "'s", "'re", "get", "got", "gets", "getting", "become", "became", "becomes"};
  return kAux.count(w) > 0;
}

bool is_naming_participle(std::string_view w) {
  static const std::unordered_set<std::string_view> kNaming = {
      "called", "named", "dubbed", "known", "titled", "entitled", "nicknamed", "labelled", "labeled",
      "branded", "termed", "dated", "deemed", "considered", "described", "based", "backed", "led",
      "given", "shown", "born", "aged"};
  return kNaming.count(w) > 0;
}

constexpr int kMinLexiconCount = 2;

const WordInfo& pad_info() {
  static const WordInfo pad = [] {
    WordInfo p;
    p.form = p.lower = p.shape = p.ambiguity = p.dictionary = kPad;
    for (auto& x : p.prefix) x = kPad;
    for (auto& x : p.suffix) x = kPad;
    return p;
  }();
  return pad;
}

// Features of word i given the classes of the two words before it
// (-1 = sentence start, -2 = before that).
size_t features(const std::vector<WordInfo>& words, size_t i, int64_t p1, int64_t p2, uint64_t* out) {
  auto at = [&](long k) -> const WordInfo& {
    long j = static_cast<long>(i) + k;
    return j < 0 || j >= static_cast<long>(words.size()) ? pad_info() : words[j];
  };
  const WordInfo& w = words[i];
  const WordInfo& l1 = at(-1);
  const WordInfo& l2 = at(-2);
  const WordInfo& r1 = at(1);
  const WordInfo& r2 = at(2);
  uint64_t t1 = static_cast<uint64_t>(p1 + 8), t2 = static_cast<uint64_t>(p2 + 8);
  size_t n = 0;
  out[n++] = feature_key(1, 0);
  out[n++] = feature_key(2, w.form);
  out[n++] = feature_key(3, w.lower);
  for (int k = 0; k < 4; ++k) out[n++] = feature_key(4 + k, w.suffix[k]);
  for (int k = 0; k < 3; ++k) out[n++] = feature_key(8 + k, w.prefix[k]);
  out[n++] = feature_key(11, w.shape);
  out[n++] = feature_key(12, t1);
  out[n++] = feature_key(13, t1, t2);
  out[n++] = feature_key(14, t1, w.lower);
  out[n++] = feature_key(15, l1.lower);
  out[n++] = feature_key(16, l1.suffix[2]);
  out[n++] = feature_key(17, l2.lower);
  out[n++] = feature_key(18, r1.lower);
  out[n++] = feature_key(19, r1.suffix[2]);
  out[n++] = feature_key(20, r2.lower);
  out[n++] = feature_key(21, l1.lower, w.lower);
  out[n++] = feature_key(22, w.lower, r1.lower);
  out[n++] = feature_key(23, t1, r1.lower);
  out[n++] = feature_key(24, r1.shape);
  out[n++] = feature_key(25, l1.shape, w.shape, r1.shape);
  out[n++] = feature_key(26, t2);
  out[n++] = feature_key(27, w.suffix[2], r1.suffix[1]);
  out[n++] = feature_key(28, i == 0 ? 1 : 0, w.shape);
  out[n++] = feature_key(29, r1.suffix[0], r2.suffix[0]);
  out[n++] = feature_key(30, t1, w.suffix[2]);
  out[n++] = feature_key(31, w.ambiguity);
  out[n++] = feature_key(32, r1.ambiguity);
  out[n++] = feature_key(33, r2.ambiguity);
  out[n++] = feature_key(34, w.ambiguity, r1.ambiguity);
  out[n++] = feature_key(35, t1, w.ambiguity);
  out[n++] = feature_key(36, t1, r1.ambiguity);
  out[n++] = feature_key(37, r1.ambiguity, r2.ambiguity);
  out[n++] = feature_key(38, w.lower, r1.ambiguity);
  // What a dictionary says of the word: most errors are on words unseen in
  // training, and there the affixes and shape are all the model has.
  out[n++] = feature_key(39, w.dictionary);
  out[n++] = feature_key(40, w.dictionary, w.shape);
  out[n++] = feature_key(41, w.dictionary, t1);
  out[n++] = feature_key(42, w.dictionary, r1.dictionary);
  out[n++] = feature_key(43, l1.dictionary, w.dictionary);
  out[n++] = feature_key(44, w.dictionary, w.suffix[2]);
  out[n++] = feature_key(45, w.dictionary, i == 0 ? 1 : 0, r1.ambiguity);
  return n;
}

std::vector<WordInfo> infos(const std::vector<std::string_view>& forms, const AmbiguityClasses& lexicon,
                            const WordClasses& dictionary) {
  std::vector<WordInfo> out;
  out.reserve(forms.size());
  for (std::string_view f : forms) out.push_back(word_info(f, lexicon, dictionary));
  return out;
}

template <typename Score>
int best_class(const Score* scores, int n) {
  int best = 0;
  for (int c = 1; c < n; ++c)
    if (scores[c] > scores[best]) best = c;
  return best;
}

std::vector<std::string_view> forms_of(const conllu::Sentence& s) {
  std::vector<std::string_view> forms;
  for (const conllu::Word& w : s.words) forms.push_back(w.form);
  return forms;
}

}  // namespace

Tagger Tagger::load(const std::filesystem::path& path) {
  Reader r(path, kMagic);
  Tagger t;
  uint32_t n = r.get<uint32_t>();
  if (n == 0 || n > 4096) r.fail("corrupt (class count)");
  for (uint32_t i = 0; i < n; ++i) {
    t.xpos_.push_back(r.get_string());
    t.upos_.push_back(r.get_string());
  }
  uint32_t entries = r.get<uint32_t>();
  for (uint32_t i = 0; i < entries; ++i) {
    std::string form = r.get_string();
    uint32_t cls = r.get<uint32_t>();
    if (cls >= n) r.fail("corrupt (tag dictionary)");
    t.tag_dictionary_[form] = static_cast<int>(cls);
  }
  uint32_t words = r.get<uint32_t>();
  for (uint32_t i = 0; i < words; ++i) {
    std::string form = r.get_string();
    t.ambiguity_[form] = r.get<uint64_t>();
  }
  t.word_classes_.load(r);
  t.model_.load(r);
  if (t.model_.num_classes() != static_cast<int>(n)) r.fail("corrupt (class count mismatch)");
  r.expect_end();
  t.finite_past_ = t.class_of("VBD", "VERB");
  t.plural_noun_ = t.class_of("NNS", "NOUN");
  t.base_verb_ = t.class_of("VB", "VERB");
  t.participle_ = t.class_of("VBN", "VERB");
  return t;
}

void Tagger::save(const std::filesystem::path& path) const {
  Writer w;
  w.put<uint32_t>(static_cast<uint32_t>(upos_.size()));
  for (size_t i = 0; i < upos_.size(); ++i) {
    w.put_string(xpos_[i]);
    w.put_string(upos_[i]);
  }
  std::map<std::string, int> sorted(tag_dictionary_.begin(), tag_dictionary_.end());
  w.put<uint32_t>(static_cast<uint32_t>(sorted.size()));
  for (const auto& [form, cls] : sorted) {
    w.put_string(form);
    w.put<uint32_t>(static_cast<uint32_t>(cls));
  }
  std::map<std::string, uint64_t> lexicon(ambiguity_.begin(), ambiguity_.end());
  w.put<uint32_t>(static_cast<uint32_t>(lexicon.size()));
  for (const auto& [form, amb] : lexicon) {
    w.put_string(form);
    w.put<uint64_t>(amb);
  }
  word_classes_.save(w);
  model_.save(w);
  w.save(path, kMagic);
}

int Tagger::class_of(std::string_view xpos, std::string_view upos) const {
  for (size_t i = 0; i < upos_.size(); ++i)
    if (xpos_[i] == xpos && upos_[i] == upos) return static_cast<int>(i);
  return -1;
}

void Tagger::tag_forms(const std::vector<std::string_view>& forms, std::vector<int>& classes) const {
  std::vector<WordInfo> words = infos(forms, ambiguity_, word_classes_);
  classes.assign(forms.size(), 0);
  uint64_t keys[kFeatures + 2];
  std::vector<int32_t> scores(upos_.size());
  int64_t p1 = -1, p2 = -2;
  for (size_t i = 0; i < forms.size(); ++i) {
    int cls;
    auto known = tag_dictionary_.empty() ? tag_dictionary_.end()
                                         : tag_dictionary_.find(forms[i]);
    if (known != tag_dictionary_.end()) {
      cls = known->second;
    } else {
      size_t n = features(words, i, p1, p2, keys);
      std::fill(scores.begin(), scores.end(), 0);
      model_.add_scores(keys, n, scores.data());
      cls = best_class(scores.data(), static_cast<int>(scores.size()));
    }
    classes[i] = cls;
    p2 = p1;
    p1 = cls;
  }
  prefer_finite_past(forms, classes);
  prefer_participle_modifier(forms, classes);
  prefer_bare_infinitive(forms, classes);
}

void Tagger::prefer_finite_past(const std::vector<std::string_view>& forms,
                                std::vector<int>& classes) const {
  if (finite_past_ < 0 || plural_noun_ < 0) return;
  auto xpos_at = [&](size_t k) -> const std::string& { return xpos_[classes[k]]; };
  auto noun_like = [](const std::string& x) { return is_noun_xpos(x) || x == "PRP"; };
  auto finite_verb = [](const std::string& x) { return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"; };
  auto phrase_start = [](const std::string& x) {
    return x == "DT" || x == "PRP$" || x == "CD" || x == "JJ" || x == "JJR" || x == "JJS" || is_noun_xpos(x);
  };
  // A capitalised first word in -s before a past verb is its subject, not a
  // verb ("Rebels shelled ..."): in EWT and GUM the only VBZ there are
  // auxiliaries ("Has moved to ...").
  if (forms.size() > 2 && xpos_at(0) == "VBZ" && (xpos_at(1) == "VBD" || xpos_at(1) == "VBN") &&
      !forms[0].empty() && forms[0][0] >= 'A' && forms[0][0] <= 'Z' && forms[0].back() == 's' &&
      !is_auxiliary(ascii_lower(forms[0])) && ascii_lower(forms[0]) != "does")
    classes[0] = plural_noun_;
  // Where the sentence's first comma-enclosed participle ends: "The army ,
  // backed by Russian jets , recaptured the town" (its main verb follows).
  size_t interrupter_end = 0;
  bool finite = false;
  for (size_t i = 2; i < forms.size() && !interrupter_end && !finite; ++i) {
    finite = finite_verb(xpos_at(i));
    if (forms[i - 1] == "," && xpos_at(i) == "VBN" && noun_like(xpos_at(i - 2)))
      for (size_t k = i + 1; k + 1 < forms.size() && !interrupter_end && !finite_verb(xpos_at(k)); ++k)
        if (forms[k] == ",") interrupter_end = k;
  }
  for (size_t i = 1; i + 1 < forms.size(); ++i) {
    if (xpos_at(i) != "VBN" || !phrase_start(xpos_at(i + 1))) continue;
    std::string word = ascii_lower(forms[i]);
    if (is_naming_participle(word) || is_time_word(ascii_lower(forms[i + 1]))) continue;
    if (interrupter_end && i == interrupter_end + 1) {
      classes[i] = finite_past_;
      continue;
    }
    size_t j = i - 1;
    while (j > 0 && xpos_at(j) == "RB") --j;
    if (!noun_like(xpos_at(j))) continue;
    bool auxiliary = false;
    for (size_t k = j >= 4 ? j - 4 : 0; k < i && !auxiliary; ++k)
      auxiliary = xpos_at(k) == "MD" ||
                  (xpos_at(k).compare(0, 2, "VB") == 0 && is_auxiliary(ascii_lower(forms[k])));
    if (!auxiliary) classes[i] = finite_past_;
  }
}

// A past form that modifies the next noun inside a prepositional phrase
// ("the siege of two government controlled towns"; participle_modifier.h)
// is VBN, whether the tagger or prefer_finite_past made it VBD.
void Tagger::prefer_participle_modifier(const std::vector<std::string_view>& forms,
                                        std::vector<int>& classes) const {
  if (participle_ < 0) return;
  std::vector<std::string_view> xpos(classes.size());
  for (size_t k = 0; k < classes.size(); ++k) xpos[k] = xpos_[classes[k]];
  for (size_t i = 3; i + 1 < forms.size(); ++i)
    if (xpos[i] == "VBD" && modifies_next_noun(forms, xpos, i)) {
      classes[i] = participle_;
      xpos[i] = xpos_[participle_];
    }
}

namespace {

// Bare infinitives after a causative or perception verb's object.
//
// In "Air strikes helped the army break the siege" or "saw rebels take the
// town", the tagger, deciding left to right, reads the infinitive as the
// last word of a compound noun ("army break") and the parser loses the
// clause with its object. In UD English EWT and GUM (gold tags), a word
// between the object of help, let, make, see, watch, hear or feel and a
// following article or possessive is a base-form verb 12 times (VBP 2) and
// a noun never. Retagged here: a singular noun after another noun in that
// position, when the dictionary lists the word as a verb.
bool is_causative_or_perception(std::string_view w) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "help", "helps", "helped", "helping", "let", "lets", "letting", "make", "makes", "made",
      "making", "see", "sees", "saw", "seen", "seeing", "watch", "watches", "watched", "watching",
      "hear", "hears", "heard", "hearing", "feel", "feels", "felt", "feeling"};
  return kVerbs.count(w) > 0;
}

bool is_article_or_possessive(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "a", "an", "the", "its", "their", "his", "her", "our", "my", "your"};
  return kWords.count(w) > 0;
}

}  // namespace

void Tagger::prefer_bare_infinitive(const std::vector<std::string_view>& forms,
                                    std::vector<int>& classes) const {
  if (base_verb_ < 0 || word_classes_.empty()) return;
  auto xpos_at = [&](size_t k) -> const std::string& { return xpos_[classes[k]]; };
  auto in_noun_phrase = [](const std::string& x) { return is_noun_xpos(x) || x == "JJ" || x == "CD" || x == "HYPH"; };
  for (size_t i = 0; i + 3 < forms.size(); ++i) {
    if (xpos_at(i).compare(0, 2, "VB") != 0 || !is_causative_or_perception(ascii_lower(forms[i]))) continue;
    size_t j = i + 1;
    if (xpos_at(j) == "DT" || xpos_at(j) == "PRP$") ++j;
    size_t k = j;  // end of the noun run
    while (k < forms.size() && in_noun_phrase(xpos_at(k))) ++k;
    if (k - j < 2 || k >= forms.size() || !is_article_or_possessive(ascii_lower(forms[k]))) continue;
    const size_t w = k - 1;
    if (xpos_at(w) != "NN" || !is_noun_xpos(xpos_at(w - 1))) continue;
    if (word_classes_.is_verb_lemma(ascii_lower(forms[w]))) classes[w] = base_verb_;
  }
}

void Tagger::tag(Document& doc) const {
  std::vector<std::string_view> forms;
  std::vector<int> classes;
  for (const Sentence& s : doc.sentences) {
    forms.clear();
    for (uint32_t t = s.first_token; t < s.end_token; ++t) forms.push_back(doc.form(doc.tokens[t]));
    tag_forms(forms, classes);
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      doc.tokens[t].upos = upos_[classes[t - s.first_token]];
      doc.tokens[t].xpos = xpos_[classes[t - s.first_token]];
    }
  }
}

void Tagger::tag(conllu::Sentence& sentence) const {
  std::vector<int> classes;
  tag_forms(forms_of(sentence), classes);
  for (size_t i = 0; i < classes.size(); ++i) {
    sentence.words[i].upos = upos_[classes[i]];
    sentence.words[i].xpos = xpos_[classes[i]];
  }
}

class TaggerTrainer {
 public:
  static Tagger train(const std::vector<conllu::Sentence>& train,
                      const std::vector<conllu::Sentence>* dev, const TaggerTrainOptions& options);
};

Tagger TaggerTrainer::train(const std::vector<conllu::Sentence>& train,
                            const std::vector<conllu::Sentence>* dev, const TaggerTrainOptions& options) {
  Tagger tagger;
  if (!options.word_classes_dir.empty()) tagger.word_classes_ = WordClasses::from_lists(options.word_classes_dir);
  // Classes: (XPOS, UPOS) pairs, numbered by first appearance.
  std::map<std::pair<std::string, std::string>, int> class_of;
  std::unordered_map<std::string, std::map<int, int>> counts;  // form → class → count
  struct Example {
    std::vector<WordInfo> words;
    std::vector<int> gold;
    std::vector<std::string_view> forms;
  };
  std::vector<Example> examples;
  for (const conllu::Sentence& s : train) {
    Example ex;
    ex.forms = forms_of(s);
    for (const conllu::Word& w : s.words) {
      auto [it, inserted] = class_of.try_emplace({w.xpos, w.upos}, static_cast<int>(class_of.size()));
      if (inserted) {
        tagger.xpos_.push_back(w.xpos);
        tagger.upos_.push_back(w.upos);
      }
      ex.gold.push_back(it->second);
      ++counts[w.form][it->second];
    }
    examples.push_back(std::move(ex));
  }
  // Ambiguity classes: for words seen at least kMinLexiconCount times, the
  // classes that make up ≥ 10% of their occurrences. Rarer words look
  // unknown, as most words at test time that the tagger has not seen.
  // `leave_out` removes one occurrence of that class first: training words
  // then see the lexicon as it would be without their own occurrence, as
  // at test time (otherwise every training word looks known).
  auto ambiguity_of = [](const std::map<int, int>& by_class, int leave_out) {
    int total = -(leave_out >= 0);
    for (const auto& [cls, n] : by_class) total += n;
    if (total < kMinLexiconCount) return kUnknown;
    uint64_t amb = 0x61;
    for (const auto& [cls, n] : by_class)
      if (n - (cls == leave_out) > 0 && (n - (cls == leave_out)) * 10 >= total)
        amb = mix64(amb + static_cast<uint64_t>(cls) + 1);
    return amb;
  };
  for (const auto& [form, by_class] : counts) {
    uint64_t amb = ambiguity_of(by_class, -1);
    if (amb != kUnknown) tagger.ambiguity_[form] = amb;
  }
  for (Example& ex : examples) {
    ex.words = infos(ex.forms, tagger.ambiguity_, tagger.word_classes_);
    for (size_t i = 0; i < ex.words.size(); ++i)
      ex.words[i].ambiguity = ambiguity_of(counts[std::string(ex.forms[i])], ex.gold[i]);
  }
  // Tag dictionary: frequent words (≥ 20) with one class ≥ 99.5% of the time.
  for (const auto& [form, by_class] : counts) {
    int total = 0, best = 0, best_cls = 0;
    for (const auto& [cls, n] : by_class) {
      total += n;
      if (n > best) best = n, best_cls = cls;
    }
    if (total >= 20 && best >= 0.995 * total) tagger.tag_dictionary_[form] = best_cls;
  }
  const int num_classes = static_cast<int>(tagger.upos_.size());
  tagger.finite_past_ = tagger.class_of("VBD", "VERB");
  tagger.plural_noun_ = tagger.class_of("NNS", "NOUN");
  tagger.base_verb_ = tagger.class_of("VB", "VERB");
  tagger.participle_ = tagger.class_of("VBN", "VERB");
  PerceptronTrainer trainer(num_classes);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::vector<float> scores(num_classes);
  uint64_t keys[kFeatures + 2];
  double best_dev = -1;
  Tagger best = tagger;
  for (int iter = 1; iter <= options.iterations; ++iter) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t correct = 0, total = 0;
    for (size_t e : order) {
      const Example& ex = examples[e];
      int64_t p1 = -1, p2 = -2;
      for (size_t i = 0; i < ex.words.size(); ++i) {
        int guess;
        auto known = tagger.tag_dictionary_.find(ex.forms[i]);
        if (known != tagger.tag_dictionary_.end()) {
          guess = known->second;
        } else {
          size_t n = features(ex.words, i, p1, p2, keys);
          std::fill(scores.begin(), scores.end(), 0.0f);
          trainer.add_scores(keys, n, scores.data());
          guess = best_class(scores.data(), num_classes);
          trainer.tick();
          trainer.update(keys, n, ex.gold[i], guess);
        }
        correct += guess == ex.gold[i];
        ++total;
        // Condition on the guess, as at test time.
        p2 = p1;
        p1 = guess;
      }
    }
    tagger.model_ = trainer.finish(options.min_weight);
    double train_acc = 100.0 * correct / std::max<size_t>(total, 1);
    if (!dev) {
      best = tagger;
      if (options.log) *options.log << "tagger iteration " << iter << ": train " << train_acc << "%\n";
      continue;
    }
    size_t dev_upos = 0, dev_xpos = 0, dev_total = 0;
    for (conllu::Sentence s : *dev) {
      std::vector<std::string> gold_upos, gold_xpos;
      for (const auto& w : s.words) gold_upos.push_back(w.upos), gold_xpos.push_back(w.xpos);
      tagger.tag(s);
      for (size_t i = 0; i < s.words.size(); ++i) {
        dev_upos += s.words[i].upos == gold_upos[i];
        dev_xpos += s.words[i].xpos == gold_xpos[i];
        ++dev_total;
      }
    }
    double upos = 100.0 * dev_upos / std::max<size_t>(dev_total, 1);
    double xpos = 100.0 * dev_xpos / std::max<size_t>(dev_total, 1);
    if (options.log)
      *options.log << "tagger iteration " << iter << ": train " << train_acc << "%, dev UPOS " << upos
                   << "% XPOS " << xpos << "% (" << tagger.num_weights() << " weights)\n";
    if (upos + xpos > best_dev) {
      best_dev = upos + xpos;
      best = tagger;
    }
  }
  return best;
}

Tagger train_tagger(const std::vector<conllu::Sentence>& train,
                    const std::vector<conllu::Sentence>* dev, const TaggerTrainOptions& options) {
  return TaggerTrainer::train(train, dev, options);
}

}  // namespace newsgraph::nlp
