// The NLP building blocks on small inputs we wrote: CoNLL-U round trip,
// projectivisation, the lemmatizer, model-file errors and the parse command.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "extract/nlp/conllu.h"
#include "extract/nlp/dependency_parser.h"
#include "extract/nlp/lemmatizer.h"
#include "extract/nlp/model_io.h"
#include "extract/nlp/nlp_models.h"
#include "extract/nlp/tagger.h"
#include "extract/nlp/word_classes.h"
#include "tests/test_support.h"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// Written for these tests: a multi-word token, a comment and an empty node.
const char* kConllu =
    "# sent_id = t1\n"
    "# text = The envoys don't agree.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tenvoys\tenvoy\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
    "3-4\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\tdo\tdo\tAUX\tVBP\t_\t5\taux\t_\t_\n"
    "4\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t_\t_\n"
    "5\tagree\tagree\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5.1\tagree\tagree\tVERB\tVB\t_\t_\t_\t0:root\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n"
    "\n"
    "# sent_id = t2\n"
    "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "\n";

}  // namespace

TEST_CASE("conllu: reading and writing keeps comments, MWT lines and empty nodes", "[nlp]") {
  std::istringstream in(kConllu);
  auto sentences = conllu::read(in, "test");
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].words.size() == 6);
  CHECK(sentences[0].comments.size() == 2);
  CHECK(sentences[0].verbatim.size() == 2);
  CHECK(sentences[0].words[4].head == 0);
  CHECK(sentences[0].words[4].misc == "SpaceAfter=No");
  std::ostringstream out;
  for (const auto& s : sentences) conllu::write(out, s);
  CHECK(out.str() == kConllu);
}

TEST_CASE("robustness: conllu rejects malformed lines naming the source", "[nlp]") {
  std::istringstream in("1\tword\tonly three\n\n");
  CHECK_THROWS_WITH(conllu::read(in, "bad.conllu"), Catch::Contains("bad.conllu:1"));
  std::istringstream gap("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n\n");
  CHECK_THROWS(conllu::read(gap, "gap"));
}

TEST_CASE("parser: projectivize lifts crossing arcs to the grandparent", "[nlp]") {
  // Arcs 3→1, 4→2, 1→4 with 3 the root: 4→2 and 1→4 both span word 3,
  // which neither dominates. The shorter, 4→2, is lifted first (2 → 1);
  // then 1→4 still spans 3 and is lifted to 3.
  std::vector<int> heads = {3, 4, 0, 1};
  nlp::projectivize(heads);
  CHECK(heads == std::vector<int>({3, 1, 0, 3}));
  std::vector<int> projective = {2, 0, 2, 3};
  nlp::projectivize(projective);
  CHECK(projective == std::vector<int>({2, 0, 2, 3}));
}

TEST_CASE("word classes: dictionary entries, names and regular endings", "[nlp]") {
  TempDir tmp;
  // A dictionary we wrote, in the format scripts/wordnet_pos.py derives.
  write_file(tmp / "wordnet_pos.tsv",
             "big\ta\nbottle\tnv\nhappy\ta\nnorvale\tP\nquick\ta\nran\tV\nstop\tnv\nstudy\tnv\n");
  write_file(tmp / "wordnet_given_names.txt", "Tamsin\n");
  write_file(tmp / "wordnet_surnames.txt", "Okafor\n");
  write_file(tmp / "wordnet_places.txt", "Norvale\nNew Norvale\n");
  nlp::WordClasses wc = nlp::WordClasses::from_lists(tmp.path());
  using W = nlp::WordClasses;
  CHECK(wc.lookup("stop") == (W::kNoun | W::kVerb));
  CHECK(wc.lookup("Ran") == W::kIrregularVerbForm);  // case does not matter
  CHECK(wc.lookup("NORVALE") == (W::kName | W::kPlace));
  CHECK(wc.lookup("Tamsin") == W::kGivenName);
  CHECK(wc.lookup("okafor") == W::kSurname);
  // Regular endings: the stem's classes (only those the ending fits) move up
  // by kStemShift, and the ending's id goes to bits 24 and up.
  CHECK(wc.lookup("stopped") == (W::kVerb << W::kStemShift | 2u << 24));
  CHECK(wc.lookup("bottling") == (W::kVerb << W::kStemShift | 3u << 24));
  CHECK(wc.lookup("studies") == ((W::kNoun | W::kVerb) << W::kStemShift | 1u << 24));
  CHECK(wc.lookup("happiest") == (W::kAdjective << W::kStemShift | 4u << 24));
  CHECK(wc.lookup("bigger") == (W::kAdjective << W::kStemShift | 4u << 24));
  CHECK(wc.lookup("quickly") == (W::kAdjective << W::kStemShift | 5u << 24));
  // Unknown words, and endings on a stem of the wrong class.
  CHECK(wc.lookup("zorbling") == 0);
  CHECK(wc.lookup("quicking") == 0);
  CHECK(wc.lookup("") == 0);
  CHECK_THROWS_WITH(nlp::WordClasses::from_lists(tmp / "nowhere"), Catch::Contains("wordnet_pos.tsv"));
}

TEST_CASE("tagger: the committed model knows dictionary words it never saw in training", "[nlp]") {
  nlp::Tagger tagger = nlp::Tagger::load(source_dir() / "models" / nlp::kTaggerFile);
  // WordNet adjectives and verbs, rare in the treebanks, in frames we wrote.
  conllu::Sentence s;
  int id = 0;
  for (const char* w : {"The", "crowd", "grew", "obstreperous", "and", "the", "guards", "hollered", "."})
    s.words.push_back(conllu::Word{++id, w});
  tagger.tag(s);
  CHECK(s.words[3].upos == "ADJ");
  CHECK(s.words[7].upos == "VERB");
}

TEST_CASE("lemmatizer: rules and exceptions learned from a treebank", "[nlp]") {
  nlp::Lemmatizer lem = nlp::Lemmatizer::load(source_dir() / "models" / nlp::kLemmatizerFile);
  CHECK(lem.lemma("went", "VBD") == "go");
  CHECK(lem.lemma("men", "NNS") == "man");
  CHECK(lem.lemma("militias", "NNS") == "militia");
  CHECK(lem.lemma("was", "VBD") == "be");
  CHECK(lem.lemma("studies", "NNS") == "study");
  CHECK(lem.lemma("captured", "VBD") == "capture");
  CHECK(lem.lemma("The", "DT") == "the");
  CHECK(lem.lemma("Brenn", "NNP") == "Brenn");
  // Invented words follow the suffix rules.
  CHECK(lem.lemma("zorbling", "VBG") == "zorble");
  CHECK(lem.lemma("flimbers", "NNS") == "flimber");
  // A rule learnt from "'m" (strip 2 bytes) must not cut the two-byte "´"
  // of "´m" in half: the lemma stays valid UTF-8.
  std::string lemma = lem.lemma("\xC2\xB4m", "VBP");
  CHECK(lemma.rfind("\xC2\xB4", 0) == 0);
}

TEST_CASE("robustness: missing or corrupt model files are named in the error", "[nlp]") {
  TempDir tmp;
  CHECK_THROWS_WITH(nlp::Tagger::load(tmp / "tagger.bin"), Catch::Contains("tagger.bin") && Catch::Contains("not found"));
  write_file(tmp / "parser.bin", "this is not a model");
  CHECK_THROWS_AS(nlp::DependencyParser::load(tmp / "parser.bin"), nlp::ModelError);
  CHECK_THROWS_WITH(nlp::DependencyParser::load(tmp / "parser.bin"), Catch::Contains("parser.bin"));
  // A real model cut short.
  std::string tagger = read_file(source_dir() / "models" / nlp::kTaggerFile);
  write_file(tmp / "short.bin", tagger.substr(0, tagger.size() / 2));
  CHECK_THROWS_WITH(nlp::Tagger::load(tmp / "short.bin"), Catch::Contains("short.bin"));
  write_file(tmp / "lemmatizer.tsv", "# newsgraph lemmatizer 1\nX\tbroken\n");
  CHECK_THROWS_WITH(nlp::Lemmatizer::load(tmp / "lemmatizer.tsv"), Catch::Contains("lemmatizer.tsv:2"));
  CHECK_THROWS_WITH(nlp::NlpModels::load(tmp / "nowhere"), Catch::Contains("tagger.bin"));
}

TEST_CASE("parse --conllu-in keeps IDs, forms and MWT lines and predicts the rest", "[nlp][cli]") {
  TempDir tmp;
  write_file(tmp / "in.conllu", kConllu);
  CommandResult r = run_command(shell_quote(binary().string()) + " parse --conllu-in " +
                                shell_quote((tmp / "in.conllu").string()));
  REQUIRE(r.exit_code == 0);
  std::istringstream in(r.out);
  auto out = conllu::read(in, "output");
  REQUIRE(out.size() == 2);
  REQUIRE(out[0].words.size() == 6);
  CHECK(out[0].verbatim.size() == 2);
  CHECK(out[0].verbatim[0].text.rfind("3-4\tdon't", 0) == 0);
  CHECK(out[0].comments[0] == "# sent_id = t1");
  int roots = 0;
  for (const auto& w : out[0].words) {
    CHECK(w.upos != "_");
    CHECK(w.xpos != "_");
    CHECK(w.lemma != "_");
    CHECK(w.deprel != "_");
    CHECK(w.head >= 0);
    CHECK(w.head <= 6);
    roots += w.head == 0;
  }
  CHECK(roots == 1);
  CHECK(out[0].words[1].form == "envoys");
  CHECK(out[0].words[1].lemma == "envoy");
}

TEST_CASE("parse FILE prints CoNLL-U of a page; usage errors exit 2", "[nlp][cli]") {
  TempDir tmp;
  write_file(tmp / "story.txt",
             "Government troops recaptured the northern town on Sunday after heavy fighting with rebels.\n");
  CommandResult r = run_command(shell_quote(binary().string()) + " parse " + shell_quote((tmp / "story.txt").string()));
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("# newdoc id = story") != std::string::npos);
  CHECK(r.out.find("# text = Government troops recaptured") != std::string::npos);
  CHECK(r.out.find("\trecapture\tVERB\tVBD\t") != std::string::npos);
  CHECK(r.out.find("\troot\t") != std::string::npos);

  CHECK(run_command(shell_quote(binary().string()) + " parse").exit_code == 2);
  CHECK(run_command(shell_quote(binary().string()) + " parse --bogus x.txt").exit_code == 2);
  CHECK(run_command(shell_quote(binary().string()) + " parse --help").exit_code == 0);
  CommandResult missing = run_command(shell_quote(binary().string()) + " parse " + shell_quote((tmp / "none.txt").string()));
  CHECK(missing.exit_code == 1);
  CommandResult no_models = run_command(shell_quote(binary().string()) + " parse --models " +
                                        shell_quote(tmp.path().string()) + " " + shell_quote((tmp / "story.txt").string()));
  CHECK(no_models.exit_code == 1);
  CHECK(no_models.out.find("tagger.bin") != std::string::npos);
  CHECK(run_command(shell_quote(binary().string()) + " train").exit_code == 2);
  CHECK(run_command(shell_quote(binary().string()) + " train tagger --help").exit_code == 0);
}

namespace {

// "We ate pizza with X .": X hangs on the noun when it is food (nmod) and on
// the verb when it is a utensil (obl). The tags are the same either way, so
// only the words, or their clusters, can tell the parser which.
conllu::Sentence dining_sentence(const std::string& verb, const std::string& dish, const std::string& with_what,
                                 bool food) {
  conllu::Sentence s;
  auto add = [&](const char* form, const char* upos, const char* xpos, int head, const char* deprel) {
    conllu::Word w;
    w.id = static_cast<int>(s.words.size()) + 1;
    w.form = form;
    w.upos = upos;
    w.xpos = xpos;
    w.head = head;
    w.deprel = deprel;
    s.words.push_back(w);
  };
  add("We", "PRON", "PRP", 2, "nsubj");
  add(verb.c_str(), "VERB", "VBD", 0, "root");
  add(dish.c_str(), "NOUN", "NN", 2, "obj");
  add("with", "ADP", "IN", 5, "case");
  add(with_what.c_str(), "NOUN", "NNS", food ? 3 : 2, food ? "nmod" : "obl");
  add(".", "PUNCT", ".", 2, "punct");
  return s;
}

// The head the parser gives the with-phrase's noun (1-based; 2 = the verb,
// 3 = the dish).
int with_head(const nlp::DependencyParser& parser, const std::string& with_what) {
  conllu::Sentence s = dining_sentence("ate", "soup", with_what, true);
  parser.parse(s);
  return s.words[4].head;
}

}  // namespace

TEST_CASE("parser: word clusters carry an attachment to words never seen in training", "[nlp]") {
  TempDir tmp;
  // Invented clusters: foods in one class, utensils in another (all levels).
  write_file(tmp / "clusters.tsv",
             "# word\tc64\tc256\tc1024\n"
             "anchovies\t1\t1\t1\nolives\t1\t1\t1\nmushrooms\t1\t1\t1\npeppers\t1\t1\t1\n"
             "forks\t2\t2\t2\nspoons\t2\t2\t2\nchopsticks\t2\t2\t2\nknives\t2\t2\t2\n");
  std::vector<conllu::Sentence> train;
  for (const char* verb : {"ate", "cooked", "served"})
    for (const char* dish : {"pizza", "pasta", "salad"}) {
      for (const char* food : {"anchovies", "olives", "mushrooms"}) train.push_back(dining_sentence(verb, dish, food, true));
      for (const char* tool : {"forks", "spoons", "chopsticks"}) train.push_back(dining_sentence(verb, dish, tool, false));
    }
  nlp::ParserTrainOptions options;
  options.iterations = 8;
  nlp::DependencyParser plain = nlp::train_parser(train, nullptr, options);
  // Without clusters, the two unseen words look alike: one head for both.
  CHECK(with_head(plain, "peppers") == with_head(plain, "knives"));

  options.word_clusters = tmp / "clusters.tsv";
  nlp::DependencyParser clustered = nlp::train_parser(train, nullptr, options);
  CHECK(with_head(clustered, "peppers") == 3);
  CHECK(with_head(clustered, "knives") == 2);
  // The clusters travel inside the model file.
  clustered.save(tmp / "parser.bin");
  nlp::DependencyParser loaded = nlp::DependencyParser::load(tmp / "parser.bin");
  CHECK(with_head(loaded, "peppers") == 3);
  CHECK(with_head(loaded, "knives") == 2);

  options.word_clusters = tmp / "missing.tsv";
  CHECK_THROWS_WITH(nlp::train_parser(train, nullptr, options), Catch::Contains("missing.tsv"));
}
