#include "extract/pipeline.h"

#include <cstdlib>
#include <optional>

#include <fmt/format.h>

#include "extract/clean/article_cleaner.h"
#include "extract/nlp/entity_recognizer.h"
#include "extract/nlp/lexicon.h"
#include "extract/nlp/ner_model.h"
#include "extract/nlp/nlp_models.h"
#include "extract/relations/relation_extractor.h"
#include "extract/resolve/entity_resolver.h"
#include "extract/text/language.h"
#include "extract/text/tokenizer.h"

namespace newsgraph {

std::filesystem::path default_data_dir() {
  if (const char* env = std::getenv("NEWSGRAPH_DATA_DIR"); env && *env) return env;
  return NEWSGRAPH_DATA_DIR;
}

struct Pipeline::Stages {
  nlp::NlpModels models;
  Lexicon lexicon;  // before the NER model, which keeps a pointer to it
  nlp::NamedEntityTagger ner;
  EntityRecognizer recognizer;
  RelationExtractor relations;

  explicit Stages(const PipelineConfig& config)
      : models(nlp::NlpModels::load(config.data_dir / "models")),
        lexicon(Lexicon::load(config.data_dir / "schemas")),
        ner(nlp::NamedEntityTagger::load(config.data_dir / "models" / "ner.bin", &lexicon)),
        recognizer(lexicon),
        relations(config.patterns_dir.empty() ? config.data_dir / "schemas" / "patterns"
                                              : config.patterns_dir,
                  config.data_dir / "schemas" / "patterns.schema.json", lexicon) {}
};

Pipeline::Pipeline(const PipelineConfig& config) : stages_(std::make_unique<Stages>(config)) {}
Pipeline::~Pipeline() = default;

Document cleaned_document(const RawInput& input) {
  Document doc;
  doc.id = input.id;
  doc.path = input.path;
  Article article = clean_article(input);
  doc.title = std::move(article.title);
  doc.date = std::move(article.date);
  doc.author = std::move(article.author);
  doc.url = std::move(article.url);
  doc.language = std::move(article.language);
  doc.text = std::move(article.body);
  return doc;
}

Document Pipeline::run(const RawInput& input) const {
  Document doc = cleaned_document(input);
  annotate(doc);
  return doc;
}

void Pipeline::annotate(Document& doc) const {
  tokenize(doc);
  // The models and rules are English: on another language they find junk.
  if (EnglishCheck english = check_english(doc); !english.english()) {
    doc.notes.push_back(fmt::format(
        "not English (English function words are {:.1f} % of its {} words, about 25 % in English news): "
        "nothing extracted",
        100 * english.share(), english.words));
    return;
  }
  stages_->models.annotate(doc);
  std::vector<Mention> model_mentions;
  stages_->ner.tag(doc, model_mentions);
  stages_->recognizer.recognize(doc, &model_mentions);
  resolve_entities(doc);
  stages_->relations.extract(doc);
}

}  // namespace newsgraph
