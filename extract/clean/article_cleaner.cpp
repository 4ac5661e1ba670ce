#include "extract/clean/article_cleaner.h"

#include <libxml/HTMLparser.h>

#include <climits>

#include "extract/clean/dates.h"
#include "extract/clean/encoding.h"
#include "extract/clean/html_cleaner.h"
#include "extract/clean/html_page.h"
#include "extract/clean/text_cleaner.h"

namespace newsgraph {
namespace {

// A date printed near the top of the article ("Published 3 February 2016").
std::string date_from_blocks(const HtmlPage& page) {
  size_t seen = 0;
  for (const TextBlock& b : page.blocks) {
    if (b.chars <= 80) {
      std::string d = find_date(b.text);
      if (!d.empty()) return d;
    }
    if (++seen > 400) break;
  }
  return "";
}

}  // namespace

Article clean_html(std::string_view bytes) {
  Article article;
  std::string utf8 = to_utf8(bytes, /*html=*/true);
  if (utf8.find_first_not_of(" \t\r\n") == std::string::npos || utf8.size() > INT_MAX)
    return article;
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET;
  htmlDocPtr doc = htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
                                  kOptions);
  if (doc == nullptr) return article;
  HtmlPage page = read_page(doc);
  xmlFreeDoc(doc);

  const PageMetadata& meta = page.meta;
  article.title = choose_title(meta);
  article.body = extract_body(page, article.title);
  article.date = meta.date;
  if (article.date.empty()) article.date = normalize_date(meta.structured.date_published);
  if (article.date.empty()) article.date = date_from_blocks(page);
  article.author = !meta.author.empty() ? meta.author : meta.structured.author;
  article.url = !meta.url.empty() ? meta.url : meta.structured.url;
  article.language = !meta.language.empty() ? meta.language : meta.structured.language;
  return article;
}

Article clean_text(std::string_view bytes) {
  return clean_text_dump(to_utf8(bytes, /*html=*/false));
}

Article clean_article(const RawInput& input) {
  return input.format == InputFormat::Html ? clean_html(input.bytes) : clean_text(input.bytes);
}

}  // namespace newsgraph
