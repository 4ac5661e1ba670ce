// newsgraph train ner --train FILE --dev FILE -o MODEL: the named-entity
// tagger from GUM's entity annotation. Deterministic: the same data, tagger,
// schemas, options and seed give the same file.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/train_ner.h"
#include "extract/nlp/conllu.h"
#include "extract/nlp/gum_entities.h"
#include "extract/nlp/lexicon.h"
#include "extract/nlp/ner_eval.h"
#include "extract/nlp/ner_model.h"
#include "extract/nlp/tagger.h"
#include "extract/pipeline.h"

namespace newsgraph::cli {

namespace {

constexpr const char* kUsage = R"(Usage: newsgraph train ner --train FILE [--train FILE...] [--dev FILE] -o MODEL
                           [options]

Trains the named-entity tagger (person, place, organization; BILOU averaged
perceptron) from GUM CoNLL-U files with Entity= annotation in MISC, and
writes it to MODEL (models/ner.bin).

Options:
  --train FILE        training data (repeatable)
  --dev FILE          development data: F1 per iteration; the best is kept
  -o, --output MODEL  where to write the model
  --tagger MODEL      POS tagger whose UPOS tags the data (as at run time);
                      without it the gold UPOS columns are used
  --jackknife K       tag the training data with K POS taggers, each trained
                      on --tagger-train data plus the other folds of the
                      training documents, so the tagger errors the NER model
                      learns from are as frequent as at run time (needs
                      --tagger for the dev data)
  --tagger-train FILE the taggers' other training data (repeatable; the
                      committed tagger's: UD English EWT train)
  --tagger-iterations N   iterations of the jackknife taggers (default 14)
  --save-upos FILE    write the training data with its (jackknifed) UPOS
                      columns to FILE, to reuse with --upos-from
  --upos-from FILE    take the training data's UPOS columns from FILE (the
                      same sentences, as written by --save-upos) instead of
                      tagging them; gold names still come from --train
  --schemas DIR       gazetteers and lexicons for the gazetteer features
                      (default: the data directory's schemas/)
  --no-gazetteer      train without gazetteer features
  --background FILE   CoNLL-U text (gold UPOS) for the word statistics stored
                      in the model, e.g. UD English EWT (repeatable)
  --names DIR         the wordnet_*.txt and faker_*.txt name lists stored
                      in the model
                      (default: the schemas directory's gazetteers/)
  --clusters FILE     word clusters stored in the model (build/cluster_words'
                      TSV, models/word_clusters.tsv; default: none)
  --vectors FILE      word vectors (GloVe text format, models/word_vectors.md)
                      for a window network whose guesses are features; its
                      vectors are stored in the model (default: none)
  --vector-words N    how many of the vectors (most frequent first) to store
                      (default 100000)
  --network-hidden N  hidden units of the window network (default 64)
  --network-epochs N  training passes of the window network (default 6)
  --iterations N      training passes of the first pass (default 12)
  --second-iterations N   training passes of the second pass (default 8)
  --folds N           second pass trained on N-fold jackknifed first-pass
                      output (default 1 = one pass only; 4 was tried)
  --fold-iterations N training passes of the fold models (default 8)
  --seed N            document shuffling seed (default 1)
  --ensemble N        N first-pass models (seeds --seed, --seed + 1, ...)
                      averaged into one (default 1; the committed model: 3,
                      which scores at the mean of its members and runs at
                      the speed of one)
  --min-weight N      drop weights under N quantisation steps (default 1)
  --cross-validate K  instead of writing a model, train on K-1 of K slices of
                      the training documents and score the remaining slice,
                      K times; print the summed scores (a steadier signal
                      than one dev set)
)";

std::vector<conllu::Sentence> read_all(const std::vector<std::string>& paths) {
  std::vector<conllu::Sentence> all;
  for (const std::string& p : paths) {
    std::vector<conllu::Sentence> part = conllu::read_file(p);
    all.insert(all.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  return all;
}

size_t count_names(const std::vector<nlp::NerDocument>& docs) {
  size_t n = 0;
  for (const auto& d : docs)
    for (const auto& s : d.names) n += s.size();
  return n;
}

// Replaces the UPOS columns of `docs` by those of `tagged`, the same
// sentences in the same order; false when they are not the same.
bool copy_upos(const std::vector<conllu::Sentence>& tagged, std::vector<nlp::NerDocument>& docs) {
  size_t k = 0;
  for (auto& d : docs)
    for (auto& s : d.sentences) {
      if (k >= tagged.size() || tagged[k].words.size() != s.words.size()) return false;
      for (size_t w = 0; w < s.words.size(); ++w) {
        if (tagged[k].words[w].form != s.words[w].form) return false;
        s.words[w].upos = tagged[k].words[w].upos;
      }
      ++k;
    }
  return k == tagged.size();
}

void add_counts(const nlp::SpanCounts& from, nlp::SpanCounts& to) {
  to.true_positives += from.true_positives;
  to.false_positives += from.false_positives;
  to.false_negatives += from.false_negatives;
}

// Scores of k models, each trained on all documents but one slice and
// tagging that slice, summed. Slices take every k-th document, so each holds
// every genre.
nlp::NerScores cross_validated_scores(const std::vector<nlp::NerDocument>& docs, size_t k, const Lexicon* lexicon,
                                      const nlp::NerTrainOptions& options) {
  nlp::NerScores sum;
  for (size_t f = 0; f < k; ++f) {
    std::vector<nlp::NerDocument> rest, held_out;
    for (size_t d = 0; d < docs.size(); ++d) (d % k == f ? held_out : rest).push_back(docs[d]);
    nlp::NerScores s = nlp::evaluate_ner(nlp::train_ner(rest, nullptr, lexicon, options), held_out);
    add_counts(s.person, sum.person);
    add_counts(s.place, sum.place);
    add_counts(s.organization, sum.organization);
    add_counts(s.overall, sum.overall);
    std::cerr << "cross-validation slice " << f + 1 << " of " << k << ": F1 " << s.overall.f1() << "\n";
  }
  return sum;
}

}  // namespace

int run_train_ner(int argc, char** argv) {
  Options opts(argc, argv);
  if (opts.flag("-h", "--help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  std::vector<std::string> train_paths = opts.values("", "--train");
  auto dev_path = opts.value("", "--dev");
  auto output = opts.value("-o", "--output");
  auto tagger_path = opts.value("", "--tagger");
  auto schemas = opts.value("", "--schemas");
  bool no_gazetteer = opts.flag("", "--no-gazetteer");
  std::vector<std::string> background_paths = opts.values("", "--background");
  auto names_dir = opts.value("", "--names");
  auto clusters = opts.value("", "--clusters");
  auto vectors = opts.value("", "--vectors");
  auto vector_words = opts.value("", "--vector-words");
  auto network_hidden = opts.value("", "--network-hidden");
  auto network_epochs = opts.value("", "--network-epochs");
  auto iterations = opts.value("", "--iterations");
  auto seed = opts.value("", "--seed");
  auto ensemble = opts.value("", "--ensemble");
  auto folds = opts.value("", "--folds");
  auto jackknife = opts.value("", "--jackknife");
  std::vector<std::string> tagger_train_paths = opts.values("", "--tagger-train");
  auto tagger_iterations = opts.value("", "--tagger-iterations");
  auto fold_iterations = opts.value("", "--fold-iterations");
  auto second_iterations = opts.value("", "--second-iterations");
  auto min_weight = opts.value("", "--min-weight");
  auto save_upos = opts.value("", "--save-upos");
  auto upos_from = opts.value("", "--upos-from");
  auto cross_validate = opts.value("", "--cross-validate");
  std::vector<std::string> rest = opts.positional();
  auto usage_error = [](const std::string& why) {
    std::fprintf(stderr, "newsgraph train ner: %s\n\n%s", why.c_str(), kUsage);
    return 2;
  };
  if (opts.error()) return usage_error(*opts.error());
  if (!rest.empty()) return usage_error("unexpected argument '" + rest[0] + "'");
  if (train_paths.empty()) return usage_error("--train FILE is required");
  if (!output && !cross_validate) return usage_error("-o MODEL is required");
  unsigned iters = 0, seed_value = 0, min_w = 0, fold_count = 0, fold_iters = 0;
  if (!positive_option(folds, 1, &fold_count)) return usage_error("bad --folds");
  unsigned jackknife_folds = 0, tagger_iters = 0;
  if (jackknife && !positive_option(jackknife, 0, &jackknife_folds)) return usage_error("bad --jackknife");
  if (!positive_option(tagger_iterations, 14, &tagger_iters)) return usage_error("bad --tagger-iterations");
  if (jackknife_folds == 1) return usage_error("--jackknife needs at least 2 folds");
  if (!positive_option(fold_iterations, 8, &fold_iters)) return usage_error("bad --fold-iterations");
  unsigned second_iters = 0;
  if (!positive_option(second_iterations, 8, &second_iters)) return usage_error("bad --second-iterations");
  if (!positive_option(iterations, 12, &iters)) return usage_error("bad --iterations");
  if (!positive_option(seed, 1, &seed_value)) return usage_error("bad --seed");
  unsigned ensemble_size = 0;
  if (!positive_option(ensemble, 1, &ensemble_size) || ensemble_size > 255) return usage_error("bad --ensemble");
  if (!positive_option(min_weight, 1, &min_w)) return usage_error("bad --min-weight");

  // Gold names come from the gold trees, so documents are built before the
  // tagger replaces the UPOS columns.
  std::vector<nlp::NerDocument> train = nlp::gum_documents(read_all(train_paths));
  std::vector<nlp::NerDocument> dev;
  if (dev_path) dev = nlp::gum_documents(conllu::read_file(*dev_path));
  std::cerr << "train: " << train.size() << " documents, " << count_names(train) << " names; dev: " << dev.size()
            << " documents, " << count_names(dev) << " names\n";
  if (jackknife_folds >= 2) {
    std::vector<conllu::Sentence> tagger_train = read_all(tagger_train_paths);
    const size_t k = jackknife_folds;
    std::vector<nlp::NerDocument> gold = train;  // gold UPOS for the taggers
    for (size_t f = 0; f < k; ++f) {
      const size_t begin = train.size() * f / k, end = train.size() * (f + 1) / k;
      std::vector<conllu::Sentence> data = tagger_train;
      for (size_t d = 0; d < gold.size(); ++d)
        if (d < begin || d >= end) data.insert(data.end(), gold[d].sentences.begin(), gold[d].sentences.end());
      nlp::TaggerTrainOptions to;
      to.iterations = static_cast<int>(tagger_iters);
      to.seed = seed_value;
      nlp::Tagger t = nlp::train_tagger(data, nullptr, to);
      size_t ok = 0, total = 0;
      for (size_t d = begin; d < end; ++d)
        for (size_t s = 0; s < train[d].sentences.size(); ++s) {
          t.tag(train[d].sentences[s]);
          for (size_t w = 0; w < train[d].sentences[s].words.size(); ++w, ++total)
            ok += train[d].sentences[s].words[w].upos == gold[d].sentences[s].words[w].upos;
        }
      std::cerr << "jackknife tagger " << f + 1 << " of " << k << ": UPOS " << 100.0 * ok / std::max<size_t>(total, 1)
                << "% on its fold\n";
    }
  }
  bool train_tagged = jackknife_folds >= 2;
  if (upos_from) {
    if (!copy_upos(conllu::read_file(*upos_from), train)) {
      std::fprintf(stderr, "newsgraph train ner: %s does not hold the training sentences\n", upos_from->c_str());
      return 1;
    }
    train_tagged = true;
  }
  if (tagger_path) {
    nlp::Tagger tagger = nlp::Tagger::load(*tagger_path);
    for (auto* docs : {&train, &dev}) {
      if (docs == &train && train_tagged) continue;
      for (auto& d : *docs)
        for (auto& s : d.sentences) tagger.tag(s);
    }
  } else if (!upos_from) {
    std::cerr << "ner: no --tagger given; training and scoring on gold UPOS\n";
  }
  if (save_upos) {
    std::ofstream out(*save_upos);
    for (const auto& d : train)
      for (const auto& s : d.sentences) conllu::write(out, s);
  }
  std::optional<Lexicon> lexicon;
  if (!no_gazetteer) lexicon = Lexicon::load(schemas ? std::filesystem::path(*schemas) : default_data_dir() / "schemas");

  nlp::NerTrainOptions o;
  o.background = read_all(background_paths);
  std::filesystem::path schemas_dir = schemas ? std::filesystem::path(*schemas) : default_data_dir() / "schemas";
  if (!no_gazetteer) o.name_lists = names_dir ? std::filesystem::path(*names_dir) : schemas_dir / "gazetteers";
  if (clusters) o.word_clusters = *clusters;
  if (vectors) o.word_vectors = *vectors;
  unsigned words_kept = 0, hidden_units = 0, network_passes = 0;
  if (!positive_option(vector_words, 100000, &words_kept) || words_kept == 0) return usage_error("bad --vector-words");
  if (!positive_option(network_hidden, 64, &hidden_units) || hidden_units == 0) return usage_error("bad --network-hidden");
  if (!positive_option(network_epochs, 6, &network_passes)) return usage_error("bad --network-epochs");
  o.vector_words = words_kept;
  o.network.hidden = hidden_units;
  o.network.epochs = static_cast<int>(network_passes);
  std::cerr << "background: " << o.background.size() << " sentences\n";
  o.iterations = static_cast<int>(iters);
  o.seed = seed_value;
  o.ensemble = static_cast<int>(ensemble_size);
  o.folds = static_cast<int>(fold_count);
  o.fold_iterations = static_cast<int>(fold_iters);
  o.second_iterations = static_cast<int>(second_iters);
  o.min_weight = static_cast<int>(min_w);
  o.log = &std::cerr;
  if (cross_validate) {
    unsigned k = 0;
    if (!positive_option(cross_validate, 0, &k) || k < 2) return usage_error("bad --cross-validate");
    o.log = nullptr;
    nlp::NerScores sum = cross_validated_scores(train, k, lexicon ? &*lexicon : nullptr, o);
    std::cout << k << "-fold cross-validation over " << train.size() << " documents\n" << nlp::format_scores(sum);
    return 0;
  }
  nlp::NamedEntityTagger ner = nlp::train_ner(train, dev_path ? &dev : nullptr, lexicon ? &*lexicon : nullptr, o);
  ner.save(*output);
  if (dev_path) std::cerr << "ner: dev\n" << nlp::format_scores(nlp::evaluate_ner(ner, dev));
  std::cerr << "ner: " << ner.num_weights() << " weights → " << *output << "\n";
  return 0;
}

}  // namespace newsgraph::cli
