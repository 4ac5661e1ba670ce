// newsgraph: news pages in, a knowledge graph of who did what to whom out.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string_view>

#include "cli/commands.h"

namespace {

constexpr const char* kUsage = R"(newsgraph )" NEWSGRAPH_VERSION R"( — build a knowledge graph from news pages

Usage: newsgraph COMMAND [OPTIONS] ...

Commands:
  build    pages → graph.json, graph.graphml, graph.cypher, neo4j/, graph.dot
  clean    pages → article title, date and body (text or JSON)
  parse    a page or CoNLL-U → CoNLL-U with POS tags, lemmas and dependencies
  train    train the POS tagger or the dependency parser from CoNLL-U
  patterns check the relation rules; count how often each fires on pages
  explain  the evidence sentences behind an edge or a node of graph.json

Run 'newsgraph COMMAND --help' for a command's options.

Exit codes: 0 ok; 1 some inputs failed (named on stderr) but output was
written; 2 usage error.
)";

struct Command {
  std::string_view name;
  int (*run)(int, char**);
};

constexpr Command kCommands[] = {
    {"build", newsgraph::cli::run_build},
    {"clean", newsgraph::cli::run_clean},
    {"parse", newsgraph::cli::run_parse},
    {"train", newsgraph::cli::run_train},
    {"patterns", newsgraph::cli::run_patterns},
    {"explain", newsgraph::cli::run_explain},
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string_view name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (name == "--version") {
    std::puts("newsgraph " NEWSGRAPH_VERSION);
    return 0;
  }
  for (const Command& command : kCommands) {
    if (command.name != name) continue;
    try {
      return command.run(argc - 2, argv + 2);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "newsgraph %s: %s\n", argv[1], e.what());
      return 1;
    }
  }
  std::fprintf(stderr, "newsgraph: unknown command '%s'\n\n%s", argv[1], kUsage);
  return 2;
}
