// One pass over a page's libxml2 DOM: the text blocks a reader would see (one
// per paragraph-like element, in document order) with what the cleaner needs
// to judge them, the element tree as a flat array, and the page's metadata.
//
// The walk is iterative (pointer chasing, no recursion), so arbitrarily deep
// markup cannot overflow the stack; scripts, styles, forms controls and
// hidden elements contribute no text.
#pragma once

#include <libxml/HTMLparser.h>

#include <cstdint>
#include <string>
#include <vector>

#include "extract/clean/structured_data.h"

namespace newsgraph {

enum class BlockKind : uint8_t { Paragraph, Heading, ListItem, Cell, Quote, Pre, Other };

struct PageElement {
  int parent = -1;
  uint32_t own_hints = 0;   // ClassHint bits from this element (class, id, tag)
  uint32_t hints = 0;       // own_hints of this element and all ancestors
  uint32_t text_chars = 0;  // characters of text in the subtree
  uint32_t link_chars = 0;  // of which inside links
  float score = 0;          // content score (see html_cleaner.cpp)
  uint32_t signature = 0;   // hash of tag name and class attribute
  int8_t tag_weight = 0;    // readability-style prior of the tag
  bool is_container = false;  // div/section/article/main/td/...: may hold the article
  bool article_body = false;  // itemprop="articleBody" or similar
};

struct TextBlock {
  std::string text;       // whitespace collapsed, trimmed
  uint32_t chars = 0;     // code points
  uint32_t link_chars = 0;
  int owner = -1;         // the block-level element holding the text
  BlockKind kind = BlockKind::Other;
  int heading_level = 0;  // 1..6 for headings
  uint32_t hints = 0;     // the owner's inherited hints
  bool in_link_list = false;  // a list item that is mostly a link
};

struct PageMetadata {
  std::string og_title, title_tag, first_h1;
  std::string date;          // from meta tags or <time>
  std::string author, url, language;
  StructuredData structured; // JSON-LD
};

struct HtmlPage {
  std::vector<PageElement> elements;  // in document order (parents first)
  std::vector<TextBlock> blocks;      // in document order
  PageMetadata meta;
};

// Walks a parsed document.
HtmlPage read_page(htmlDocPtr doc);

}  // namespace newsgraph
