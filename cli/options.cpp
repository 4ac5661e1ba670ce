#include "cli/options.h"

#include <charconv>

namespace newsgraph::cli {

Options::Options(int argc, char** argv) {
  for (int i = 0; i < argc; ++i) args_.push_back({argv[i], false});
}

bool Options::flag(const std::string& short_name, const std::string& long_name) {
  bool found = false;
  for (Arg& a : args_) {
    if (a.text == "--") break;
    if (a.used) continue;
    if ((!short_name.empty() && a.text == short_name) || (!long_name.empty() && a.text == long_name)) {
      a.used = true;
      found = true;
    }
  }
  return found;
}

std::vector<std::string> Options::values(const std::string& short_name,
                                         const std::string& long_name) {
  std::vector<std::string> found;
  for (size_t i = 0; i < args_.size(); ++i) {
    Arg& a = args_[i];
    if (a.text == "--") break;
    if (a.used) continue;
    bool named = (!short_name.empty() && a.text == short_name) ||
                 (!long_name.empty() && a.text == long_name);
    if (named) {
      a.used = true;
      if (i + 1 >= args_.size()) {
        error_ = "option " + a.text + " needs a value";
        continue;
      }
      args_[i + 1].used = true;
      found.push_back(args_[i + 1].text);
      ++i;
    } else if (!long_name.empty() && a.text.rfind(long_name + "=", 0) == 0) {
      a.used = true;
      found.push_back(a.text.substr(long_name.size() + 1));
    }
  }
  return found;
}

std::optional<std::string> Options::value(const std::string& short_name,
                                          const std::string& long_name) {
  auto all = values(short_name, long_name);
  if (all.empty()) return std::nullopt;
  return all.back();
}

std::vector<std::string> Options::positional() {
  std::vector<std::string> out;
  bool after_dashes = false;
  for (Arg& a : args_) {
    if (!after_dashes && a.text == "--") {
      after_dashes = true;
      continue;
    }
    if (a.used) continue;
    if (!after_dashes && a.text.size() > 1 && a.text[0] == '-') {
      if (!error_) error_ = "unknown option " + a.text;
      continue;
    }
    out.push_back(a.text);
  }
  return out;
}

std::optional<std::string> Options::error() const { return error_; }

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::optional<unsigned> parse_positive(const std::string& text) {
  unsigned n = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || ptr != text.data() + text.size() || n == 0) return std::nullopt;
  return n;
}

bool positive_option(const std::optional<std::string>& text, unsigned fallback, unsigned* out) {
  if (!text) {
    *out = fallback;
    return true;
  }
  auto n = parse_positive(*text);
  if (!n) return false;
  *out = *n;
  return true;
}

}  // namespace newsgraph::cli
