// Named-entity tagger (extract/nlp/ner_model.h) on news sentences we wrote,
// about invented people, places and bodies; and the GUM gold rule
// (extract/nlp/gum_entities.h) on a hand-made CoNLL-U sentence.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/nlp/conllu.h"
#include "extract/nlp/gum_entities.h"
#include "extract/nlp/lexicon.h"
#include "extract/nlp/ner_model.h"
#include "extract/nlp/tagger.h"
#include "extract/text/tokenizer.h"
#include "extract/text/unicode.h"
#include "tests/test_support.h"

using namespace newsgraph;

namespace {

struct Models {
  Lexicon lexicon = Lexicon::load(testing::source_dir() / "schemas");
  nlp::Tagger tagger = nlp::Tagger::load(testing::source_dir() / "models/tagger.bin");
  nlp::NamedEntityTagger ner = nlp::NamedEntityTagger::load(testing::source_dir() / "models/ner.bin", &lexicon);
};

// The GUM documents of a CoNLL-U text written in the test.
std::vector<nlp::NerDocument> gum_documents_of(const std::string& text) {
  std::istringstream in(text);
  return nlp::gum_documents(conllu::read(in, "invented"));
}

const Models& models() {
  static const Models m;
  return m;
}

// The names of one space-separated sentence as "type:words" strings.
std::vector<std::string> names(const std::string& sentence) {
  std::istringstream in(sentence);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  std::vector<std::string_view> forms(words.begin(), words.end());
  std::vector<int> classes;
  models().tagger.tag_forms(forms, classes);
  std::vector<std::string_view> upos;
  for (int c : classes) upos.push_back(models().tagger.upos(c));
  std::vector<std::string> out;
  const std::vector<std::vector<nlp::NamedSpan>> tagged = models().ner.tag_document({forms}, {upos});
  for (const nlp::NamedSpan& s : tagged[0]) {
    std::string text;
    for (uint32_t k = s.begin; k < s.end; ++k) text += (k == s.begin ? "" : " ") + words[k];
    out.push_back(std::string(to_string(s.type)) + ":" + text);
  }
  return out;
}

bool has(const std::vector<std::string>& found, const std::string& name) {
  for (const std::string& f : found)
    if (f == name) return true;
  return false;
}

// Invented: three people and three places, each the subject of "X spoke .",
// so only the words themselves tell the types apart.
const std::vector<std::pair<std::string, std::string>> kSpeakers = {
    {"Tarvik", "person"}, {"Dunmere", "place"}, {"Holm", "person"},
    {"Corvay", "place"},  {"Ansel", "person"},  {"Brisk", "place"}};

// `documents` GUM documents, each with every speaker's sentence `repeats` times.
std::vector<nlp::NerDocument> speaker_documents(int documents, int repeats) {
  std::string text;
  for (int d = 0; d < documents; ++d) {
    text += "# newdoc id = GUM_news_invented" + std::to_string(d) + "\n";
    for (int i = 0; i < repeats; ++i)
      for (const auto& [word, type] : kSpeakers)
        text += "1\t" + word + "\t" + word + "\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-" + type +
                "-new-nnnnn-cf1-1-sgl)\n2\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  }
  return gum_documents_of(text);
}

// Trains on `docs` with `options`, deletes the file `resource` the options
// read (what the model needs of it must travel in the model file), saves,
// loads, and returns the type of the unseen "Selbo" in "Selbo spoke .".
NodeType type_of_selbo(const std::vector<nlp::NerDocument>& docs, const nlp::NerTrainOptions& options,
                       const std::filesystem::path& resource) {
  nlp::NamedEntityTagger trained = nlp::train_ner(docs, nullptr, nullptr, options);
  std::filesystem::remove(resource);
  testing::TempDir dir;
  trained.save(dir.path() / "ner.bin");
  nlp::NamedEntityTagger loaded = nlp::NamedEntityTagger::load(dir.path() / "ner.bin", nullptr);
  std::vector<std::vector<nlp::NamedSpan>> tags =
      loaded.tag_document({{"Selbo", "spoke", "."}}, {{"PROPN", "VERB", "PUNCT"}});
  REQUIRE(tags[0].size() == 1);
  return tags[0][0].type;
}

}  // namespace

TEST_CASE("ner: person after a title", "[ner]") {
  auto found = names("The talks were led by Mr. Halvorsen , the deputy minister , on Tuesday .");
  INFO(Catch::Detail::stringify(found));
  bool person = has(found, "person:Halvorsen") || has(found, "person:Mr. Halvorsen");
  CHECK(person);
}

TEST_CASE("ner: organization with Committee", "[ner]") {
  auto found = names("The Regional Water Committee rejected the plan on Monday .");
  INFO(Catch::Detail::stringify(found));
  CHECK(has(found, "organization:Regional Water Committee"));
}

TEST_CASE("ner: place after in", "[ner]") {
  auto found = names("Heavy rain flooded several streets in Tarvik on Sunday , officials said .");
  INFO(Catch::Detail::stringify(found));
  CHECK(has(found, "place:Tarvik"));
}

TEST_CASE("ner: multi-token names", "[ner]") {
  auto found = names("Lena Morrow , a senator from Ohio , said the Riverside Water Authority would appeal .");
  INFO(Catch::Detail::stringify(found));
  CHECK(has(found, "person:Lena Morrow"));
  CHECK(has(found, "place:Ohio"));
  CHECK(has(found, "organization:Riverside Water Authority"));
}

TEST_CASE("ner: sentence-initial names", "[ner]") {
  auto found = names("Halvard Brenn told reporters that the vote would go ahead .");
  INFO(Catch::Detail::stringify(found));
  CHECK(has(found, "person:Halvard Brenn"));
  auto plain = names("Officials in the capital declined to comment .");
  INFO(Catch::Detail::stringify(plain));
  CHECK(plain.empty());
}

TEST_CASE("ner: tag() on a tokenized document gives mentions with offsets", "[ner]") {
  Document doc;
  doc.text = "Lena Morrow arrived in Tarvik on Friday. Morrow met the Regional Water Committee there.";
  tokenize(doc);
  for (const Sentence& s : doc.sentences) {
    std::vector<std::string_view> forms;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) forms.push_back(doc.form(doc.tokens[t]));
    std::vector<int> classes;
    models().tagger.tag_forms(forms, classes);
    for (size_t k = 0; k < forms.size(); ++k) doc.tokens[s.first_token + k].upos = models().tagger.upos(classes[k]);
  }
  std::vector<Mention> mentions;
  models().ner.tag(doc, mentions);
  std::vector<std::string> seen;
  for (const Mention& m : mentions) {
    CHECK(m.text == doc.slice(m.span));
    CHECK(m.name == m.text);
    CHECK(m.kind.empty());
    REQUIRE(m.sentence >= 0);
    CHECK(m.first_token >= doc.sentences[m.sentence].first_token);
    CHECK(m.end_token <= doc.sentences[m.sentence].end_token);
    seen.push_back(std::string(to_string(m.type)) + ":" + m.text);
  }
  INFO(Catch::Detail::stringify(seen));
  CHECK(has(seen, "person:Lena Morrow"));
  CHECK(has(seen, "place:Tarvik"));
  CHECK(has(seen, "person:Morrow"));
  CHECK(has(seen, "organization:Regional Water Committee"));
}

TEST_CASE("robustness: ner on empty, punctuation-only and long sentences", "[ner]") {
  std::vector<std::string_view> none;
  CHECK(models().ner.tag_document({}, {}).empty());
  auto empty = models().ner.tag_document({none}, {none});
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].empty());
  std::vector<std::string_view> dots(3, "."), punct(3, "PUNCT");
  CHECK(models().ner.tag_document({dots}, {punct})[0].empty());
  // Every word capitalised, and no UPOS at all: spans stay inside the
  // sentence and do not overlap.
  std::vector<std::string_view> caps(500, "Nordvik"), empty_upos;
  auto tagged = models().ner.tag_document({dots, caps}, {punct, empty_upos});
  REQUIRE(tagged.size() == 2);
  const auto& spans = tagged[1];
  uint32_t last_end = 0;
  for (const nlp::NamedSpan& s : spans) {
    CHECK(s.begin >= last_end);
    CHECK(s.end > s.begin);
    CHECK(s.end <= caps.size());
    last_end = s.end;
  }
}

TEST_CASE("ner: GUM gold rule keeps the name inside the mention", "[ner]") {
  // An invented sentence in GUM's format: "Yesterday the mayor of Tarvik ,
  // Lena Morrow , visited the University of Nordvik ."
  const char* text =
      "# newdoc id = GUM_news_invented\n"
      "# meta::genre = news\n"
      "1\tYesterday\tyesterday\tNOUN\tNN\t_\t10\tobl:tmod\t_\tEntity=(1-time-new-nnnnn-cf1-1-sgl)\n"
      "2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(2-person-new-nnnnn-cf2-2-coref\n"
      "3\tmayor\tmayor\tNOUN\tNN\t_\t10\tnsubj\t_\t_\n"
      "4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tTarvik\tTarvik\tPROPN\tNNP\t_\t3\tnmod\t_\tEntity=(3-place-new-nnnnn-cf3-1-sgl)\n"
      "6\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
      "7\tLena\tLena\tPROPN\tNNP\t_\t3\tappos\t_\t_\n"
      "8\tMorrow\tMorrow\tPROPN\tNNP\t_\t7\tflat\t_\tEntity=2)\n"
      "9\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
      "10\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "11\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\tEntity=(4-organization-new-nnnnn-cf4-2-sgl\n"
      "12\tUniversity\tUniversity\tPROPN\tNNP\t_\t10\tobj\t_\t_\n"
      "13\tof\tof\tADP\tIN\t_\t14\tcase\t_\t_\n"
      "14\tNordvik\tNordvik\tPROPN\tNNP\t_\t12\tnmod\t_\tEntity=(5-place-new-nnnnn-cf5-1-sgl)4)\n"
      "15\t.\t.\tPUNCT\t.\t_\t10\tpunct\t_\t_\n\n";
  std::vector<nlp::NerDocument> docs = gum_documents_of(text);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].id == "GUM_news_invented");
  CHECK(docs[0].genre == "news");
  REQUIRE(docs[0].names.size() == 1);
  const auto& n = docs[0].names[0];
  // "the mayor of Tarvik, Lena Morrow" (head mayor, NOUN) names Lena Morrow
  // through the apposition; "the University of Nordvik" loses "the" and
  // hides the nested "Nordvik".
  REQUIRE(n.size() == 3);
  CHECK(n[0] == nlp::NamedSpan{4, 5, NodeType::Place});
  CHECK(n[1] == nlp::NamedSpan{6, 8, NodeType::Person});
  CHECK(n[2] == nlp::NamedSpan{11, 14, NodeType::Organization});
}

TEST_CASE("ner: GUM gold rule finds the name a title noun heads by flat", "[ner]") {
  // Invented: "The outgoing envoy Mara Lind resigned ." GUM's tree makes the
  // title noun the head and the name its flat dependents.
  const char* text =
      "# newdoc id = GUM_news_invented\n"
      "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-person-new-nnnnn-cf1-3,4,5-sgl\n"
      "2\toutgoing\toutgoing\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
      "3\tenvoy\tenvoy\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
      "4\tMara\tMara\tPROPN\tNNP\t_\t3\tflat\t_\t_\n"
      "5\tLind\tLind\tPROPN\tNNP\t_\t3\tflat\t_\tEntity=1)\n"
      "6\tresigned\tresign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
  std::vector<nlp::NerDocument> docs = gum_documents_of(text);
  REQUIRE(docs.size() == 1);
  const auto& n = docs[0].names[0];
  REQUIRE(n.size() == 1);
  CHECK(n[0] == nlp::NamedSpan{3, 5, NodeType::Person});  // Mara Lind, not the title
}

TEST_CASE("ner: GUM gold rule keeps numbers that belong to a name", "[ner]") {
  // Invented: "Take US - 75 to 10th Street ."
  const char* text =
      "# newdoc id = GUM_voyage_invented\n"
      "1\tTake\ttake\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "2\tUS\tUS\tPROPN\tNNP\t_\t1\tobj\t_\tEntity=(1-place-new-nnnnn-cf1-3-sgl\n"
      "3\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\t_\n"
      "4\t75\t75\tNUM\tCD\t_\t2\tnummod\t_\tEntity=1)\n"
      "5\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\t10th\t10th\tADJ\tJJ\t_\t7\tamod\t_\tEntity=(2-place-new-nnnnn-cf2-2-sgl\n"
      "7\tStreet\tStreet\tPROPN\tNNP\t_\t1\tobl\t_\tEntity=2)\n"
      "8\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
  std::vector<nlp::NerDocument> docs = gum_documents_of(text);
  REQUIRE(docs.size() == 1);
  const auto& n = docs[0].names[0];
  REQUIRE(n.size() == 2);
  CHECK(n[0] == nlp::NamedSpan{1, 4, NodeType::Place});  // US - 75
  CHECK(n[1] == nlp::NamedSpan{5, 7, NodeType::Place});  // 10th Street
}

TEST_CASE("ner: an ensemble model trains, saves and loads with the same tags", "[ner]") {
  // Invented: "Mara Quell visited Tarvik ." five times over, in one document.
  std::string text = "# newdoc id = GUM_news_invented\n";
  for (int i = 0; i < 5; ++i)
    text +=
        "1\tMara\tMara\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-nnnnn-cf1-2-sgl\n"
        "2\tQuell\tQuell\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n"
        "3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "4\tTarvik\tTarvik\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(2-place-new-nnnnn-cf2-1-sgl)\n"
        "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  std::vector<nlp::NerDocument> docs = gum_documents_of(text);
  nlp::NerTrainOptions options;
  options.iterations = 3;
  options.ensemble = 2;
  nlp::NamedEntityTagger trained = nlp::train_ner(docs, nullptr, nullptr, options);
  testing::TempDir dir;
  trained.save(dir.path() / "ner.bin");
  nlp::NamedEntityTagger loaded = nlp::NamedEntityTagger::load(dir.path() / "ner.bin", nullptr);
  CHECK(loaded.num_weights() == trained.num_weights());
  std::vector<std::vector<nlp::NamedSpan>> tags = loaded.tag_sentences(docs[0].sentences);
  CHECK(tags == trained.tag_sentences(docs[0].sentences));
  CHECK(tags[0] == docs[0].names[0]);  // learnt its only sentence
}

TEST_CASE("ner: word clusters carry a type to a name never seen in training", "[ner]") {
  // The speakers of one document: the people share one cluster, the places
  // another. "Selbo" is never seen: its cluster decides.
  std::vector<nlp::NerDocument> docs = speaker_documents(1, 3);
  REQUIRE(docs.size() == 1);
  auto selbo_in_cluster = [&](const std::string& selbo_clusters) {
    testing::TempDir dir;
    {
      std::ofstream out(dir.path() / "clusters.tsv");
      out << "# word\tk=4\tk=8\tk=16\n";
      for (const auto& [word, type] : kSpeakers)
        out << ascii_lower(word) << (type == "person" ? "\t0\t1\t2\n" : "\t3\t6\t12\n");
      out << "selbo\t" << selbo_clusters << "\n";
    }
    nlp::NerTrainOptions options;
    options.iterations = 4;
    options.word_clusters = dir.path() / "clusters.tsv";
    return type_of_selbo(docs, options, options.word_clusters);
  };
  CHECK(selbo_in_cluster("3\t6\t12") == NodeType::Place);
  CHECK(selbo_in_cluster("0\t1\t2") == NodeType::Person);
}

TEST_CASE("robustness: a malformed word-cluster file is refused with its name and line", "[ner]") {
  testing::TempDir dir;
  {
    std::ofstream out(dir.path() / "clusters.tsv");
    out << "# word\tk=4\tk=8\tk=16\nalpha\t0\t1\t2\nbeta\t1\n";
  }
  std::vector<nlp::NerDocument> docs = gum_documents_of(
      "# newdoc id = GUM_news_c\n1\tAlpha\tAlpha\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-person-new-nnnnn-cf1-1-sgl)\n\n");
  nlp::NerTrainOptions options;
  options.iterations = 1;
  options.word_clusters = dir.path() / "clusters.tsv";
  CHECK_THROWS_WITH(nlp::train_ner(docs, nullptr, nullptr, options),
                    Catch::Contains("clusters.tsv:3") && Catch::Contains("cluster numbers"));
  options.word_clusters = dir.path() / "missing.tsv";
  CHECK_THROWS_WITH(nlp::train_ner(docs, nullptr, nullptr, options), Catch::Contains("missing.tsv"));
}

TEST_CASE("ner: word vectors carry a type to a name never seen in training", "[ner]") {
  // As above, with word vectors instead of clusters: the people's vectors
  // point one way, the places' another; "Selbo" is never seen in training,
  // and its vector decides. Eight documents, so that the network that
  // guesses for each training document (jackknife) saw the other seven.
  std::vector<nlp::NerDocument> docs = speaker_documents(8, 1);
  REQUIRE(docs.size() == 8);
  auto selbo_with_vector = [&](const std::string& selbo_vector) {
    testing::TempDir dir;
    {
      std::ofstream out(dir.path() / "vectors.txt");
      out << "spoke 0.1 0.1 0.9\n. 0.0 0.2 0.2\n";
      int k = 0;
      for (const auto& [word, type] : kSpeakers) {
        float wiggle = 0.05f * static_cast<float>(k++ % 3);
        out << ascii_lower(word) << (type == "person" ? " 0.9 " + std::to_string(wiggle) + " 0.0\n"
                                                      : " " + std::to_string(wiggle) + " 0.9 0.0\n");
      }
      out << "selbo " << selbo_vector << "\n";
    }
    nlp::NerTrainOptions options;
    options.iterations = 4;
    options.word_vectors = dir.path() / "vectors.txt";
    options.network.epochs = 10;
    return type_of_selbo(docs, options, options.word_vectors);
  };
  CHECK(selbo_with_vector("0.1 0.85 0.0") == NodeType::Place);
  CHECK(selbo_with_vector("0.85 0.1 0.0") == NodeType::Person);
}
