#include "extract/pipeline.h"

#include <cstdlib>

#include "extract/clean/article_cleaner.h"
#include "extract/text/tokenizer.h"

namespace newsgraph {

std::filesystem::path default_data_dir() {
  if (const char* env = std::getenv("NEWSGRAPH_DATA_DIR"); env && *env) return env;
  return NEWSGRAPH_DATA_DIR;
}

struct Pipeline::Stages {};

Pipeline::Pipeline(const PipelineConfig&) : stages_(std::make_unique<Stages>()) {}
Pipeline::~Pipeline() = default;

Document Pipeline::run(const RawInput& input) const {
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
  tokenize(doc);
  return doc;
}

}  // namespace newsgraph
