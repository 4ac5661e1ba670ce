// Tokenizer: one left-to-right pass over the text. Whitespace splits the
// text into chunks; each chunk is cut into words and punctuation by the
// rules of UD English EWT (see tokenizer.h and word_rules.h).
#include "extract/text/tokenizer.h"

#include <cstdint>

#include "extract/text/abbreviations.h"
#include "extract/text/unicode.h"
#include "extract/text/word_rules.h"

namespace newsgraph {
namespace {

struct CodePoint {
  char32_t cp;
  uint32_t len;
};

inline CodePoint decode_at(std::string_view text, size_t i) {
  unsigned char b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return {b, 1};
  size_t j = i;
  char32_t cp = unicode::next_code_point(text, j);
  return {cp, static_cast<uint32_t>(j - i)};
}

// Whitespace and control characters separate chunks and never become tokens.
inline bool is_separator(char32_t cp) {
  return cp <= 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || unicode::is_space(cp) ||
         cp == 0x2060;
}

// Characters that make up words. An invalid byte (U+FFFD) sticks to its word
// so that broken text still gives few, long tokens.
inline bool is_word_char(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
           cp == '_';
  }
  return unicode::is_letter(cp) || unicode::is_mark(cp) || cp == 0xFFFD ||
         (cp >= 0xB2 && cp <= 0xB3) || cp == 0xB9 || (cp >= 0xBC && cp <= 0xBE);  // ² ³ ¹ ¼ ½ ¾
}

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

inline bool is_apostrophe_at(std::string_view t, size_t i) {
  return t[i] == '\'' || t.substr(i, 3) == "\xE2\x80\x99";
}

size_t count_digits(std::string_view t, size_t i, size_t end) {
  size_t n = 0;
  while (i + n < end && is_ascii_digit(t[i + n])) ++n;
  return n;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_ascii_digit(c)) return false;
  }
  return true;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    char c = s[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != prefix[k]) return false;
  }
  return true;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : t_(text) { out_.reserve(text.size() / 5 + 16); }

  std::vector<Token> run() {
    size_t i = 0;
    const size_t n = t_.size();
    while (i < n) {
      CodePoint c = decode_at(t_, i);
      if (is_separator(c.cp)) {
        i += c.len;
        continue;
      }
      size_t b = i;
      i += c.len;
      while (i < n) {
        c = decode_at(t_, i);
        if (is_separator(c.cp)) break;
        i += c.len;
      }
      size_t first = out_.size();
      chunk(b, i);
      for (size_t k = first; k + 1 < out_.size(); ++k) out_[k].space_after = false;
      if (out_.size() > first) out_.back().space_after = true;
    }
    return std::move(out_);
  }

 private:
  void emit(size_t b, size_t e) {
    if (e <= b) return;
    Token tok;
    tok.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    out_.push_back(std::move(tok));
  }

  // Chunk [b, e): a maximal run without whitespace.
  void chunk(size_t b, size_t e) {
    if (try_url_or_email(b, e)) return;
    if (try_emoticon(b, e)) return;
    size_t i = b;
    while (i < e) i = piece(i, b, e);
  }

  // One token (or a fused pair) starting at i; returns where the next starts.
  size_t piece(size_t i, size_t chunk_begin, size_t e) {
    CodePoint c = decode_at(t_, i);
    if (is_word_char(c.cp)) return word(i, e);
    char ch = t_[i];
    if (ch == '\'' || c.cp == 0x2019) {
      // A clitic after a word ("Bush's", "they’re").
      if (i > chunk_begin) {
        size_t len = clitic_length(t_, i);
        if (len > 0) {
          emit(i, i + len);
          return i + len;
        }
      }
      // An abbreviated year: '90s, ’07.
      size_t digits = count_digits(t_, i + c.len, e);
      if (digits == 2) {
        size_t end = i + c.len + 2;
        if (end < e && t_[end] == 's') ++end;
        if (end == e || !is_word_char(decode_at(t_, end).cp)) {
          emit(i, end);
          return end;
        }
      }
      if (ch == '\'' && i + 1 < e && t_[i + 1] == '\'') return run_of(i, e, '\'');
      emit(i, i + c.len);
      return i + c.len;
    }
    if (ch == '`') return run_of(i, e, '`');
    if (ch == '.' && i + 1 < e && is_ascii_digit(t_[i + 1]) &&
        (i == chunk_begin || !is_word_char(static_cast<unsigned char>(t_[i - 1])))) {
      return word(i, e);  // a decimal without leading zero: .45
    }
    if (ch == '.' || ch == '!' || ch == '?') {
      // "...", "?!", ".?" are one token.
      size_t j = i;
      while (j < e && (t_[j] == '.' || t_[j] == '!' || t_[j] == '?')) ++j;
      emit(i, j);
      return j;
    }
    if ((ch == '#' || ch == '@') && i + 1 < e && (i == chunk_begin || !is_word_char(t_[i - 1]))) {
      // Hashtags and handles: #StandWithX, @agency (but "#" "1").
      CodePoint next = decode_at(t_, i + 1);
      if (unicode::is_letter(next.cp)) return word(i + 1, e, i);
    }
    if (ch == '-') return run_of(i, e, '-');
    if (ch == '*' || ch == '+' || ch == '=' || ch == '^' || ch == '~' || ch == '#' ||
        ch == '<' || ch == '>' || ch == '|' || ch == '\\') {
      return run_of(i, e, ch);  // separator lines and emphasis: "*****", "=="
    }
    if (c.cp == 0x2014 || c.cp == 0x2013 || c.cp == 0x2015 || c.cp == 0x2026) {
      // Runs of em dashes or ellipsis characters are one token.
      size_t j = i;
      while (j < e && decode_at(t_, j).cp == c.cp) j += c.len;
      emit(i, j);
      return j;
    }
    emit(i, i + c.len);
    return i + c.len;
  }

  size_t run_of(size_t i, size_t e, char ch) {
    size_t j = i;
    while (j < e && t_[j] == ch) ++j;
    emit(i, j);
    return j;
  }

  // A word from i: letters and digits, joined by the connectors UD keeps
  // inside words. Emits it (split if it is a fused word) and returns its end.
  // token_begin (when given) is where the token starts if a sigil such as
  // '#' precedes the word.
  size_t word(size_t i, size_t e, size_t token_begin = SIZE_MAX) {
    const size_t b = token_begin == SIZE_MAX ? i : token_begin;
    size_t seg = i;  // start of the current hyphen segment
    size_t j = i;
    if (size_t end = phone_number_end(i, e)) {
      emit(b, end);
      return end;
    }
    while (j < e) {
      CodePoint c = decode_at(t_, j);
      if (is_word_char(c.cp)) {
        j += c.len;
        continue;
      }
      // A connector joins only if a word character follows it.
      char ch = t_[j];
      size_t clen = c.len;
      if (j + clen >= e) break;
      CodePoint next = decode_at(t_, j + clen);
      if (!is_word_char(next.cp)) {
        break;
      }
      char prev = t_[j - 1];
      char nx = t_[j + clen];
      if (ch == '.') {
        // "end.The" and "J.Smith" are two words run together; "U.S", "3.5",
        // "Amazon.com" are one.
        if (is_ascii_upper(nx) && j + clen + 1 < e && is_ascii_lower(t_[j + clen + 1])) {
          bool lower_word = j - b >= 3 && is_ascii_lower(prev) && is_ascii_lower(t_[j - 2]) &&
                            is_ascii_lower(t_[j - 3]);
          bool initial = is_ascii_upper(prev) && (j - 1 == b || t_[j - 2] == '.');
          if (lower_word || initial) break;
        }
        // "U.N.to": a dotted acronym, then a lower-case word without a space.
        if (is_ascii_upper(prev) && j >= b + 2 && t_[j - 2] == '.' && is_ascii_lower(nx) &&
            j + clen + 1 < e && is_ascii_lower(t_[j + clen + 1])) {
          break;
        }
        j += 1;
        continue;
      }
      if (ch == ',') {
        // Thousands: 260,000 (exactly three digits follow).
        if (is_ascii_digit(prev) && count_digits(t_, j + 1, e) == 3 &&
            !(j + 4 < e && is_word_char(decode_at(t_, j + 4).cp))) {
          j += 1;
          continue;
        }
        break;
      }
      if (ch == ':' || ch == '/') {
        if (is_ascii_digit(prev) && is_ascii_digit(nx)) {
          j += 1;
          continue;
        }
        break;
      }
      if (ch == '@') {  // user@host without a domain, as in mail headers
        j += 1;
        continue;
      }
      if (ch == '&') {
        if (is_ascii_upper(prev) && is_ascii_upper(nx)) {
          j += 1;
          continue;
        }
        break;
      }
      if (ch == '\'' || c.cp == 0x2019) {
        if (size_t len = clitic_length(t_, j)) {
          // A decade or plural number keeps its 's: "1990's", "80's".
          if (len == clen + 1 && (nx == 's' || nx == 'S') && all_digits(t_.substr(seg, j - seg))) {
            j += len;
            continue;
          }
          break;
        }
        // n't: the n belongs to the clitic ("do" + "n't", "ca" + "n't").
        if ((prev == 'n' || prev == 'N') && (nx == 't' || nx == 'T') &&
            (j + clen + 1 >= e || !is_word_char(decode_at(t_, j + clen + 1).cp))) {
          size_t stem_end = j - 1;
          if (stem_end > b) emit_word(b, stem_end);
          emit(stem_end, j + clen + 1);
          return j + clen + 1;
        }
        j += clen;
        continue;
      }
      if (ch == '-') {
        std::string_view left = t_.substr(seg, j - seg);
        // "e-mail" but "Lashkar-e-Taiba": e- binds only to lower case.
        bool keep = is_bound_hyphen_prefix(left) &&
                    !(left.size() == 1 && (left[0] == 'e' || left[0] == 'E') && !is_ascii_lower(nx));
        if (!keep) break;
        j += 1;
        seg = j;
        continue;
      }
      break;
    }
    // A period after the word: part of it when the word is an abbreviation.
    if (j < e && t_[j] == '.' && !(j + 1 < e && t_[j + 1] == '.')) {
      std::string_view w = t_.substr(b, j - b);
      AbbreviationKind kind = abbreviation_kind(w);
      bool take = false;
      if (kind == AbbreviationKind::kTitle || kind == AbbreviationKind::kSentenceEnd) {
        take = true;
      } else if (kind == AbbreviationKind::kNumbered) {
        take = next_is_digit(j + 1);
      }
      if (take) {
        emit(b, j + 1);
        return j + 1;
      }
    }
    // A currency sign written after a country code: US$, HK$, C$.
    if (j < e && t_[j] == '$' && j - b <= 3 && is_ascii_upper(t_[b]) && is_ascii_upper(t_[j - 1])) {
      emit(b, j + 1);
      return j + 1;
    }
    // A number with a unit glued on: "6:00am" → "6:00" "am", "5km"; but
    // "1990s", "10th", "3D" stay whole.
    if (is_ascii_digit(t_[b])) {
      size_t k = b;
      while (k < j && (is_ascii_digit(t_[k]) || t_[k] == ',' || t_[k] == '.' || t_[k] == ':')) ++k;
      size_t letters = j - k;
      // One capital stays ("3D", "5G"); one lower-case unit splits ("11m").
      bool all_letters = letters >= 2 || (letters == 1 && is_ascii_lower(t_[k]) && t_[k] != 's');
      for (size_t m = k; m < j && all_letters; ++m) {
        all_letters = is_ascii_lower(t_[m]) || is_ascii_upper(t_[m]);
      }
      if (all_letters && !is_ordinal_suffix(t_.substr(k, letters))) {
        emit(b, k);
        emit(k, j);
        return j;
      }
    }
    emit_word(b, j);
    return j;
  }

  static bool is_ordinal_suffix(std::string_view s) {
    if (s.size() != 2) return false;
    char a = static_cast<char>(s[0] | 0x20), c = static_cast<char>(s[1] | 0x20);
    return (a == 's' && c == 't') || (a == 'n' && c == 'd') || (a == 'r' && c == 'd') ||
           (a == 't' && c == 'h');
  }

  // End of a telephone or ZIP+4 number starting at i (345-9945,
  // 713-853-3989, 1-800-555-0199, 20006-3700), or 0. The number must end
  // the word.
  size_t phone_number_end(size_t i, size_t e) const {
    if (!is_ascii_digit(t_[i])) return 0;
    size_t groups[5];
    size_t count = 0;
    size_t j = i;
    while (count < 5) {
      size_t d = count_digits(t_, j, e);
      if (d == 0) return 0;
      groups[count++] = d;
      j += d;
      if (j < e && t_[j] == '-' && j + 1 < e && is_ascii_digit(t_[j + 1])) {
        ++j;
        continue;
      }
      break;
    }
    if (j < e && is_word_char(decode_at(t_, j).cp)) return 0;
    bool ok = (count == 2 && groups[0] == 3 && groups[1] == 4) ||
              (count == 2 && groups[0] == 5 && groups[1] == 4) ||
              (count == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 4) ||
              (count == 4 && groups[0] == 1 && groups[1] == 3 && groups[2] == 3 && groups[3] == 4);
    return ok ? j : 0;
  }

  // True when the first non-space character at or after i is a digit.
  bool next_is_digit(size_t i) const {
    while (i < t_.size() && (t_[i] == ' ' || t_[i] == '\t')) ++i;
    return i < t_.size() && is_ascii_digit(t_[i]);
  }

  void emit_word(size_t b, size_t e) {
    size_t first = fused_word_split(t_.substr(b, e - b));
    if (first > 0) {
      emit(b, b + first);
      emit(b + first, e);
      return;
    }
    emit(b, e);
  }

  // A URL or e-mail address is one token; leading and trailing punctuation
  // around it is not part of it.
  bool try_url_or_email(size_t b, size_t e) {
    std::string_view chunk = t_.substr(b, e - b);
    size_t scheme = chunk.find("://");
    size_t at = chunk.find('@');
    bool www = false;
    size_t lead = 0;
    while (lead < chunk.size() && (chunk[lead] == '(' || chunk[lead] == '[' ||
                                   chunk[lead] == '<' || chunk[lead] == '"' || chunk[lead] == '\'')) {
      ++lead;
    }
    if (starts_with_ci(chunk.substr(lead), "www.")) www = true;
    bool email = false;
    if (at != std::string_view::npos && at > lead && scheme == std::string_view::npos) {
      size_t dot = chunk.find('.', at);
      email = dot != std::string_view::npos && dot > at + 1 && dot + 1 < chunk.size() &&
              is_word_char(static_cast<unsigned char>(chunk[dot + 1]));
    }
    if (scheme == std::string_view::npos && !www && !email) return false;
    if (scheme != std::string_view::npos && (scheme < lead || scheme == lead)) return false;
    // Trailing punctuation that ends a sentence or closes a bracket or quote.
    size_t end = chunk.size();
    while (end > lead) {
      char c = chunk[end - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
          c == '\'' || c == '>' || c == ']') {
        --end;
      } else if (c == ')' && chunk.substr(lead, end - lead).find('(') == std::string_view::npos) {
        --end;
      } else if (end - lead >= 3 && static_cast<unsigned char>(c) >= 0x80 &&
                 (chunk.substr(end - 3, 3) == "\xE2\x80\x9D" ||
                  chunk.substr(end - 3, 3) == "\xE2\x80\x99")) {
        end -= 3;  // ” ’
      } else {
        break;
      }
    }
    if (end <= lead) return false;
    for (size_t k = 0; k < lead; ++k) emit(b + k, b + k + 1);
    emit(b + lead, b + end);
    size_t i = b + end;
    while (i < e) i = piece(i, b, e);
    return true;
  }

  bool try_emoticon(size_t b, size_t e) {
    std::string_view chunk = t_.substr(b, e - b);
    if (chunk.size() < 2 || chunk.size() > 3) return false;
    static constexpr std::string_view kFaces[] = {":)", ":(", ":-)", ":-(", ";)", ";-)",
                                                  ":D", ":-D", ":P", ":p", ":/", "<3"};
    for (std::string_view face : kFaces) {
      if (chunk == face) {
        emit(b, e);
        return true;
      }
    }
    return false;
  }

  std::string_view t_;
  std::vector<Token> out_;
};

}  // namespace

std::vector<Token> tokenize_text(std::string_view text) { return Tokenizer(text).run(); }

void tokenize(Document& doc) {
  doc.tokens = tokenize_text(doc.text);
  doc.sentences = split_sentences(doc.text, doc.tokens);
}

}  // namespace newsgraph
