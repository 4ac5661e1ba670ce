// eval_ner: span-level precision, recall and F1 of the committed named-entity
// tagger on GUM test and dev (all kept genres, and news alone), per type and
// overall; a predicted name counts only with its exact words and type
// (extract/nlp/gum_entities.h says what a gold name is). UPOS comes from the
// committed POS tagger, as at run time.
//
//   build/eval_ner [DATA_DIR] [GUM_DIR] [--gold-pos] [--errors SPLIT] [--analysis SPLIT]
//                  [--model MODEL] [--gold SPLIT]
//
// --model MODEL scores another model than DATA_DIR/models/ner.bin.
// --analysis SPLIT sorts the mistakes of that split into kinds, per genre:
// type (same words, other type), boundary (overlapping words; "typed" when the
// type is right), missed (no predicted name overlaps the gold one) and false
// alarm (no gold name overlaps the predicted one).
//
// --gold SPLIT lists the gold names of that split, one per line ("document <TAB>
// words <TAB> type"), to check the gold rule.
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
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/nlp/lexicon.h"
#include "extract/nlp/ner_eval.h"
#include "extract/nlp/ner_model.h"
#include "extract/nlp/tagger.h"

using namespace newsgraph;

namespace {

// The words of a span, joined by spaces.
std::string span_words(const conllu::Sentence& s, const nlp::NamedSpan& span) {
  std::string out;
  for (uint32_t k = span.begin; k < span.end; ++k) out += (k > span.begin ? " " : "") + s.words[k].form;
  return out;
}

std::string show(const conllu::Sentence& s, const std::vector<nlp::NamedSpan>& spans) {
  std::string out;
  for (const nlp::NamedSpan& span : spans) {
    out += "  [" + span_words(s, span) + "] ";
    out += to_string(span.type);
  }
  return out;
}

void print_gold(const std::vector<nlp::NerDocument>& docs) {
  for (const nlp::NerDocument& doc : docs)
    for (size_t i = 0; i < doc.sentences.size(); ++i)
      for (const nlp::NamedSpan& span : doc.names[i])
        std::printf("%s\t%s\t%s\n", doc.id.c_str(), span_words(doc.sentences[i], span).c_str(),
                    std::string(to_string(span.type)).c_str());
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

// Mistake counts of one group of documents (see --analysis).
struct Mistakes {
  size_t gold = 0, correct = 0, type = 0, boundary_typed = 0, boundary_untyped = 0, missed = 0, false_alarm = 0;
};

void count_mistakes(const std::vector<nlp::NamedSpan>& gold, const std::vector<nlp::NamedSpan>& predicted, Mistakes& m) {
  auto overlap = [](const nlp::NamedSpan& a, const nlp::NamedSpan& b) { return a.begin < b.end && b.begin < a.end; };
  m.gold += gold.size();
  for (const auto& g : gold) {
    const nlp::NamedSpan* best = nullptr;
    for (const auto& p : predicted)
      if (overlap(g, p) && (!best || (p.begin == g.begin && p.end == g.end))) best = &p;
    if (!best) ++m.missed;
    else if (*best == g) ++m.correct;
    else if (best->begin == g.begin && best->end == g.end) ++m.type;
    else if (best->type == g.type) ++m.boundary_typed;
    else ++m.boundary_untyped;
  }
  for (const auto& p : predicted) {
    bool any = false;
    for (const auto& g : gold) any = any || overlap(g, p);
    if (!any) ++m.false_alarm;
  }
}

void print_analysis(const nlp::NamedEntityTagger& ner, const std::vector<nlp::NerDocument>& docs) {
  std::map<std::string, Mistakes> by_genre, by_type;
  Mistakes all;
  std::printf("%-34s %5s %5s %5s %5s %5s %5s %5s\n", "document", "gold", "ok", "type", "bnd+t", "bnd-t", "miss",
              "f.a.");
  auto row = [](const std::string& name, const Mistakes& m) {
    std::printf("%-34s %5zu %5zu %5zu %5zu %5zu %5zu %5zu\n", name.c_str(), m.gold, m.correct, m.type, m.boundary_typed,
                m.boundary_untyped, m.missed, m.false_alarm);
  };
  for (const nlp::NerDocument& doc : docs) {
    std::vector<std::vector<nlp::NamedSpan>> tagged = ner.tag_sentences(doc.sentences);
    Mistakes m;
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      count_mistakes(doc.names[i], tagged[i], m);
      count_mistakes(doc.names[i], tagged[i], all);
      count_mistakes(doc.names[i], tagged[i], by_genre[doc.genre]);
      for (NodeType t : {NodeType::Person, NodeType::Place, NodeType::Organization}) {
        std::vector<nlp::NamedSpan> g, p;
        for (const auto& x : doc.names[i]) if (x.type == t) g.push_back(x);
        for (const auto& x : tagged[i]) if (x.type == t) p.push_back(x);
        count_mistakes(g, p, by_type[std::string(to_string(t))]);
      }
    }
    row(doc.id, m);
  }
  std::printf("\n");
  for (const auto& [genre, m] : by_genre) row("genre " + genre, m);
  std::printf("\n(per type: gold and prediction of that type only, so 'type' mistakes show as miss + false alarm)\n");
  for (const auto& [type, m] : by_type) row("type " + type, m);
  row("all", all);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args;
  bool gold_pos = false;
  std::string errors_split, analysis_split, gold_split, model_path;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--gold-pos") == 0) gold_pos = true;
    else if (std::strcmp(argv[i], "--errors") == 0 && i + 1 < argc) errors_split = argv[++i];
    else if (std::strcmp(argv[i], "--analysis") == 0 && i + 1 < argc) analysis_split = argv[++i];
    else if (std::strcmp(argv[i], "--gold") == 0 && i + 1 < argc) gold_split = argv[++i];
    else if (std::strcmp(argv[i], "--model") == 0 && i + 1 < argc) model_path = argv[++i];
    else args.push_back(argv[i]);
  }
  std::filesystem::path data_dir = args.size() > 0 ? args[0] : std::string(NEWSGRAPH_DATA_DIR);
  std::filesystem::path gum = args.size() > 1 ? std::filesystem::path(args[1]) : data_dir / "../shared/data/gum";
  try {
    Lexicon lexicon = Lexicon::load(data_dir / "schemas");
    nlp::NamedEntityTagger ner = nlp::NamedEntityTagger::load(
        model_path.empty() ? data_dir / "models/ner.bin" : std::filesystem::path(model_path), &lexicon);
    std::unique_ptr<nlp::Tagger> tagger;
    if (!gold_pos) tagger = std::make_unique<nlp::Tagger>(nlp::Tagger::load(data_dir / "models/tagger.bin"));
    if (!gold_split.empty()) {
      print_gold(nlp::read_gum_documents((gum / (gold_split + ".conllu")).string(), nullptr));
      return 0;
    }
    if (!analysis_split.empty()) {
      print_analysis(ner, nlp::read_gum_documents((gum / (analysis_split + ".conllu")).string(), tagger.get()));
      return 0;
    }
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
