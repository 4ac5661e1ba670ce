// The article in a plain-text dump of a news page (a crawler saved the text
// and dropped the tags, so the site's furniture is still there as lines).
//
// Each line is classified — teaser list item ("Read more" below it), byline,
// timestamp, photo caption or credit, embedded video title, editorial marker
// ("[Breaking news update ...]"), forum and login prompt, template
// placeholder ({{...}}), site chrome ("Exit mobile version") or article text —
// and the article is the run of text lines between the header (title,
// standfirst, byline and date) and the footer.
#pragma once

#include <string>

#include "extract/clean/article_cleaner.h"

namespace newsgraph {

// `text` must be valid UTF-8.
Article clean_text_dump(const std::string& text);

}  // namespace newsgraph
