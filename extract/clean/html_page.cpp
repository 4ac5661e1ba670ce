#include "extract/clean/html_page.h"

#include <cstring>
#include <string_view>
#include <unordered_map>

#include "extract/clean/boilerplate.h"
#include "extract/clean/dates.h"

namespace newsgraph {
namespace {

enum class TagClass : uint8_t { Inline, Block, Skip, Break };

struct TagInfo {
  TagClass cls = TagClass::Inline;
  BlockKind kind = BlockKind::Other;
  int8_t heading = 0;
  int8_t weight = 0;       // readability's tag prior
  bool container = false;  // may hold the whole article
  uint32_t hints = 0;
};

const TagInfo& tag_info(std::string_view name) {
  static const std::unordered_map<std::string_view, TagInfo> kTags = [] {
    std::unordered_map<std::string_view, TagInfo> t;
    auto block = [&](std::string_view n, BlockKind k, int8_t w, bool c, uint32_t h = 0) {
      t[n] = TagInfo{TagClass::Block, k, 0, w, c, h};
    };
    for (std::string_view n : {"script", "style", "noscript", "template", "svg", "math", "iframe",
                               "object", "embed", "canvas", "video", "audio", "select", "option",
                               "textarea", "button", "input", "head", "map", "datalist", "dialog",
                               "picture", "img", "source", "track"})
      t[n] = TagInfo{TagClass::Skip};
    t["br"] = TagInfo{TagClass::Break};
    block("p", BlockKind::Paragraph, 0, false);
    block("div", BlockKind::Other, 5, true);
    block("section", BlockKind::Other, 5, true);
    block("article", BlockKind::Other, 5, true, kHintContent);
    block("main", BlockKind::Other, 5, true, kHintContent);
    block("body", BlockKind::Other, 0, true);
    block("html", BlockKind::Other, 0, false);
    block("center", BlockKind::Other, 0, true);
    block("font", BlockKind::Other, 0, false);
    block("form", BlockKind::Other, -3, true);
    block("td", BlockKind::Cell, 3, true);
    block("th", BlockKind::Cell, -5, false);
    block("blockquote", BlockKind::Quote, 3, true);
    block("pre", BlockKind::Pre, 3, false);
    block("li", BlockKind::ListItem, -3, false);
    block("dt", BlockKind::ListItem, -3, false);
    block("dd", BlockKind::ListItem, -3, false);
    for (std::string_view n : {"ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "tr",
                               "address", "hr", "details", "summary", "fieldset", "legend",
                               "caption", "menu", "hgroup", "output"})
      block(n, BlockKind::Other, -3, false);
    block("figure", BlockKind::Other, -3, false, kHintCaption);
    block("figcaption", BlockKind::Other, -3, false, kHintCaption);
    block("nav", BlockKind::Other, -5, false, kHintBoilerplate);
    block("aside", BlockKind::Other, -5, false, kHintWeakBoilerplate);
    block("footer", BlockKind::Other, -5, false, kHintBoilerplate);
    block("header", BlockKind::Other, -5, false, kHintWeakBoilerplate);
    block("label", BlockKind::Other, -5, false, kHintWeakBoilerplate);
    const char* headings[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
    for (int i = 0; i < 6; ++i)
      t[headings[i]] = TagInfo{TagClass::Block, BlockKind::Heading, static_cast<int8_t>(i + 1),
                               -5, false, 0};
    return t;
  }();
  static const TagInfo kInline{};
  auto it = kTags.find(name);
  return it == kTags.end() ? kInline : it->second;
}

std::string_view attr_value(const xmlAttr* a) {
  if (a->children == nullptr || a->children->content == nullptr) return {};
  return reinterpret_cast<const char*>(a->children->content);
}

std::string_view name_of(const xmlNode* n) {
  return n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

void append_lower(std::string& out, std::string_view s) {
  out.push_back(' ');
  for (char c : s) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
}

bool equals_lower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != lower[i]) return false;
  return true;
}

bool contains_lower(std::string_view s, std::string_view lower) {
  if (lower.size() > s.size()) return false;
  for (size_t i = 0; i + lower.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < lower.size() && std::tolower(static_cast<unsigned char>(s[i + k])) == lower[k]) ++k;
    if (k == lower.size()) return true;
  }
  return false;
}

// Which metadata a <meta name/property> carries; lower number = preferred.
enum MetaField { kNoField, kOgTitle, kDate, kAuthor, kUrl, kLanguage };

struct MetaKey {
  MetaField field;
  int priority;
};

MetaKey meta_key(std::string_view key) {
  static const std::unordered_map<std::string_view, MetaKey> kKeys = {
      {"og:title", {kOgTitle, 0}},
      {"twitter:title", {kOgTitle, 1}},
      {"article:published_time", {kDate, 0}},
      {"og:article:published_time", {kDate, 1}},
      {"datepublished", {kDate, 2}},
      {"article:published", {kDate, 3}},
      {"pubdate", {kDate, 4}},
      {"publishdate", {kDate, 4}},
      {"publish-date", {kDate, 4}},
      {"published_time", {kDate, 4}},
      {"parsely-pub-date", {kDate, 5}},
      {"sailthru.date", {kDate, 5}},
      {"dc.date.issued", {kDate, 6}},
      {"dcterms.created", {kDate, 6}},
      {"dc.date", {kDate, 7}},
      {"date", {kDate, 7}},
      {"og:updated_time", {kDate, 9}},
      {"article:modified_time", {kDate, 9}},
      {"author", {kAuthor, 0}},
      {"article:author", {kAuthor, 1}},
      {"parsely-author", {kAuthor, 2}},
      {"sailthru.author", {kAuthor, 2}},
      {"dc.creator", {kAuthor, 3}},
      {"byl", {kAuthor, 4}},
      {"og:url", {kUrl, 1}},
      {"content-language", {kLanguage, 1}},
      {"og:locale", {kLanguage, 2}},
  };
  std::string lower;
  for (char c : key.substr(0, 64))
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  auto it = kKeys.find(lower);
  return it == kKeys.end() ? MetaKey{kNoField, 0} : it->second;
}

bool is_space_byte(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

class PageWalker {
 public:
  explicit PageWalker(HtmlPage& page) : page_(page) {}

  void walk(xmlNode* root) {
    xmlNode* node = root;
    while (node != nullptr) {
      bool descend = enter(node);
      if (descend && node->children != nullptr) {
        node = node->children;
        continue;
      }
      // Leave this node and every ancestor that has no next sibling.
      while (node != nullptr) {
        leave(node, descend);
        descend = true;
        if (node == root) {
          node = nullptr;
          break;
        }
        if (node->next != nullptr) {
          node = node->next;
          break;
        }
        node = node->parent;
        if (node == nullptr || node->type == XML_DOCUMENT_NODE ||
            node->type == XML_HTML_DOCUMENT_NODE)
          node = nullptr;
      }
    }
    flush();
    finish_meta();
  }

 private:
  HtmlPage& page_;
  struct OpenBlock {
    int index;
    const TagInfo* info;
  };
  std::vector<OpenBlock> open_blocks_;  // block-level elements being read
  std::vector<int> open_;         // every open element, innermost last
  std::string buffer_;
  uint32_t buffer_chars_ = 0, buffer_links_ = 0;
  bool buffer_space_ = true;
  int link_depth_ = 0;
  int title_depth_ = 0;
  std::string title_text_;
  int meta_priority_[6] = {99, 99, 99, 99, 99, 99};
  std::string time_date_;
  std::string canonical_;

  static constexpr uintptr_t kElementTag = 1;

  // The element index stored for a node, or -1.
  static int index_of(const xmlNode* n) {
    return n && n->_private ? static_cast<int>(reinterpret_cast<uintptr_t>(n->_private) >> 1) : -1;
  }

  void set_meta(MetaField field, int priority, std::string value) {
    if (value.empty() || priority >= meta_priority_[field]) return;
    PageMetadata& m = page_.meta;
    switch (field) {
      case kOgTitle: m.og_title = std::move(value); break;
      case kDate: {
        std::string d = normalize_date(value);
        if (d.empty()) return;
        m.date = std::move(d);
        break;
      }
      case kAuthor:
        if (value.find("://") != std::string::npos) return;  // a profile URL
        m.author = std::move(value);
        break;
      case kUrl: m.url = std::move(value); break;
      case kLanguage: m.language = std::move(value); break;
      default: return;
    }
    meta_priority_[field] = priority;
  }

  void read_meta(const xmlNode* n) {
    std::string_view key, content;
    for (const xmlAttr* a = n->properties; a; a = a->next) {
      std::string_view an = name_of(reinterpret_cast<const xmlNode*>(a));
      if (an == "property" || an == "name" || an == "itemprop" || an == "http-equiv") {
        if (key.empty() || meta_key(key).field == kNoField) key = attr_value(a);
      } else if (an == "content") {
        content = attr_value(a);
      }
    }
    MetaKey k = meta_key(key);
    if (k.field != kNoField) set_meta(k.field, k.priority, std::string(content));
  }

  void read_link(const xmlNode* n) {
    std::string_view rel, href;
    for (const xmlAttr* a = n->properties; a; a = a->next) {
      std::string_view an = name_of(reinterpret_cast<const xmlNode*>(a));
      if (an == "rel") rel = attr_value(a);
      else if (an == "href") href = attr_value(a);
    }
    if (equals_lower(rel, "canonical") && !href.empty() && canonical_.empty())
      canonical_ = std::string(href);
  }

  void read_script(const xmlNode* n) {
    bool json_ld = false;
    for (const xmlAttr* a = n->properties; a; a = a->next)
      if (name_of(reinterpret_cast<const xmlNode*>(a)) == "type" &&
          contains_lower(attr_value(a), "ld+json"))
        json_ld = true;
    if (!json_ld) return;
    std::string json;
    for (const xmlNode* c = n->children; c; c = c->next)
      if (c->content) json += reinterpret_cast<const char*>(c->content);
    read_json_ld(json, page_.meta.structured);
  }

  void append_text(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      // Treat no-break spaces as spaces.
      if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        c = ' ';
        ++i;
      }
      if (is_space_byte(c)) {
        if (!buffer_space_) {
          buffer_.push_back(' ');
          buffer_space_ = true;
        }
        continue;
      }
      buffer_.push_back(static_cast<char>(c));
      buffer_space_ = false;
      if ((c & 0xC0) != 0x80) {
        ++buffer_chars_;
        if (link_depth_ > 0) ++buffer_links_;
      }
    }
  }

  void flush() {
    while (!buffer_.empty() && buffer_.back() == ' ') buffer_.pop_back();
    if (!buffer_.empty() && !open_blocks_.empty()) {
      TextBlock b;
      b.owner = open_blocks_.back().index;
      b.kind = open_blocks_.back().info->kind;
      b.heading_level = open_blocks_.back().info->heading;
      if (b.kind == BlockKind::Heading && b.heading_level == 1 && page_.meta.first_h1.empty())
        page_.meta.first_h1 = buffer_;
      b.text = std::move(buffer_);
      b.chars = buffer_chars_;
      b.link_chars = buffer_links_;
      page_.blocks.push_back(std::move(b));
    }
    buffer_.clear();
    buffer_chars_ = buffer_links_ = 0;
    buffer_space_ = true;
  }

  // Returns whether to read the node's children.
  bool enter(xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content == nullptr) return false;
      std::string_view text(reinterpret_cast<const char*>(n->content));
      if (title_depth_ > 0) {
        title_text_ += text;
        return false;
      }
      append_text(text);
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;
    std::string_view name = name_of(n);
    if (name == "meta") {
      read_meta(n);
      return false;
    }
    if (name == "link") {
      read_link(n);
      return false;
    }
    if (name == "script") {
      read_script(n);
      return false;
    }
    if (name == "title" && page_.meta.title_tag.empty()) {
      ++title_depth_;
      return true;  // text collected; left in leave()
    }
    if (name == "head") {
      // Only metadata lives here: read meta, link, script and title.
      for (xmlNode* c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        std::string_view cn = name_of(c);
        if (cn == "meta") read_meta(c);
        else if (cn == "link") read_link(c);
        else if (cn == "script") read_script(c);
        else if (cn == "title" && page_.meta.title_tag.empty() && c->children && c->children->content)
          page_.meta.title_tag = reinterpret_cast<const char*>(c->children->content);
      }
      return false;
    }
    const TagInfo& info = tag_info(name);
    if (info.cls == TagClass::Skip) return false;
    if (info.cls == TagClass::Break) {
      flush();
      return false;
    }

    // Attributes: hints, visibility, metadata carried on body elements.
    std::string names;
    uint32_t signature = 2166136261u;
    for (char c : name) signature = (signature ^ static_cast<unsigned char>(c)) * 16777619u;
    bool hidden = false, article_body = false, link = false;
    for (const xmlAttr* a = n->properties; a; a = a->next) {
      std::string_view an = name_of(reinterpret_cast<const xmlNode*>(a));
      std::string_view v = attr_value(a);
      if (an == "class" || an == "id" || an == "role") {
        append_lower(names, v);
        if (an == "class")
          for (char c : v) signature = (signature ^ static_cast<unsigned char>(c)) * 16777619u;
      } else if (an == "itemprop") {
        if (equals_lower(v, "articlebody") || equals_lower(v, "text")) article_body = true;
        else append_lower(names, v);
      } else if (an == "hidden") {
        hidden = true;
      } else if (an == "aria-hidden") {
        hidden = hidden || equals_lower(v, "true");
      } else if (an == "style") {
        if (contains_lower(v, "display:none") || contains_lower(v, "display: none") ||
            contains_lower(v, "visibility:hidden") || contains_lower(v, "visibility: hidden"))
          hidden = true;
      } else if (an == "href" && name == "a") {
        link = true;
      } else if (an == "datetime" && name == "time" && time_date_.empty()) {
        time_date_ = normalize_date(v);
      }
    }
    if (hidden && name != "body" && name != "html") return false;

    int parent = open_.empty() ? -1 : open_.back();
    PageElement e;
    e.parent = parent;
    e.tag_weight = info.weight;
    e.signature = signature;
    e.is_container = info.container;
    e.article_body = article_body;
    // Page-wide classes on <html> and <body> describe the site section
    // ("comments-open"), not the element, so they are not hints.
    uint32_t own = info.hints;
    if (name != "body" && name != "html") own |= class_hints(names);
    if (own & kHintHidden) return false;
    if (article_body) own |= kHintContent;
    e.own_hints = own;
    e.hints = own | (parent >= 0 ? page_.elements[parent].hints : 0);
    int index = static_cast<int>(page_.elements.size());
    page_.elements.push_back(e);
    n->_private = reinterpret_cast<void*>((static_cast<uintptr_t>(index) << 1) | kElementTag);
    open_.push_back(index);
    if (link) ++link_depth_;
    if (info.cls == TagClass::Block) {
      flush();
      open_blocks_.push_back({index, &info});
    }
    return true;
  }

  void leave(xmlNode* n, bool entered) {
    if (n->type != XML_ELEMENT_NODE) return;
    std::string_view name = name_of(n);
    if (name == "title" && title_depth_ > 0) {
      --title_depth_;
      if (page_.meta.title_tag.empty()) page_.meta.title_tag = title_text_;
      return;
    }
    int index = index_of(n);
    if (!entered || index < 0 || open_.empty() || open_.back() != index) return;
    const TagInfo& info = tag_info(name);
    if (info.cls == TagClass::Block) {
      flush();
      open_blocks_.pop_back();
    }
    open_.pop_back();
    if (name == "a") {
      for (const xmlAttr* a = n->properties; a; a = a->next)
        if (name_of(reinterpret_cast<const xmlNode*>(a)) == "href") {
          --link_depth_;
          break;
        }
    }
  }

  void finish_meta() {
    PageMetadata& m = page_.meta;
    if (!canonical_.empty()) m.url = canonical_;
    if (m.date.empty()) m.date = time_date_;
    // Text and link characters per element: each block counts on its owner,
    // then children are summed into parents in one pass from the leaves
    // (elements are in document order, so children come after parents).
    std::vector<uint32_t> text(page_.elements.size(), 0), links(page_.elements.size(), 0);
    for (TextBlock& b : page_.blocks) {
      text[b.owner] += b.chars;
      links[b.owner] += b.link_chars;
      b.hints = page_.elements[b.owner].hints;
    }
    for (size_t i = page_.elements.size(); i-- > 0;) {
      PageElement& e = page_.elements[i];
      e.text_chars = text[i];
      e.link_chars = links[i];
      if (e.parent >= 0) {
        text[e.parent] += text[i];
        links[e.parent] += links[i];
      }
    }
  }
};

}  // namespace

HtmlPage read_page(htmlDocPtr doc) {
  HtmlPage page;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return page;
  // <html lang>
  for (const xmlAttr* a = root->properties; a; a = a->next) {
    std::string_view an = name_of(reinterpret_cast<const xmlNode*>(a));
    if (an == "lang" || an == "xml:lang") page.meta.language = std::string(attr_value(a));
  }
  std::string lang = page.meta.language;
  PageWalker walker(page);
  walker.walk(root);
  if (!lang.empty()) page.meta.language = lang;
  return page;
}

}  // namespace newsgraph
