#include "extract/text/unicode.h"

namespace newsgraph::unicode {

char32_t next_code_point(std::string_view text, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + len > text.size()) {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_valid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t cp = next_code_point(text, i);
    // A real U+FFFD is three bytes; an invalid sequence advances by one.
    if (cp == 0xFFFD && i - start != 3) return false;
  }
  return true;
}

namespace {

// Base letters of U+00C0..U+017F (Latin-1 Supplement letters and Latin
// Extended-A), lower case, one entry per code point; '\0' = not a letter.
constexpr char kLatinBase[] =
    // C0-DF: ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
    // E0-FF: àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyty"
    // 100-17F: ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

}  // namespace

std::string fold_code_point(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return out;
  }
  if (cp == 0xDF) return "ss";
  if (cp == 0xC6 || cp == 0xE6) return "ae";
  if (cp == 0x152 || cp == 0x153) return "oe";
  if (cp >= 0xC0 && cp <= 0x17F) {
    char base = kLatinBase[cp - 0xC0];
    if (base != '\0') {
      out += base;
      return out;
    }
  }
  // Latin Extended-B and others we meet in names: ș ț (comma below).
  if (cp == 0x218 || cp == 0x219) return "s";
  if (cp == 0x21A || cp == 0x21B) return "t";
  // Greek and Cyrillic capitals: lower-case them (simple offsets).
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) cp += 32;
  else if (cp >= 0x410 && cp <= 0x42F) cp += 32;
  else if (cp >= 0x400 && cp <= 0x40F) cp += 80;
  append_utf8(out, cp);
  return out;
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  if (cp == 0xAA || cp == 0xB5 || cp == 0xBA) return true;  // ª µ º
  if (cp >= 0x250 && cp <= 0x2C1) return true;  // IPA, modifier letters (ʻ ʼ)
  if (cp >= 0x370 && cp <= 0x3FF) return cp != 0x37E && cp != 0x387;  // Greek
  if (cp >= 0x400 && cp <= 0x52F) return true;                        // Cyrillic
  if (cp >= 0x5D0 && cp <= 0x5EA) return true;                        // Hebrew
  if (cp >= 0x620 && cp <= 0x64A) return true;                        // Arabic
  if (cp >= 0x671 && cp <= 0x6D3) return true;                        // Arabic ext.
  if (cp >= 0x900 && cp <= 0xDFF) return true;    // Indic scripts
  if (cp >= 0xE00 && cp <= 0xE7F) return cp != 0xE3F;  // Thai, not ฿
  if (cp >= 0x1E00 && cp <= 0x1EFF) return true;  // Latin Extended Additional
  if (cp >= 0x4E00 && cp <= 0x9FFF) return true;  // CJK
  if (cp >= 0x3040 && cp <= 0x30FF) return true;  // kana
  if (cp >= 0xAC00 && cp <= 0xD7A3) return true;  // Hangul
  return false;
}

bool is_mark(char32_t cp) {
  return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x483 && cp <= 0x489) ||
         (cp >= 0x591 && cp <= 0x5BD) || (cp >= 0x64B && cp <= 0x65F) ||
         (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
         (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200D;
}

bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) {
    // Latin Extended-A alternates upper/lower, with a shift after U+0138.
    if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
    if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1;
    if (cp == 0x178) return true;
    if (cp == 0x130) return true;
    return cp % 2 == 0 && cp != 0x138;
  }
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

bool is_space(char32_t cp) {
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200B;
  }
}

bool is_dash(char32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 ||
         cp == 0xFF0D;
}

bool is_quote(char32_t cp) {
  return cp == '\'' || cp == '"' || cp == '`' || (cp >= 0x2018 && cp <= 0x201F) ||
         cp == 0xAB || cp == 0xBB || cp == 0x2032 || cp == 0x2033;
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) out += fold_code_point(next_code_point(text, i));
  return out;
}

}  // namespace newsgraph::unicode

namespace newsgraph {

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool in_capitals(std::string_view text) {
  int capitals = 0;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++capitals;
  }
  return capitals >= 2;
}

}  // namespace newsgraph
