#include "extract/clean/html_cleaner.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_set>

#include "extract/clean/boilerplate.h"

namespace newsgraph {
namespace {

// Hints that drop a block inside the article region.
constexpr uint32_t kDropHints =
    kHintBoilerplate | kHintWeakBoilerplate | kHintCaption | kHintHidden;
// Hints anywhere above a block that keep it from voting for containers:
// only the unambiguous kinds, since page wrappers carry layout names like
// "sidebar-layout" or "widget-area".
constexpr uint32_t kNoVoteHints = kHintBoilerplate | kHintCaption | kHintHidden;

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '_'; }

// Word tokens as the scorer sees them (runs of letters and digits; any
// non-ASCII byte counts as a letter, which is close enough for matching).
std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !is_word_byte(static_cast<unsigned char>(s[i]))) ++i;
    size_t j = i;
    while (j < s.size() && is_word_byte(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

uint64_t hash_words(const std::vector<std::string_view>& w, size_t i, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t k = i; k < i + n && k < w.size(); ++k) {
    for (char c : w[k]) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h = (h ^ 0x1F) * 1099511628211ull;
  }
  return h;
}

size_t count_commas(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    // '，' (U+FF0C) and '、' (U+3001) in CJK text.
    else if (s.compare(i, 3, "\xEF\xBC\x8C") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0) ++n;
  }
  return n;
}

// Ends like a sentence: . ! ? or a closing quote after one, or ':'.
bool ends_like_sentence(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  auto ends = [&](std::string_view t) {
    return s.size() >= t.size() && s.substr(s.size() - t.size()) == t;
  };
  for (std::string_view q : {"\"", "\xE2\x80\x9D", "\xE2\x80\x99", "'", ")", "\xC2\xBB"})
    if (ends(q)) {
      s.remove_suffix(q.size());
      break;
    }
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || ends("\xE2\x80\xA6") ||
         ends("\xE3\x80\x82");
}

double link_density(uint32_t links, uint32_t chars) {
  return chars == 0 ? 0.0 : static_cast<double>(links) / chars;
}

class BodyExtractor {
 public:
  BodyExtractor(const HtmlPage& page, const std::string& title) : page_(page), title_(title) {}

  std::string run() {
    if (page_.blocks.empty()) return structured_body_as_text();
    std::vector<bool> keep = select_by_scoring();
    if (kept_words(keep) < 20) {
      // Class names misled us (a page wrapped in "sidebar" layout classes):
      // score again on text alone, as readability does.
      use_hints_ = false;
      std::vector<bool> plain = select_by_scoring();
      if (kept_words(plain) > kept_words(keep)) keep = std::move(plain);
      use_hints_ = true;
    }
    const std::string& json_body = page_.meta.structured.article_body;
    if (json_body.size() >= 300) {
      std::vector<bool> matched;
      size_t matched_words = 0;
      size_t json_words = match_structured_body(matched, matched_words);
      if (matched_words * 2 >= json_words) {
        size_t shared = 0;
        for (size_t i = 0; i < keep.size(); ++i)
          if (keep[i] && matched[i]) shared += words_of(page_.blocks[i].text).size();
        if (shared * 10 >= matched_words * 6) {
          // The scoring found the region the structured body is from (the
          // structured body may be a shortened copy): keep both.
          for (size_t i = 0; i < keep.size(); ++i) keep[i] = keep[i] || matched[i];
        } else {
          // The scoring went elsewhere: trust the publisher's body, keeping
          // the page's blocks that carry it and short subheads between them.
          keep = merge_with_structured(keep, matched);
        }
      } else if (kept_words(keep) * 2 < json_words) {
        // The page does not show it (script-rendered) or we missed it.
        return structured_body_as_text();
      }
    }
    return join(keep);
  }

 private:
  const HtmlPage& page_;
  const std::string& title_;
  bool use_hints_ = true;

  size_t kept_words(const std::vector<bool>& keep) const {
    size_t n = 0;
    for (size_t i = 0; i < keep.size(); ++i)
      if (keep[i]) n += words_of(page_.blocks[i].text).size();
    return n;
  }

  std::string structured_body_as_text() const {
    std::string out;
    std::string_view s = page_.meta.structured.article_body;
    size_t i = 0;
    while (i <= s.size()) {
      size_t j = s.find('\n', i);
      if (j == std::string_view::npos) j = s.size();
      std::string_view line = s.substr(i, j - i);
      size_t b = 0, e = line.size();
      while (b < e && std::isspace(static_cast<unsigned char>(line[b]))) ++b;
      while (e > b && std::isspace(static_cast<unsigned char>(line[e - 1]))) --e;
      if (e > b) {
        if (!out.empty()) out.push_back('\n');
        out.append(line.substr(b, e - b));
      }
      i = j + 1;
    }
    return out;
  }

  // Marks the blocks whose word trigrams mostly occur in the JSON-LD body;
  // returns the number of words of that body.
  size_t match_structured_body(std::vector<bool>& matched, size_t& matched_words) const {
    std::vector<std::string_view> json_words = words_of(page_.meta.structured.article_body);
    std::unordered_set<uint64_t> trigrams;
    trigrams.reserve(json_words.size() * 2);
    for (size_t i = 0; i + 3 <= json_words.size(); ++i) trigrams.insert(hash_words(json_words, i, 3));
    std::unordered_set<uint64_t> seen_blocks;
    matched.assign(page_.blocks.size(), false);
    matched_words = 0;
    for (size_t b = 0; b < page_.blocks.size(); ++b) {
      const TextBlock& block = page_.blocks[b];
      if (block.hints & kHintHidden) continue;
      std::vector<std::string_view> w = words_of(block.text);
      if (w.size() < 3) continue;
      size_t hits = 0, total = w.size() - 2;
      for (size_t i = 0; i + 3 <= w.size(); ++i) hits += trigrams.count(hash_words(w, i, 3));
      if (hits * 10 < total * 6) continue;
      // The same paragraph shown twice (a teaser of this very article).
      if (!seen_blocks.insert(hash_words(w, 0, w.size())).second) continue;
      matched[b] = true;
      matched_words += w.size();
    }
    return json_words.size();
  }

  std::vector<bool> merge_with_structured(const std::vector<bool>& scored,
                                          const std::vector<bool>& matched) const {
    std::vector<bool> keep(matched);
    // Short blocks between matched ones that the scoring also kept
    // (subheads the JSON body may hold without their own trigrams).
    int last = -1;
    for (size_t i = 0; i < keep.size(); ++i) {
      if (!matched[i]) continue;
      if (last >= 0)
        for (size_t k = static_cast<size_t>(last) + 1; k < i; ++k)
          if (scored[k] && page_.blocks[k].chars < 120) keep[k] = true;
      last = static_cast<int>(i);
    }
    return keep;
  }

  std::string join(const std::vector<bool>& keep) const {
    std::string out;
    for (size_t i = 0; i < keep.size(); ++i) {
      if (!keep[i]) continue;
      if (!out.empty()) out.push_back('\n');
      out += page_.blocks[i].text;
    }
    return out;
  }

  // Characters of paragraph-like text (long, few links, not under
  // furniture) under each element.
  std::vector<uint32_t> paragraph_text_per_element() const {
    const auto& elements = page_.elements;
    std::vector<uint32_t> good(elements.size(), 0);
    for (const TextBlock& b : page_.blocks) {
      if (link_density(b.link_chars, b.chars) >= 0.3) continue;
      if (use_hints_ && ((b.hints & kNoVoteHints) || (elements[b.owner].own_hints & kDropHints)))
        continue;
      if (b.chars >= 80 || (b.chars >= 30 && ends_like_sentence(b.text))) good[b.owner] += b.chars;
    }
    for (size_t e = elements.size(); e-- > 0;)
      if (elements[e].parent >= 0) good[elements[e].parent] += good[e];
    return good;
  }

  // Articles split into chunks (an advert or a video between them) repeat
  // the container of the winner: elements with the same tag and class near
  // it (common ancestor at most 6 levels up) that hold paragraph text join
  // the region. Comment bodies share names too, but hold no paragraph text
  // by paragraph_text_per_element's rules.
  void add_chunks(int top, const std::vector<uint32_t>& good,
                  std::vector<bool>& region_root) const {
    const auto& elements = page_.elements;
    constexpr int kReach = 6;
    std::vector<int> ancestors;  // top's ancestors, nearest first
    for (int a = elements[top].parent; a >= 0 && ancestors.size() < kReach; a = elements[a].parent)
      ancestors.push_back(a);
    uint32_t signature = elements[top].signature;
    for (size_t e = 0; e < elements.size(); ++e) {
      if (static_cast<int>(e) == top || elements[e].signature != signature || good[e] < 80)
        continue;
      // Not inside top, not an ancestor of top; common ancestor near.
      bool near = false, nested = false;
      int a = static_cast<int>(e);
      for (int level = 0; level <= 2 * kReach && a >= 0; ++level, a = elements[a].parent) {
        if (a == top) {
          nested = true;
          break;
        }
        if (std::find(ancestors.begin(), ancestors.end(), a) != ancestors.end()) {
          near = level > 0 && level <= kReach;
          break;
        }
      }
      if (near && !nested) region_root[e] = true;
    }
  }

  // Readability-style: score containers by the paragraphs under them, pick
  // the best, add its siblings that look like article too, then filter the
  // blocks inside.
  std::vector<bool> select_by_scoring() const {
    const auto& elements = page_.elements;
    std::vector<float> score(elements.size(), 0.f);
    std::vector<bool> touched(elements.size(), false);
    auto prior = [&](int e) {
      const PageElement& el = elements[e];
      float p = el.tag_weight;
      if (use_hints_ && (el.own_hints & kHintContent)) p += 25;
      if (use_hints_ && (el.own_hints & kDropHints)) p -= 25;
      if (el.article_body) p += 50;
      return p;
    };
    for (const TextBlock& b : page_.blocks) {
      if (b.chars < 25) continue;
      if (link_density(b.link_chars, b.chars) > 0.5) continue;
      // Furniture classes stop a block's score from reaching the
      // containers above them (a comment's paragraphs do not vote for the
      // page around the comment section); far-up wrappers do not matter.
      if (use_hints_ && ((elements[b.owner].own_hints & kDropHints) ||
                         (b.hints & kNoVoteHints)))
        continue;
      float s = 1.f + static_cast<float>(count_commas(b.text)) +
                std::min(3.f, static_cast<float>(b.chars) / 100.f);
      int e = elements[b.owner].is_container ? b.owner : elements[b.owner].parent;
      static constexpr float kShare[] = {1.f, 0.5f, 1.f / 6, 1.f / 9, 1.f / 12};
      for (float share : kShare) {
        if (e < 0) break;
        if (!touched[e]) {
          touched[e] = true;
          score[e] = prior(e);
        }
        score[e] += s * share;
        if (use_hints_ && (elements[e].own_hints & kDropHints)) break;
        e = elements[e].parent;
      }
    }
    int top = -1;
    float best = 0;
    std::vector<float> final_score(elements.size(), 0.f);
    for (size_t e = 0; e < elements.size(); ++e) {
      if (!touched[e]) continue;
      final_score[e] = score[e] * static_cast<float>(
          1.0 - link_density(elements[e].link_chars, elements[e].text_chars));
      if (top < 0 || final_score[e] > best) {
        best = final_score[e];
        top = static_cast<int>(e);
      }
    }
    std::vector<bool> keep(page_.blocks.size(), false);
    if (top < 0) return keep;
    std::vector<uint32_t> good = paragraph_text_per_element();
    // An itemprop="articleBody" element holding most of the winner's text
    // is the body itself.
    for (size_t e = 0; e < elements.size(); ++e)
      if (elements[e].article_body && elements[e].text_chars * 2 >= elements[top].text_chars &&
          elements[e].text_chars >= 200) {
        top = static_cast<int>(e);
        break;
      }

    // The region: the winner and its siblings that score well or hold
    // paragraph text with few links.
    std::vector<bool> region_root(elements.size(), false);
    region_root[top] = true;
    int parent = elements[top].parent;
    if (parent >= 0) {
      float threshold = std::max(10.f, final_score[top] * 0.2f);
      for (size_t e = 0; e < elements.size(); ++e) {
        if (elements[e].parent != parent || static_cast<int>(e) == top) continue;
        bool good = touched[e] && final_score[e] >= threshold;
        if (good && !(use_hints_ && (elements[e].own_hints & kDropHints))) region_root[e] = true;
      }
    }
    add_chunks(top, good, region_root);
    // Hints inside the region, not counting the roots' own and ancestors'
    // (a body wrapper named "post-comments-enabled" does not drop the body).
    std::vector<uint32_t> inner(elements.size(), 0);
    std::vector<bool> in_region(elements.size(), false);
    for (size_t e = 0; e < elements.size(); ++e) {
      int p = elements[e].parent;
      if (region_root[e]) {
        in_region[e] = true;
        inner[e] = elements[e].own_hints & kHintHidden;
      } else if (p >= 0 && in_region[p]) {
        in_region[e] = true;
        inner[e] = inner[p] | elements[e].own_hints;
      }
    }

    // Candidates: blocks in the region that are not furniture.
    enum Verdict : uint8_t { kDrop, kShort, kGood };
    std::vector<Verdict> verdict(page_.blocks.size(), kDrop);
    for (size_t i = 0; i < page_.blocks.size(); ++i) {
      const TextBlock& b = page_.blocks[i];
      if (!in_region[b.owner] || (use_hints_ && (inner[b.owner] & kDropHints))) continue;
      double ld = link_density(b.link_chars, b.chars);
      if (ld > 0.5) continue;
      if (b.kind == BlockKind::Heading && b.heading_level == 1) continue;
      if (!title_.empty() && b.text == title_) continue;
      if (is_furniture_phrase(b.text) || is_credit_line(b.text)) continue;
      // Markup shown as text (a <noscript> tracking pixel the parser kept).
      if (b.text.front() == '<' && b.text.back() == '>') continue;
      bool sentence = ends_like_sentence(b.text);
      if (b.kind != BlockKind::Heading && ld < 0.3 &&
          (b.chars >= 80 || (sentence && b.chars >= 30)))
        verdict[i] = kGood;
      else
        verdict[i] = kShort;
    }
    // Smoothing: a short block is kept when good blocks come before and
    // after it (subheads, one-line paragraphs); short blocks before the
    // first and after the last good one are bylines, dates and tag lists.
    int first_good = -1, last_good = -1;
    for (size_t i = 0; i < verdict.size(); ++i)
      if (verdict[i] == kGood) {
        if (first_good < 0) first_good = static_cast<int>(i);
        last_good = static_cast<int>(i);
      }
    for (size_t i = 0; i < verdict.size(); ++i) {
      int k = static_cast<int>(i);
      if (verdict[i] == kGood) keep[i] = true;
      else if (verdict[i] == kShort && k > first_good && k < last_good) keep[i] = true;
    }
    return keep;
  }
};

// Removes " | Site", " - Site" and similar from a page title.
std::string strip_site_name(const std::string& title, const std::string& h1) {
  if (!h1.empty() && title.size() > h1.size() && title.compare(0, h1.size(), h1) == 0) return h1;
  static const std::string_view kSeparators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                                 " :: ", " \xC2\xAB ", " \xC2\xBB ", " // "};
  size_t cut = std::string::npos;
  for (std::string_view sep : kSeparators) {
    size_t p = title.rfind(sep);
    if (p != std::string::npos && (cut == std::string::npos || p > cut)) cut = p;
  }
  if (cut == std::string::npos) return title;
  std::string head = title.substr(0, cut);
  std::string tail = title.substr(cut);
  if (words_of(tail).size() <= 5 && words_of(head).size() >= 3) return strip_site_name(head, h1);
  return title;
}

std::string trim_collapse(std::string_view s) {
  std::string out;
  bool space = true;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!space) out.push_back(' ');
      space = true;
    } else {
      out.push_back(c);
      space = false;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string extract_body(const HtmlPage& page, const std::string& title) {
  return BodyExtractor(page, title).run();
}

std::string choose_title(const PageMetadata& meta) {
  std::string h1 = trim_collapse(meta.first_h1);
  for (const std::string& candidate :
       {meta.og_title, meta.structured.headline, h1, meta.title_tag}) {
    std::string t = trim_collapse(strip_site_name(trim_collapse(candidate), h1));
    if (!t.empty()) return t;
  }
  return "";
}

}  // namespace newsgraph
