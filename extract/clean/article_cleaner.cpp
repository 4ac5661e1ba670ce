// PLACEHOLDER — replaced by the cleaning work: body = the input as it is.
#include "extract/clean/article_cleaner.h"
namespace newsgraph {
Article clean_html(std::string_view bytes) { Article a; a.body = std::string(bytes); return a; }
Article clean_text(std::string_view bytes) { Article a; a.body = std::string(bytes); return a; }
Article clean_article(const RawInput& input) {
  return input.format == InputFormat::Html ? clean_html(input.bytes) : clean_text(input.bytes);
}
}
