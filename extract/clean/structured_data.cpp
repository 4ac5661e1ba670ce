#include "extract/clean/structured_data.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstring>

#include "extract/text/unicode.h"

namespace newsgraph {
namespace {

using Value = rapidjson::Value;

// Deeper JSON is not metadata; the cap also bounds the recursion.
constexpr int kMaxDepth = 16;

bool is_article_type(const Value& type) {
  auto article = [](const Value& t) {
    if (!t.IsString()) return false;
    std::string_view s(t.GetString(), t.GetStringLength());
    return s.find("Article") != std::string_view::npos || s == "BlogPosting" ||
           s == "LiveBlogPosting" || s == "Report";
  };
  if (type.IsArray()) {
    for (const Value& t : type.GetArray())
      if (article(t)) return true;
    return false;
  }
  return article(type);
}

std::string string_of(const Value& v) {
  if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
  return "";
}

// "author": "A", {"name": "A"}, [{"name": "A"}, {"name": "B"}] → "A, B".
std::string names_of(const Value& v, int depth = 0) {
  if (depth > 3) return "";
  if (v.IsString()) return string_of(v);
  if (v.IsObject()) {
    auto name = v.FindMember("name");
    if (name != v.MemberEnd()) return names_of(name->value, depth + 1);
    return "";
  }
  if (v.IsArray()) {
    std::string out;
    for (const Value& item : v.GetArray()) {
      std::string n = names_of(item, depth + 1);
      if (n.empty()) continue;
      if (!out.empty()) out += ", ";
      out += n;
    }
    return out;
  }
  return "";
}

std::string url_of(const Value& v) {
  if (v.IsString()) return string_of(v);
  if (v.IsObject()) {
    auto id = v.FindMember("@id");
    if (id != v.MemberEnd() && id->value.IsString()) return string_of(id->value);
    auto url = v.FindMember("url");
    if (url != v.MemberEnd() && url->value.IsString()) return string_of(url->value);
  }
  return "";
}

void set_if_empty(std::string& field, std::string value) {
  if (field.empty() && !value.empty()) field = std::move(value);
}

void visit(const Value& v, StructuredData& data, int depth) {
  if (depth > kMaxDepth) return;
  if (v.IsArray()) {
    for (const Value& item : v.GetArray()) visit(item, data, depth + 1);
    return;
  }
  if (!v.IsObject()) return;
  auto type = v.FindMember("@type");
  if (type != v.MemberEnd() && is_article_type(type->value)) {
    auto field = [&](const char* name) -> const Value* {
      auto m = v.FindMember(name);
      return m == v.MemberEnd() ? nullptr : &m->value;
    };
    if (const Value* f = field("headline")) set_if_empty(data.headline, string_of(*f));
    if (const Value* f = field("datePublished")) set_if_empty(data.date_published, string_of(*f));
    if (const Value* f = field("dateCreated")) set_if_empty(data.date_published, string_of(*f));
    if (const Value* f = field("author")) set_if_empty(data.author, names_of(*f));
    if (const Value* f = field("url")) set_if_empty(data.url, url_of(*f));
    if (const Value* f = field("mainEntityOfPage")) set_if_empty(data.url, url_of(*f));
    if (const Value* f = field("inLanguage")) set_if_empty(data.language, string_of(*f));
    if (const Value* f = field("articleBody")) {
      std::string body = strip_markup(string_of(*f));
      if (body.size() > data.article_body.size()) data.article_body = std::move(body);
    }
  }
  for (const char* nested : {"@graph", "mainEntity", "itemListElement"}) {
    auto m = v.FindMember(nested);
    if (m != v.MemberEnd()) visit(m->value, data, depth + 1);
  }
}

}  // namespace

void read_json_ld(std::string_view json, StructuredData& data) {
  rapidjson::Document doc;
  std::string text(json);
  // Iterative parsing: a hostile page cannot exhaust the stack.
  constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseCommentsFlag |
                              rapidjson::kParseTrailingCommasFlag |
                              rapidjson::kParseNanAndInfFlag;
  doc.Parse<kFlags>(text.c_str(), text.size());
  if (doc.HasParseError()) return;
  visit(doc, data, 0);
}

std::string strip_markup(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  size_t i = 0;
  while (i < html.size()) {
    char c = html[i];
    if (c == '<') {
      size_t end = html.find('>', i);
      if (end == std::string_view::npos) break;
      std::string_view tag = html.substr(i + 1, end - i - 1);
      auto starts = [&](const char* name) {
        size_t n = std::strlen(name);
        if (tag.size() < n) return false;
        for (size_t k = 0; k < n; ++k)
          if (std::tolower(static_cast<unsigned char>(tag[k])) != name[k]) return false;
        return tag.size() == n || !std::isalpha(static_cast<unsigned char>(tag[n]));
      };
      if (starts("p") || starts("/p") || starts("br") || starts("div") || starts("/div") ||
          starts("h2") || starts("h3") || starts("li"))
        out.push_back('\n');
      i = end + 1;
      continue;
    }
    if (c == '&') {
      size_t end = html.find(';', i);
      if (end != std::string_view::npos && end - i <= 10) {
        std::string_view name = html.substr(i + 1, end - i - 1);
        char32_t cp = 0;
        if (name == "amp") cp = '&';
        else if (name == "lt") cp = '<';
        else if (name == "gt") cp = '>';
        else if (name == "quot") cp = '"';
        else if (name == "apos") cp = '\'';
        else if (name == "nbsp") cp = ' ';
        else if (name == "rsquo") cp = 0x2019;
        else if (name == "lsquo") cp = 0x2018;
        else if (name == "ldquo") cp = 0x201C;
        else if (name == "rdquo") cp = 0x201D;
        else if (name == "mdash") cp = 0x2014;
        else if (name == "ndash") cp = 0x2013;
        else if (name.size() > 1 && name[0] == '#') {
          bool hex = name[1] == 'x' || name[1] == 'X';
          char32_t v = 0;
          bool ok = name.size() > (hex ? 2u : 1u);
          for (size_t k = hex ? 2 : 1; k < name.size() && ok; ++k) {
            char d = name[k];
            int digit = std::isdigit(static_cast<unsigned char>(d)) ? d - '0'
                        : hex && std::isxdigit(static_cast<unsigned char>(d))
                            ? 10 + (std::tolower(static_cast<unsigned char>(d)) - 'a')
                            : -1;
            if (digit < 0) ok = false;
            else v = v * (hex ? 16 : 10) + static_cast<char32_t>(digit);
            if (v > 0x10FFFF) ok = false;
          }
          if (ok && v != 0 && !(v >= 0xD800 && v < 0xE000)) cp = v;
        }
        if (cp != 0) {
          unicode::append_utf8(out, cp);
          i = end + 1;
          continue;
        }
      }
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

}  // namespace newsgraph
