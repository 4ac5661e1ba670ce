// newsgraph clean: pages → the article's title, date and body.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/options.h"
#include "extract/clean/article_cleaner.h"
#include "extract/clean/input.h"

namespace newsgraph::cli {
namespace {

constexpr const char* kHelp = R"(Usage: newsgraph clean [--format text|json] INPUT...

Prints the article in each news page: the body without the page's menus,
teasers, captions, comments and banners, and with --format json also the
title, publication date (ISO 8601), author and canonical URL.

INPUT is a file or a directory (searched recursively) of .html, .htm or .txt
pages, each optionally gzip-compressed (.gz). HTML is parsed in any common
encoding; .txt files are text dumps of pages whose tags were already dropped.

Options:
  --format text   the article body, one paragraph per line (default); with
                  several inputs each body follows a line "==> ID <=="
  --format json   one object {ID: {"title", "date", "author", "url",
                  "articleBody"}}, ID = file name without .gz/.html/.htm/.txt
  -h, --help      this help

An input that cannot be read (missing, not HTML or text, corrupt gzip) is
named on stderr and skipped.

Exit codes: 0 ok; 1 some inputs were skipped but the rest was printed;
2 usage error (bad option, no input).

Example:
  newsgraph clean --format json pages/*.html.gz > articles.json
)";

void write_string(rapidjson::Writer<rapidjson::StringBuffer>& w, const std::string& s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

}  // namespace

int run_clean(int argc, char** argv) {
  Options options(argc, argv);
  if (options.flag("-h", "--help")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  std::string format = options.value("", "--format").value_or("text");
  std::vector<std::string> arguments = options.positional();
  if (auto error = options.error()) {
    std::fprintf(stderr, "newsgraph clean: %s\n%s", error->c_str(), kHelp);
    return 2;
  }
  if (format != "text" && format != "json") {
    std::fprintf(stderr, "newsgraph clean: unknown format '%s' (use text or json)\n",
                 format.c_str());
    return 2;
  }
  if (arguments.empty()) {
    std::fprintf(stderr, "newsgraph clean: no INPUT given\n%s", kHelp);
    return 2;
  }

  InputList inputs = collect_inputs(arguments);
  int exit_code = 0;
  for (const auto& [path, why] : inputs.skipped) {
    std::fprintf(stderr, "newsgraph clean: %s: %s (skipped)\n", path.c_str(), why.c_str());
    exit_code = 1;
  }

  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  if (format == "json") json.StartObject();
  bool several = inputs.files.size() > 1;
  for (const InputFile& file : inputs.files) {
    Article article;
    try {
      article = clean_article(read_input(file.path));
    } catch (const InputError& e) {
      std::fprintf(stderr, "newsgraph clean: %s (skipped)\n", e.what());
      exit_code = 1;
      continue;
    }
    if (format == "json") {
      write_string(json, file.id);
      json.StartObject();
      json.Key("title");
      write_string(json, article.title);
      json.Key("date");
      write_string(json, article.date);
      json.Key("author");
      write_string(json, article.author);
      json.Key("url");
      write_string(json, article.url);
      json.Key("articleBody");
      write_string(json, article.body);
      json.EndObject();
    } else {
      if (several) std::printf("==> %s <==\n", file.id.c_str());
      std::fwrite(article.body.data(), 1, article.body.size(), stdout);
      if (!article.body.empty()) std::fputc('\n', stdout);
      if (several) std::fputc('\n', stdout);
    }
  }
  if (format == "json") {
    json.EndObject();
    std::fwrite(buffer.GetString(), 1, buffer.GetSize(), stdout);
    std::fputc('\n', stdout);
  }
  if (std::fflush(stdout) != 0) {
    std::perror("newsgraph clean: writing output");
    return 1;
  }
  return exit_code;
}

}  // namespace newsgraph::cli
