// Signals that a piece of a page is not the article: class/id names of page
// furniture (comments, share bars, related links, promos, newsletter boxes,
// cookie banners, navigation, footers, captions and credits) and the short
// phrases such furniture prints ("Read more", "Advertisement", "Sign up").
// Shared by the HTML and the plain-text cleaners.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsgraph {

enum ClassHint : uint32_t {
  kHintNone = 0,
  kHintBoilerplate = 1u << 0,  // comment, share, related, promo, cookie, nav ...
  kHintCaption = 1u << 1,      // caption, credit, figure text
  kHintContent = 1u << 2,      // article, body, content, story, entry, post, text
  kHintHidden = 1u << 3,       // hidden from readers (sr-only, visually-hidden)
  kHintWeakBoilerplate = 1u << 4,  // menu, header, widget, sidebar: furniture, but
                                   // layout wrappers use these names too
};

// Hints from an element's class and id (and role/itemprop) text, which must be
// lower case. A name that is both furniture and content ("comment-body",
// "related-content") counts as furniture for the strong furniture kinds; the
// weak kinds ("menu", "widget") are overridden by a content word.
uint32_t class_hints(std::string_view lowered_class_and_id);

// True for a short line that is page furniture on its own: "Read more",
// "Advertisement", "Share this article", "Sign up for our newsletter",
// "Click here to ...", "Follow us on ...", "All rights reserved", cookie
// notices, login and comment prompts. `line` is trimmed UTF-8.
bool is_furniture_phrase(std::string_view line);

// True for a photo credit or caption line: "(Getty Images/AFP)" at the end,
// "Photo: ...", "Image copyright ...", "© Name, AFP | ...".
bool is_credit_line(std::string_view line);

}  // namespace newsgraph
