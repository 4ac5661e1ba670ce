// eval_ner: span-level precision, recall and F1 of the committed named-entity
// tagger on GUM test and dev (all kept genres, and news alone), per type and
// overall; a predicted name counts only with its exact words and type
// (extract/nlp/gum_entities.h says what a gold name is). UPOS comes from the
// committed POS tagger, as at run time.
//
//   build/eval_ner [DATA_DIR] [GUM_DIR] [--gold-pos] [--errors SPLIT]
//
// --errors SPLIT prints how many sentence-initial gold names were found, then,
// for every sentence of that split with a mistake, the gold names and the
// predicted ones ("[words] type"), instead of the scores.
//
// DATA_DIR holds models/ and schemas/ (default: the source checkout); GUM_DIR
// defaults to ../shared/data/gum beside it.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/nlp/lexicon.h"
#include "extract/nlp/ner_eval.h"
#include "extract/nlp/ner_model.h"
#include "extract/nlp/tagger.h"

using namespace newsgraph;

namespace {

std::string show(const conllu::Sentence& s, const std::vector<nlp::NamedSpan>& spans) {
  std::string out;
  for (const nlp::NamedSpan& span : spans) {
    out += "  [";
    for (uint32_t k = span.begin; k < span.end; ++k) out += (k > span.begin ? " " : "") + s.words[k].form;
    out += "] ";
    out += to_string(span.type);
  }
  return out;
}

void print_errors(const nlp::NamedEntityTagger& ner, const std::vector<nlp::NerDocument>& docs) {
  size_t initial_gold = 0, initial_found = 0;
  for (const nlp::NerDocument& doc : docs) {
    std::vector<std::vector<nlp::NamedSpan>> tagged = ner.tag_sentences(doc.sentences);
    for (size_t i = 0; i < doc.sentences.size(); ++i)
      for (const auto& g : doc.names[i])
        if (g.begin == 0) {
          ++initial_gold;
          for (const auto& p : tagged[i]) initial_found += p == g;
        }
  }
  std::printf("sentence-initial names: %zu of %zu found\n", initial_found, initial_gold);
  for (const nlp::NerDocument& doc : docs) {
    std::vector<std::vector<nlp::NamedSpan>> names = ner.tag_sentences(doc.sentences);
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const auto& s = doc.sentences[i];
      const std::vector<nlp::NamedSpan>& predicted = names[i];
      if (predicted == doc.names[i]) continue;
      std::string text;
      for (const auto& w : s.words) text += (text.empty() ? "" : " ") + w.form;
      std::printf("%s: %s\n  gold:%s\n  pred:%s\n", doc.id.c_str(), text.c_str(), show(s, doc.names[i]).c_str(),
                  show(s, predicted).c_str());
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args;
  bool gold_pos = false;
  std::string errors_split;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--gold-pos") == 0) gold_pos = true;
    else if (std::strcmp(argv[i], "--errors") == 0 && i + 1 < argc) errors_split = argv[++i];
    else args.push_back(argv[i]);
  }
  std::filesystem::path data_dir = args.size() > 0 ? args[0] : std::string(NEWSGRAPH_DATA_DIR);
  std::filesystem::path gum = args.size() > 1 ? std::filesystem::path(args[1]) : data_dir / "../shared/data/gum";
  try {
    Lexicon lexicon = Lexicon::load(data_dir / "schemas");
    nlp::NamedEntityTagger ner = nlp::NamedEntityTagger::load(data_dir / "models/ner.bin", &lexicon);
    std::unique_ptr<nlp::Tagger> tagger;
    if (!gold_pos) tagger = std::make_unique<nlp::Tagger>(nlp::Tagger::load(data_dir / "models/tagger.bin"));
    if (!errors_split.empty()) {
      print_errors(ner, nlp::read_gum_documents((gum / (errors_split + ".conllu")).string(), tagger.get()));
      return 0;
    }
    std::printf("named-entity tagger: %zu weights; UPOS from %s\n", ner.num_weights(),
                gold_pos ? "gold" : "models/tagger.bin");
    for (const char* split : {"test", "dev"}) {
      std::vector<nlp::NerDocument> docs = nlp::read_gum_documents((gum / (std::string(split) + ".conllu")).string(),
                                                                   tagger.get());
      size_t words = 0;
      for (const auto& d : docs)
        for (const auto& s : d.sentences) words += s.words.size();
      auto start = std::chrono::steady_clock::now();
      nlp::NerScores all = nlp::evaluate_ner(ner, docs);
      double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::printf("\nGUM %s, all genres (%zu documents, %zu words; %.0f words/s)\n%s", split, docs.size(), words,
                  seconds > 0 ? words / seconds : 0.0, nlp::format_scores(all).c_str());
      std::printf("GUM %s, news\n%s", split, nlp::format_scores(nlp::evaluate_ner(ner, docs, "news")).c_str());
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "eval_ner: %s\n", e.what());
    return 1;
  }
  return 0;
}
