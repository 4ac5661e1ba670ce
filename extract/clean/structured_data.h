// Article metadata and body from schema.org JSON-LD (<script
// type="application/ld+json">), read with RapidJSON. Objects whose @type is
// an article kind (NewsArticle, Article, BlogPosting, ReportageNewsArticle,
// ...) are searched, also inside @graph and arrays; the first value found for
// each field wins.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

struct StructuredData {
  std::string headline;
  std::string date_published;
  std::string author;
  std::string url;
  std::string language;
  std::string article_body;  // tags stripped, entities decoded
};

// Adds what one JSON-LD script says to data. Invalid JSON is ignored.
void read_json_ld(std::string_view json, StructuredData& data);

// Text with HTML tags removed and the common entities decoded; <p> and <br>
// become newlines.
std::string strip_markup(std::string_view html);

}  // namespace newsgraph
