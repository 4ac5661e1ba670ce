// Sentence splitter over tokens (contract in tokenizer.h).
//
// A sentence ends
//   - at every line break (the cleaner puts one between paragraphs, and
//     headlines, datelines and list items stand on lines of their own);
//   - after . ! ? … (or a run of them), plus any closing quotes and brackets
//     attached to them, when the next token can start a sentence;
//   - after an abbreviation that often ends sentences ("Inc.", "etc.",
//     "U.S.") when the next word cannot continue the sentence.
// Titles and initials ("Mr.", "Gen.", "J.") never end a sentence.
#include <algorithm>
#include <array>
#include <cstring>

#include "extract/text/abbreviations.h"
#include "extract/text/tokenizer.h"
#include "extract/text/unicode.h"

namespace newsgraph {
namespace {

std::string_view form(std::string_view text, const Token& t) {
  return text.substr(t.span.begin, t.span.end - t.span.begin);
}

char32_t first_code_point(std::string_view s) {
  size_t i = 0;
  return s.empty() ? 0 : unicode::next_code_point(s, i);
}

bool is_terminal(std::string_view f) {
  if (f.empty()) return false;
  if (f == "\xE2\x80\xA6" || f == "\xE2\x80\xA6\xE2\x80\xA6") return true;  // …
  for (char c : f) {
    if (c != '.' && c != '!' && c != '?') return false;
  }
  return true;
}

bool is_closing(std::string_view f) {
  return f == ")" || f == "]" || f == "}" || f == "\"" || f == "'" || f == "''" ||
         f == "\xE2\x80\x9D" /* ” */ || f == "\xE2\x80\x99" /* ’ */ || f == "\xC2\xBB" /* » */;
}

bool is_opening(std::string_view f) {
  return f == "(" || f == "[" || f == "\"" || f == "'" || f == "``" || f == "`" ||
         f == "\xE2\x80\x9C" /* “ */ || f == "\xE2\x80\x98" /* ‘ */ || f == "\xC2\xAB" /* « */;
}

// Capitalised words that begin sentences but are not part of names, so
// "the U.S. The talks" splits while "the U.S. Senate" does not. Sorted.
constexpr std::array<std::string_view, 78> kSentenceStarters = {
    "A",       "After",   "All",     "Also",    "Although", "An",      "And",      "Another",
    "Any",     "As",      "At",      "Because", "Before",   "Both",    "But",      "By",
    "Despite", "During",  "Each",    "Earlier", "Even",     "Every",   "For",      "From",
    "He",      "Her",     "Here",    "His",     "How",      "However", "I",        "If",
    "In",      "It",      "Its",     "Last",    "Later",    "Many",    "Meanwhile", "More",
    "Most",    "Much",    "My",      "No",      "Not",      "Now",     "On",       "One",
    "Only",    "Our",     "She",     "Since",   "Some",     "Still",   "That",     "The",
    "Their",   "There",   "These",   "They",    "This",     "Those",   "Thus",     "To",
    "Two",     "Under",   "Until",   "We",      "What",     "When",    "Where",    "Which",
    "While",   "Who",     "Why",     "With",    "Yet",      "You",
};

bool is_sentence_starter(std::string_view f) {
  return std::binary_search(kSentenceStarters.begin(), kSentenceStarters.end(), f);
}

// Can the token start a sentence after a full stop? Capitalised words,
// numbers and opening quotes can; , ; : and closing punctuation cannot.
bool can_start_sentence(std::string_view f) {
  char32_t cp = first_code_point(f);
  if (unicode::is_letter(cp)) return !(cp >= 'a' && cp <= 'z') && (unicode::is_upper(cp) || cp >= 0x80);
  if (unicode::is_digit(cp)) return true;
  if (is_opening(f)) return true;
  if (cp == '$' || cp == '#' || cp == '@' || cp == '*' || cp == '-' || cp == 0x2014 ||
      cp == 0x2013 || cp == 0xA3 || cp == 0x20AC)
    return true;
  return false;
}

bool is_letter_start(std::string_view f) { return unicode::is_letter(first_code_point(f)); }

bool is_list_label(std::string_view f) {
  if (f.size() == 1) return (f[0] >= 'a' && f[0] <= 'z') || (f[0] >= '0' && f[0] <= '9');
  if (f.size() > 3) return false;
  for (char c : f) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// The end of a wire dateline opening the sentence at `start` ("KYIV, June 12
// (Reuters) -", "JOSEPH, Mich. (AP) —"): a word in capitals, then only
// capitalised words, numbers and , . ( ), then a dash standing alone. The
// dateline is a sentence of its own, so the first clause keeps its subject.
// Returns the index after the dash, or `start`.
uint32_t dateline_end(std::string_view text, const std::vector<Token>& tokens, uint32_t start) {
  if (!in_capitals(form(text, tokens[start]))) return start;
  for (uint32_t k = start + 1; k < tokens.size() && k < start + 12; ++k) {
    std::string_view f = form(text, tokens[k]);
    if (f == "-" || f == "--" || f == "\u2014" || f == "\u2013")
      return tokens[k - 1].space_after && tokens[k].space_after && k + 1 < tokens.size() ? k + 1 : start;
    const bool punct = f == "," || f == "." || f == "(" || f == ")";
    if (!punct && !unicode::is_upper(first_code_point(f)) && !unicode::is_digit(first_code_point(f)))
      return start;
  }
  return start;
}

bool is_ellipsis(std::string_view f) {
  return f.size() >= 2 && (f[0] == '.' ? f[1] == '.' : f.substr(0, 3) == "\xE2\x80\xA6");
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  uint32_t start = 0;
  auto close = [&](uint32_t end) {  // tokens [start, end)
    if (end <= start) return;
    out.push_back({{tokens[start].span.begin, tokens[end - 1].span.end}, start, end});
    start = end;
  };
  auto line_break_between = [&](uint32_t k) {  // between tokens k and k + 1
    uint32_t b = tokens[k].span.end;
    uint32_t e = tokens[k + 1].span.begin;
    return e > b && std::memchr(text.data() + b, '\n', e - b) != nullptr;
  };

  for (uint32_t k = 0; k + 1 < n; ++k) {
    if (k == start) {
      if (uint32_t d = dateline_end(text, tokens, start); d > start) {
        close(d);
        k = d - 1;
        continue;
      }
    }
    std::string_view f = form(text, tokens[k]);
    if (line_break_between(k)) {
      close(k + 1);
      continue;
    }
    bool terminal = is_terminal(f);
    AbbreviationKind abbrev = AbbreviationKind::kNone;
    if (!terminal && f.size() >= 2 && f.back() == '.') {
      abbrev = abbreviation_kind(f.substr(0, f.size() - 1));
      if (abbrev != AbbreviationKind::kSentenceEnd) continue;
    } else if (!terminal) {
      continue;
    }
    // A list number at the start of a line: "1. Talks resume", "b. Troops".
    if (f == "." && k == start + 1 && tokens[k - 1].span.end == tokens[k].span.begin &&
        is_list_label(form(text, tokens[k - 1]))) {
      continue;
    }
    // Closing quotes and brackets attached to the stop belong to this sentence.
    uint32_t last = k;
    while (last + 1 < n && !tokens[last].space_after && is_closing(form(text, tokens[last + 1])) &&
           !line_break_between(last)) {
      ++last;
    }
    if (last + 1 == n) break;  // the end of the text closes it
    if (line_break_between(last)) {
      k = last;
      close(last + 1);
      continue;
    }
    std::string_view next = form(text, tokens[last + 1]);
    bool split = can_start_sentence(next);
    // A lower-case word after . ? ! still starts a sentence in informal text
    // ("sounds good. see you"); after an ellipsis it usually goes on.
    if (!split && terminal && !is_ellipsis(f) && is_letter_start(next)) split = true;
    if (split && abbrev == AbbreviationKind::kSentenceEnd) {
      // "U.S. officials" and "9 a.m. Sunday" continue; "Inc. The" ends.
      bool dotted = is_dotted_acronym(f.substr(0, f.size() - 1));
      split = dotted ? is_sentence_starter(next) : true;
    }
    // A stop directly followed by a word ("end.The") is no boundary we trust.
    if (split && tokens[last].space_after == false && !is_opening(next)) split = false;
    if (split) close(last + 1);
    k = last;
  }
  close(n);
  return out;
}

}  // namespace newsgraph
