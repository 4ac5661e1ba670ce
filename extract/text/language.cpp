#include "extract/text/language.h"

#include <string>
#include <unordered_set>

#include "extract/text/unicode.h"

namespace newsgraph {
namespace {

const std::unordered_set<std::string>& function_words() {
  static const std::unordered_set<std::string> words = {
      "the",   "of",    "and",   "to",     "is",   "was",    "for",   "that",  "with",  "on",
      "are",   "it",    "by",    "be",     "this", "from",   "have",  "has",   "had",   "not",
      "but",   "which", "they",  "their",  "were", "been",   "said",  "would", "at",    "he",
      "she",   "his",   "her",   "who",    "its",  "after",  "or",    "we",    "you",   "i",
      "there", "than",  "more",  "about",  "when", "what",   "into",  "can",   "one",   "all",
      "if",    "them",  "our",   "these",  "those", "some",  "out",   "up",    "over",  "just",
      "only",  "because", "could", "should", "while", "did", "does",  "how",   "other", "your"};
  return words;
}

// A code point of a word: a letter of the scripts unicode.h classifies
// (Latin, Greek, Cyrillic), or any character of the scripts after them
// (Hebrew, Arabic, Indic, Thai, ...) outside the punctuation and symbol
// blocks.
bool word_character(char32_t cp) {
  if (unicode::is_letter(cp)) return true;
  return cp >= 0x0590 && !(cp >= 0x2000 && cp < 0x2E80) && !(cp >= 0x3000 && cp < 0x3040) &&
         !(cp >= 0xFE30 && cp < 0xFE70) && !(cp >= 0xFF00 && cp < 0xFF10);
}

// Chinese, Japanese and Korean are written without spaces, so a token may
// be a whole clause: each of their characters counts as a word.
bool cjk_character(char32_t cp) {
  return (cp >= 0x2E80 && cp < 0xA000 && !(cp >= 0x3000 && cp < 0x3040)) || (cp >= 0xAC00 && cp < 0xD7B0) ||
         (cp >= 0xF900 && cp < 0xFB00);
}

}  // namespace

EnglishCheck check_english(const Document& doc) {
  EnglishCheck check;
  for (const Token& t : doc.tokens) {
    std::string_view form = doc.form(t);
    bool letter = false;
    size_t cjk = 0;
    for (size_t i = 0; i < form.size();) {
      char32_t cp = unicode::next_code_point(form, i);
      letter = letter || word_character(cp);
      cjk += cjk_character(cp);
    }
    if (!letter) continue;
    check.words += cjk ? cjk : 1;
    if (form.size() <= 7 && function_words().count(ascii_lower(form))) ++check.function_words;
  }
  return check;
}

}  // namespace newsgraph
