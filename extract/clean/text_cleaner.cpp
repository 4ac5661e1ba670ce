#include "extract/clean/text_cleaner.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/clean/boilerplate.h"
#include "extract/clean/dates.h"

#include "extract/text/unicode.h"

namespace newsgraph {
namespace {

enum class LineKind {
  Text,         // a sentence or paragraph of the article
  Short,        // a short line without final punctuation: title, subhead, label
  Furniture,    // "Read more", prompts, chrome
  Teaser,       // a headline of another article (followed by "Read more")
  Date,         // a timestamp line
  Byline,       // "By ...", "Text by ...", an author's name beside a date
  Caption,      // a photo caption or credit
  Marker,       // "[Breaking news update ...]", template placeholders
  CommentStart  // the comment section begins: nothing after it is article
};

struct Line {
  std::string text;
  LineKind kind = LineKind::Text;
  size_t words = 0;
  bool sentence = false;  // ends like a sentence
};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string trim(std::string_view s) {
  // ASCII spaces, tabs and no-break spaces at either end.
  auto is_space_at = [&](size_t i, bool back) -> size_t {
    if (back) {
      if (i >= 1 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\r')) return 1;
      if (i >= 2 && s.substr(i - 2, 2) == "\xC2\xA0") return 2;
      return 0;
    }
    if (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) return 1;
    if (i + 1 < s.size() && s.substr(i, 2) == "\xC2\xA0") return 2;
    return 0;
  };
  size_t b = 0, e = s.size();
  while (size_t n = is_space_at(b, false)) b += n;
  while (e > b) {
    size_t n = is_space_at(e, true);
    if (n == 0) break;
    e -= n;
  }
  return std::string(s.substr(b, e - b));
}

size_t count_words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool word = std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80);
    if (word && !in) ++n;
    in = word;
  }
  return n;
}

// Ends with a full stop (before any closing quote), not "...".
bool ends_with_full_stop(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')')) s.remove_suffix(1);
  return s.size() >= 2 && s.back() == '.' && s[s.size() - 2] != '.';
}

bool ends_like_sentence(std::string_view s) {
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
  return c == '.' || c == '!' || c == '?' || ends("\xE2\x80\xA6");
}

// Content words (lower case, 3+ letters, not function words) for overlap.
std::vector<std::string> content_words(std::string_view s) {
  static const std::unordered_set<std::string> kStop = {
      "the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "has", "have",
      "had", "its", "his", "her", "their", "but", "not", "will", "into", "over", "after", "than",
      "who", "what", "when", "where", "why", "how", "said", "says", "out", "about", "more", "new",
      "all", "can", "may", "our", "you", "your", "they", "them", "him", "she", "one", "two"};
  std::vector<std::string> out;
  std::string w;
  auto push = [&] {
    if (w.size() >= 3 && !kStop.count(w)) out.push_back(w);
    w.clear();
  };
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80))
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    else
      push();
  }
  push();
  return out;
}

// Share of a's content words that occur in the set.
double overlap(const std::vector<std::string>& a, const std::unordered_set<std::string>& set) {
  if (a.empty()) return 0;
  size_t hits = 0;
  for (const std::string& w : a) hits += set.count(w);
  return static_cast<double>(hits) / a.size();
}

bool is_date_line(std::string_view line, size_t words) {
  if (words > 14) return false;
  std::string s = ascii_lower(line);
  for (std::string_view p : {"latest update", "last update", "updated", "date created", "published",
                             "posted", "first published", "created"})
    if (starts_with(s, p) && !find_date(line).empty()) return true;
  if (find_date(line).empty()) return false;
  // Mostly date: few words besides weekday, month, numbers, time zone.
  return words <= 10;
}

bool is_byline(std::string_view line, size_t words) {
  if (words == 0 || words > 8) return false;
  std::string s = ascii_lower(line);
  return starts_with(s, "by ") || starts_with(s, "text by ") || starts_with(s, "words by ") ||
         starts_with(s, "written by ") || starts_with(s, "story by ") ||
         starts_with(s, "reporting by ") || starts_with(s, "additional reporting") ||
         starts_with(s, "editing by ") || starts_with(s, "compiled by ") ||
         starts_with(s, "with reporting by") || starts_with(s, "contributed by ");
}

// A person's name on its own line: 2-4 capitalised words, no digits.
bool looks_like_name(std::string_view line, size_t words) {
  if (words < 2 || words > 4 || ends_like_sentence(line)) return false;
  bool at_word_start = true;
  for (char c : line) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == '|') return false;
    if (c == ' ') {
      at_word_start = true;
      continue;
    }
    if (at_word_start && std::islower(static_cast<unsigned char>(c))) return false;
    at_word_start = false;
  }
  return true;
}

bool is_marker(std::string_view line) {
  if (line.find("{{") != std::string_view::npos && line.find("}}") != std::string_view::npos)
    return true;
  if (line.size() >= 2 && line.front() == '[' && line.back() == ']') return true;
  if (line.size() >= 2 && line.front() == '(' && line.back() == ')' && count_words(line) <= 12)
    return true;
  return false;
}

// A caption that names the photo agency at the end ("... in Geneva - Reuters",
// "... REUTERS/Name") or describes a pictured scene.
bool is_caption(std::string_view line, size_t words) {
  if (is_credit_line(line)) return true;
  if (ends_like_sentence(line) && words > 25) return false;
  std::string s = ascii_lower(line);
  for (std::string_view agency : {"reuters", "afp", "getty images", "ap photo", "epa", "ap",
                                  "anadolu agency", "xinhua", "associated press"}) {
    for (std::string_view sep : {" - ", " / ", "/", " | ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      std::string tail = std::string(sep) + std::string(agency);
      if (s.size() > tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0)
        return true;
    }
  }
  if (s.find("reuters/") != std::string::npos || s.find("afp/") != std::string::npos) return true;
  if (!ends_like_sentence(line) &&
      (s.find(" gestures ") != std::string::npos || s.find(" looks on") != std::string::npos ||
       s.find(" poses ") != std::string::npos || s.find("(pictured") != std::string::npos))
    return true;
  return false;
}

bool is_comment_start(std::string_view line) {
  std::string s = ascii_lower(line);
  for (std::string_view p : {"join our commenting forum", "join the conversation", "comments",
                             "leave a comment", "have your say", "post a comment",
                             "add a comment", "show comments", "view comments", "reader comments"})
    if (s == p || (starts_with(s, p) && s.size() < p.size() + 24)) return true;
  return false;
}

LineKind classify(const Line& l) {
  std::string_view t = l.text;
  if (is_comment_start(t)) return LineKind::CommentStart;
  if (is_marker(t)) return LineKind::Marker;
  if (is_furniture_phrase(t) || (!t.empty() && t.front() == '#' && l.words <= 6))
    return LineKind::Furniture;
  if (is_byline(t, l.words)) return LineKind::Byline;
  if (is_date_line(t, l.words)) return LineKind::Date;
  if (is_caption(t, l.words)) return LineKind::Caption;
  if (l.words >= 8 && l.sentence) return LineKind::Text;
  // A short paragraph of one plain statement ("The army denied it.") is
  // text; a short question or exclamation is more often a subhead or a prompt.
  if (l.words >= 5 && l.sentence && ends_with_full_stop(t)) return LineKind::Text;
  if (l.words >= 20) return LineKind::Text;
  return LineKind::Short;
}

std::vector<Line> split_lines(const std::string& text) {
  std::vector<Line> lines;
  size_t i = 0;
  while (i <= text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    std::string t = trim(std::string_view(text).substr(i, j - i));
    if (!t.empty()) {
      Line l;
      l.text = std::move(t);
      l.words = count_words(l.text);
      l.sentence = ends_like_sentence(l.text);
      lines.push_back(std::move(l));
    }
    i = j + 1;
  }
  return lines;
}

bool is_read_more(const Line& l) {
  std::string s = ascii_lower(l.text);
  return s == "read more" || s == "read more..." || s == "read more \xC2\xBB" || s == "more" ||
         s == "watch" || s == "watch video" || s == "play video";
}

}  // namespace

Article clean_text_dump(const std::string& text) {
  Article article;
  std::vector<Line> lines = split_lines(text);
  if (lines.empty()) return article;
  for (Line& l : lines) l.kind = classify(l);
  // Teasers: a headline whose next line is "Read more".
  for (size_t i = 0; i + 1 < lines.size(); ++i)
    if (is_read_more(lines[i + 1]) && lines[i].kind != LineKind::Furniture)
      lines[i].kind = LineKind::Teaser;
  // A name line next to a date line is a byline.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind != LineKind::Short || !looks_like_name(lines[i].text, lines[i].words))
      continue;
    bool date_near = (i + 1 < lines.size() && lines[i + 1].kind == LineKind::Date) ||
                     (i > 0 && lines[i - 1].kind == LineKind::Date);
    if (date_near) lines[i].kind = LineKind::Byline;
  }
  // A line repeated inside a later caption (the caption shown twice, once
  // with its credit) is a caption too.
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].kind == LineKind::Caption || lines[i].words < 4) continue;
    for (size_t k = i + 1; k < lines.size() && k <= i + 3; ++k)
      if (lines[k].kind == LineKind::Caption && starts_with(lines[k].text, lines[i].text))
        lines[i].kind = LineKind::Caption;
  }

  // The body starts at the first two consecutive text lines (skipping
  // furniture between them); everything before is the header.
  size_t start = lines.size();
  for (size_t i = 0; i < lines.size() && start == lines.size(); ++i) {
    if (lines[i].kind != LineKind::Text) continue;
    for (size_t k = i + 1; k < lines.size(); ++k) {
      LineKind kind = lines[k].kind;
      if (kind == LineKind::Text) {
        start = i;
        break;
      }
      if (kind == LineKind::Furniture || kind == LineKind::Marker) continue;
      break;
    }
  }
  if (start == lines.size()) {
    // One paragraph only: the first text line.
    for (size_t i = 0; i < lines.size(); ++i)
      if (lines[i].kind == LineKind::Text) {
        start = i;
        break;
      }
  }
  size_t end = lines.size();
  for (size_t i = start; i < lines.size(); ++i)
    if (lines[i].kind == LineKind::CommentStart) {
      end = i;
      break;
    }

  // Title: in the header, the first plain line that shares words with the
  // body (section labels and site names do not).
  std::unordered_set<std::string> body_words;
  for (size_t i = start; i < end && i < start + 12; ++i)
    if (lines[i].kind == LineKind::Text)
      for (std::string& w : content_words(lines[i].text)) body_words.insert(w);
  std::string fallback_title;
  for (size_t i = 0; i < start && i < lines.size(); ++i) {
    const Line& l = lines[i];
    if ((l.kind != LineKind::Short && l.kind != LineKind::Text) || l.words < 3 || l.words > 40)
      continue;
    if (fallback_title.empty()) fallback_title = l.text;
    if (overlap(content_words(l.text), body_words) >= 0.4) {
      article.title = l.text;
      break;
    }
  }
  if (article.title.empty()) article.title = fallback_title;
  std::vector<std::string> title_words = content_words(article.title);
  std::unordered_set<std::string> title_set(title_words.begin(), title_words.end());

  // Date: a "created/published" line wins over an "updated" one.
  std::string first_date;
  for (const Line& l : lines) {
    if (l.kind != LineKind::Date && l.kind != LineKind::Marker) continue;
    std::string d = find_date(l.text);
    if (d.empty()) continue;
    std::string s = ascii_lower(l.text);
    bool update = s.find("update") != std::string::npos;
    if (!update && (s.find("created") != std::string::npos || s.find("published") != std::string::npos ||
                    s.find("posted") != std::string::npos)) {
      first_date = d;
      break;
    }
    if (first_date.empty()) first_date = d;
  }
  article.date = first_date;

  // Body: text lines, and short lines (subheads) with text on both sides
  // that are not a headline of a related story (sharing most of their words
  // with the title).
  std::vector<size_t> kept;
  for (size_t i = start; i < end; ++i) {
    const Line& l = lines[i];
    if (l.kind == LineKind::Text) {
      kept.push_back(i);
      continue;
    }
    if (l.kind != LineKind::Short) continue;
    bool text_before = false, text_after = false;
    for (size_t k = i; k-- > start;) {
      if (lines[k].kind == LineKind::Text) text_before = true;
      if (lines[k].kind != LineKind::Furniture && lines[k].kind != LineKind::Marker) break;
    }
    for (size_t k = i + 1; k < end; ++k) {
      if (lines[k].kind == LineKind::Text) text_after = true;
      if (lines[k].kind != LineKind::Furniture && lines[k].kind != LineKind::Marker) break;
    }
    if (!text_before || !text_after) continue;
    std::vector<std::string> words = content_words(l.text);
    size_t shared = 0;
    for (const std::string& w : words) shared += title_set.count(w);
    if (shared >= 3 && shared * 2 >= words.size()) continue;  // a related story's title
    kept.push_back(i);
  }
  for (size_t i : kept) {
    if (!article.body.empty()) article.body.push_back('\n');
    article.body += lines[i].text;
  }
  return article;
}

}  // namespace newsgraph
