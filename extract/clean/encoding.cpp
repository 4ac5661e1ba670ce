#include "extract/clean/encoding.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>

#include "extract/text/unicode.h"

namespace newsgraph {
namespace {

// Windows-1252's 0x80..0x9F; 0 marks the five undefined bytes, which are
// mapped to the C1 control of the same value as browsers do.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char32_t cp1252(unsigned char b) {
  if (b >= 0x80 && b < 0xA0 && kCp1252High[b - 0x80] != 0) return kCp1252High[b - 0x80];
  return b;
}

// The length of a valid UTF-8 sequence at s[i], or 0 when it is not valid.
size_t utf8_sequence(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  if (b < 0x80) return 1;
  size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
  if (n == 0 || b > 0xF4 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  unsigned char b1 = byte(i + 1);
  if (b == 0xE0 && b1 < 0xA0) return 0;   // overlong
  if (b == 0xED && b1 >= 0xA0) return 0;  // surrogate
  if (b == 0xF0 && b1 < 0x90) return 0;   // overlong
  if (b == 0xF4 && b1 >= 0x90) return 0;  // beyond U+10FFFF
  return n;
}

// UTF-8 with each invalid byte read as windows-1252; NULs and other C0
// controls except tab/newline are dropped so the text is safe everywhere.
std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b >= 0x20 || b == '\n' || b == '\t' || b == '\r') out.push_back(static_cast<char>(b));
      ++i;
      continue;
    }
    size_t n = utf8_sequence(s, i);
    if (n == 0) {
      unicode::append_utf8(out, cp1252(b));
      ++i;
    } else {
      out.append(s.data() + i, n);
      i += n;
    }
  }
  return out;
}

std::string utf16_to_utf8(std::string_view s, bool little_endian) {
  std::string out;
  out.reserve(s.size());
  auto unit = [&](size_t k) -> char32_t {
    unsigned char a = static_cast<unsigned char>(s[k]), b = static_cast<unsigned char>(s[k + 1]);
    return little_endian ? (a | (b << 8)) : ((a << 8) | b);
  };
  for (size_t i = 0; i + 1 < s.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u < 0xDC00 && i + 3 < s.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low < 0xE000) {
        unicode::append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u < 0xE000) u = 0xFFFD;
    if (u == 0) continue;
    unicode::append_utf8(out, u);
  }
  return out;
}

// Converts with iconv; false when the encoding is unknown to iconv.
bool iconv_to_utf8(std::string_view s, const std::string& charset, std::string& out) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out.clear();
  out.reserve(s.size() * 2);
  char* in = const_cast<char*>(s.data());
  size_t in_left = s.size();
  char buffer[1 << 14];
  while (in_left > 0) {
    char* o = buffer;
    size_t o_left = sizeof buffer;
    size_t r = iconv(cd, &in, &in_left, &o, &o_left);
    out.append(buffer, sizeof buffer - o_left);
    if (r == static_cast<size_t>(-1)) {
      if (errno == E2BIG) continue;
      // An invalid or truncated sequence: skip one byte and go on.
      if (in_left == 0) break;
      ++in;
      --in_left;
      out += "\xEF\xBF\xBD";
    }
  }
  iconv_close(cd);
  return true;
}

bool is_charset_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ||
         c == ':';
}

}  // namespace

std::string windows1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    unsigned char b = static_cast<unsigned char>(c);
    if (b < 0x20 && b != '\n' && b != '\t' && b != '\r') continue;
    unicode::append_utf8(out, cp1252(b));
  }
  return out;
}

std::string declared_charset(std::string_view bytes, bool html) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") return "utf-16le";
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") return "utf-16be";
  if (!html) return "";
  // Browsers look at the first 1024 bytes; pages with long heads declare
  // later, so look a little further.
  std::string head = ascii_lower(bytes.substr(0, std::min<size_t>(bytes.size(), 4096)));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) end = head.size();
    size_t cs = head.find("charset", pos);
    if (cs != std::string::npos && cs < end) {
      size_t v = cs + 7;
      while (v < end && (head[v] == ' ' || head[v] == '=')) ++v;
      while (v < end && (head[v] == '"' || head[v] == '\'')) ++v;
      size_t e = v;
      while (e < end && is_charset_char(head[e])) ++e;
      if (e > v) return head.substr(v, e - v);
    }
    pos = end;
  }
  return "";
}

std::string to_utf8(std::string_view bytes, bool html) {
  std::string charset = declared_charset(bytes, html);
  if (charset == "utf-16le" || charset == "utf-16be") {
    // A BOM always wins; a UTF-16 declaration in an ASCII-readable page is
    // a lie (the page could not have been read to find it), so ignore it.
    if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF"))
      return utf16_to_utf8(bytes.substr(2), charset == "utf-16le");
    charset = "utf-8";
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (charset.empty() || charset == "utf-8" || charset == "utf8" || charset == "unicode" ||
      charset == "utf-16" || charset == "x-user-defined")
    return repair_utf8(bytes);
  if (charset == "iso-8859-1" || charset == "latin1" || charset == "latin-1" ||
      charset == "windows-1252" || charset == "cp1252" || charset == "us-ascii" ||
      charset == "ascii" || charset == "iso8859-1" || charset == "l1") {
    // A page may declare Latin-1 and still be UTF-8 (a common CMS error):
    // if it is valid UTF-8 with non-ASCII text, trust the bytes.
    bool has_high = std::any_of(bytes.begin(), bytes.end(),
                                [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    if (has_high && unicode::is_valid_utf8(bytes)) return repair_utf8(bytes);
    return windows1252_to_utf8(bytes);
  }
  std::string out;
  if (iconv_to_utf8(bytes, charset, out)) return repair_utf8(out);
  return repair_utf8(bytes);
}

}  // namespace newsgraph
