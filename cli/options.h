// A small command-line option reader shared by the subcommands: flags,
// options with a value ("-o DIR", "--output DIR", "--output=DIR") and
// positional arguments. Unknown options are reported by error().
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace newsgraph::cli {

class Options {
 public:
  Options(int argc, char** argv);

  // True if the flag is present (short or long form; "" = none).
  bool flag(const std::string& short_name, const std::string& long_name);
  // The option's value, if present; the last one wins.
  std::optional<std::string> value(const std::string& short_name, const std::string& long_name);
  // Every value of a repeatable option, in order.
  std::vector<std::string> values(const std::string& short_name, const std::string& long_name);
  // The arguments that are not options (after all flag()/value() calls).
  std::vector<std::string> positional();
  // A message when an option was unknown or lacked its value.
  std::optional<std::string> error() const;

 private:
  struct Arg {
    std::string text;
    bool used = false;
  };
  std::vector<Arg> args_;
  std::optional<std::string> error_;
};

// "a,b,,c" → {"a", "b", "c"}
std::vector<std::string> split_list(const std::string& text);
// "4" → 4; anything else (0, negative, junk) → nullopt
std::optional<unsigned> parse_positive(const std::string& text);
// An option's positive number into *out, or `fallback` when the option is
// absent; false (and *out untouched) when the text is not a positive number.
bool positive_option(const std::optional<std::string>& text, unsigned fallback, unsigned* out);

}  // namespace newsgraph::cli
