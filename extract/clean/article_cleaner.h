// ArticleCleaner: the article in a page, without the page around it.
//
// HTML: libxml2's HTML parser (recover mode) after encoding detection; the
// body from structured data when present, else from DOM scoring of blocks.
// Text (crawler dumps with tags already stripped): a line classifier that
// keeps article paragraphs and drops teasers, captions, bylines and forum text.
// The result is always valid UTF-8; paragraphs are separated by '\n'.
#pragma once

#include <string>
#include <string_view>

#include "extract/clean/input.h"

namespace newsgraph {

struct Article {
  std::string title;
  std::string date;      // ISO 8601, or ""
  std::string author;
  std::string url;       // canonical URL, or ""
  std::string language;  // "en", ... or ""
  std::string body;      // paragraphs separated by '\n'
};

Article clean_html(std::string_view bytes);
Article clean_text(std::string_view bytes);

// Cleans by input.format.
Article clean_article(const RawInput& input);

}  // namespace newsgraph
