#include "export/escape.h"

#include <fmt/format.h>

#include <cmath>

#include "extract/text/unicode.h"

namespace newsgraph::escape {
namespace {

// XML 1.0 "Char": #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
bool is_xml_char(char32_t cp) {
  if (cp == 0x9 || cp == 0xA || cp == 0xD) return true;
  if (cp < 0x20) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp == 0xFFFE || cp == 0xFFFF) return false;
  return cp <= 0x10FFFF;
}

void append_u16(std::string& out, unsigned unit) { out += fmt::format("\\u{:04X}", unit); }

}  // namespace

std::string valid_utf8(std::string_view text) {
  if (unicode::is_valid_utf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) unicode::append_utf8(out, unicode::next_code_point(text, i));
  return out;
}

std::string xml(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size() + 8);
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t cp = unicode::next_code_point(text, i);
    if (!is_xml_char(cp)) continue;
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;  // also keeps "]]>" out of content
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\'': out += attribute ? "&apos;" : "'"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      default:
        if (cp == 0xFFFD && i - start == 1) unicode::append_utf8(out, cp);  // invalid byte
        else out.append(text.substr(start, i - start));
    }
  }
  return out;
}

std::string joined_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t k = 0; k < items.size(); ++k) {
    if (k) out += ';';
    for (char c : items[k]) {
      if (c == '\\' || c == ';') out += '\\';
      out += c;
    }
  }
  return out;
}

std::string cypher_string(std::string_view text) {
  std::string out = "'";
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp = unicode::next_code_point(text, i);
    if (cp == '\'') out += "\\'";
    else if (cp == '\\') out += "\\\\";
    else if (cp >= 0x20 && cp < 0x7F) out += static_cast<char>(cp);
    else if (cp < 0x10000) append_u16(out, static_cast<unsigned>(cp));
    else {
      unsigned v = static_cast<unsigned>(cp) - 0x10000;
      append_u16(out, 0xD800 + (v >> 10));
      append_u16(out, 0xDC00 + (v & 0x3FF));
    }
  }
  out += '\'';
  return out;
}

namespace {

std::string dot_quoted(std::string_view text, bool label) {
  std::string out = "\"";
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t cp = unicode::next_code_point(text, i);
    if (cp == '"') out += "\\\"";
    else if (cp == '&' && label) out += "&amp;";
    else if (cp == '\\') out += "\\\\";
    else if (cp == '\n') out += "\\n";
    else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) continue;
    else if (cp == 0xFFFD && i - start == 1) unicode::append_utf8(out, cp);
    else out.append(text.substr(start, i - start));
  }
  out += '"';
  return out;
}

}  // namespace

std::string dot_string(std::string_view text) { return dot_quoted(text, true); }
std::string dot_id(std::string_view text) { return dot_quoted(text, false); }

std::string csv_field(std::string_view text) {
  std::string value = valid_utf8(text);
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string number(double value) {
  if (!std::isfinite(value)) return "0.0";
  std::string s = fmt::format("{}", value);
  if (auto plus = s.find("e+"); plus != std::string::npos) s.erase(plus + 1, 1);
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

}  // namespace newsgraph::escape
