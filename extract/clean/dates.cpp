#include "extract/clean/dates.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Month names and abbreviations in English; 1..12, or 0.
int month_number(std::string_view word) {
  static const std::array<const char*, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  std::string w;
  for (char c : word) w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (w == "sept") return 9;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    std::string_view name = kMonths[m];
    if (w == name || (w.size() == 3 && name.substr(0, 3) == w)) return static_cast<int>(m) + 1;
  }
  return 0;
}

std::string format_date(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// A token of the text: a run of digits or of letters.
struct Token {
  std::string_view text;
  bool number = false;
  size_t end = 0;  // byte after the token
};

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < s.size() && tokens.size() < 400) {
    if (is_digit(s[i])) {
      size_t j = i;
      while (j < s.size() && is_digit(s[j])) ++j;
      // "3rd", "25th": the suffix belongs to the number.
      size_t k = j;
      while (k < s.size() && is_alpha(s[k]) && k - j < 2) ++k;
      std::string_view suffix = s.substr(j, k - j);
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") j = k;
      tokens.push_back({s.substr(i, j - i), true, j});
      i = j;
    } else if (is_alpha(s[i])) {
      size_t j = i;
      while (j < s.size() && is_alpha(s[j])) ++j;
      tokens.push_back({s.substr(i, j - i), false, j});
      i = j;
    } else {
      ++i;
    }
  }
  return tokens;
}

int to_int(std::string_view digits) {
  int v = 0;
  for (char c : digits) {
    if (!is_digit(c)) break;
    v = v * 10 + (c - '0');
    if (v > 100000) break;
  }
  return v;
}

size_t digit_count(std::string_view t) {
  size_t n = 0;
  while (n < t.size() && is_digit(t[n])) ++n;
  return n;
}

// Separators between numeric parts: "2016-02-04", "04/02/2016", "04.02.2016".
bool numeric_date_at(std::string_view s, size_t i, std::string& out) {
  auto number = [&](size_t& k, size_t& len) {
    size_t start = k;
    while (k < s.size() && is_digit(s[k])) ++k;
    len = k - start;
    return to_int(s.substr(start, len));
  };
  size_t k = i, l1 = 0, l2 = 0, l3 = 0;
  int a = number(k, l1);
  if (k >= s.size() || (s[k] != '-' && s[k] != '/' && s[k] != '.')) return false;
  char sep = s[k++];
  int b = number(k, l2);
  if (l2 == 0 || l2 > 2 || k >= s.size() || s[k] != sep) return false;
  ++k;
  int c = number(k, l3);
  if (k < s.size() && is_digit(s[k])) return false;
  if (l1 == 4 && l3 >= 1 && l3 <= 2) {
    out = format_date(a, b, c);
  } else if (l3 == 4 && l1 <= 2) {
    if (a > 12) out = format_date(c, b, a);       // day-first
    else if (b > 12) out = format_date(c, a, b);  // month-first
    else return false;                            // ambiguous
  } else {
    return false;
  }
  return !out.empty();
}

}  // namespace

std::string find_date(std::string_view s) {
  // Numeric dates.
  for (size_t i = 0; i < s.size(); ++i) {
    if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) continue;
    std::string out;
    if (numeric_date_at(s, i, out)) return out;
  }
  // Dates with a month name: "3 February 2016", "February 3, 2016",
  // "Feb. 3 2016".
  std::vector<Token> t = tokenize(s);
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].number) continue;
    int month = month_number(t[i].text);
    if (month == 0) continue;
    // "May" is also a verb; demand a day and a year beside it.
    if (i >= 1 && i + 1 < t.size() && t[i - 1].number && t[i + 1].number &&
        digit_count(t[i - 1].text) <= 2 && digit_count(t[i + 1].text) == 4) {
      std::string d = format_date(to_int(t[i + 1].text), month, to_int(t[i - 1].text));
      if (!d.empty()) return d;
    }
    if (i + 2 < t.size() && t[i + 1].number && t[i + 2].number &&
        digit_count(t[i + 1].text) <= 2 && digit_count(t[i + 2].text) == 4) {
      std::string d = format_date(to_int(t[i + 2].text), month, to_int(t[i + 1].text));
      if (!d.empty()) return d;
    }
  }
  return "";
}

std::string normalize_date(std::string_view value) {
  size_t b = 0, e = value.size();
  while (b < e && std::isspace(static_cast<unsigned char>(value[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(value[e - 1]))) --e;
  value = value.substr(b, e - b);
  if (value.size() >= 10 && digit_count(value) == 4 && value[4] == '-' &&
      is_digit(value[5]) && is_digit(value[6]) && value[7] == '-' && is_digit(value[8]) &&
      is_digit(value[9])) {
    if (format_date(to_int(value.substr(0, 4)), to_int(value.substr(5, 2)),
                    to_int(value.substr(8, 2))).empty())
      return "";
    // Keep date-times; cut anything that is not part of an ISO value.
    size_t n = 10;
    while (n < value.size() && n < 40 &&
           (is_digit(value[n]) || value[n] == 'T' || value[n] == ':' || value[n] == '.' ||
            value[n] == '+' || value[n] == '-' || value[n] == 'Z'))
      ++n;
    std::string out(value.substr(0, n));
    while (!out.empty() && (out.back() == 'T' || out.back() == ':' || out.back() == '.' ||
                            out.back() == '+' || out.back() == '-'))
      out.pop_back();
    return out;
  }
  if (value.size() == 8 && digit_count(value) == 8)
    return format_date(to_int(value.substr(0, 4)), to_int(value.substr(4, 2)),
                       to_int(value.substr(6, 2)));
  return find_date(value);
}

}  // namespace newsgraph
