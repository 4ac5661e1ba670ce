// Small UTF-8 helpers shared by every stage: decoding code points, folding
// Latin diacritics, and classifying characters. Full Unicode tables are not
// needed for English news; what is here covers Latin, Greek and Cyrillic
// letters, general punctuation and the dashes and quotes news text uses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::unicode {

// Decodes the code point at text[i] and advances i past it. An invalid byte
// decodes as U+FFFD and advances by one.
char32_t next_code_point(std::string_view text, size_t& i);

// Appends the UTF-8 encoding of cp to out.
void append_utf8(std::string& out, char32_t cp);

// True when text is entirely valid UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view text);

// A letter's base lower-case ASCII letter(s) without diacritics: 'É' → "e",
// 'ß' → "ss", 'ı' → "i"; other code points are returned lower-cased where
// the case mapping is simple, else unchanged.
std::string fold_code_point(char32_t cp);

bool is_letter(char32_t cp);
bool is_mark(char32_t cp);   // combining marks (and ZWJ): part of the letter before
bool is_digit(char32_t cp);
bool is_upper(char32_t cp);
bool is_space(char32_t cp);  // includes no-break and other Unicode spaces
bool is_dash(char32_t cp);   // hyphen-minus, hyphen, en and em dash, minus, ...
bool is_quote(char32_t cp);  // straight and curly quotes and apostrophes

// Lower case with diacritics removed, for keys and lexicon look-ups:
// "Erdoğan" → "erdogan", "Genève" → "geneve".
std::string fold(std::string_view text);

}  // namespace newsgraph::unicode

namespace newsgraph {

// ASCII letters lower-cased, every other byte unchanged: "U.N.-Backed" →
// "u.n.-backed". For matching words against lists (fold() also strips
// diacritics).
std::string ascii_lower(std::string_view text);

// Two ASCII capitals or more and no ASCII lower-case letter: "KYIV", "SAN
// FRANCISCO", "HNC" (a dateline, a heading, an acronym).
bool in_capitals(std::string_view text);

}  // namespace newsgraph
