// The article body of an HTML page, chosen from its text blocks.
//
// Signals, strongest first: JSON-LD articleBody (used to pick the page's
// blocks that carry it, or taken as is when the page does not show it),
// itemprop="articleBody", then readability-style DOM scoring of containers
// (text length, commas, link density, tag and class/id priors). Inside the
// chosen region, blocks under furniture classes (comment, share, related,
// promo, newsletter, cookie, nav, footer, caption ...) or that are link lists,
// captions, credits or furniture phrases are dropped; short blocks (subheads,
// one-line paragraphs) are kept when they sit between kept paragraphs.
#pragma once

#include <string>

#include "extract/clean/html_page.h"

namespace newsgraph {

// Paragraphs of the article, separated by '\n'; "" when the page has none.
std::string extract_body(const HtmlPage& page, const std::string& title);

// The article title from the page's metadata, without the site's name.
std::string choose_title(const PageMetadata& meta);

}  // namespace newsgraph
