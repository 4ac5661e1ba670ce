// newsgraph patterns check: validate the relation rules, and see which fire.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/options.h"
#include "extract/clean/input.h"
#include "extract/pipeline.h"
#include "extract/relations/relation_patterns.h"

namespace newsgraph::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp = R"(Usage: newsgraph patterns check [--patterns DIR] [--on INPUT...]

Validates the relation pattern files (schemas/patterns/*.json, or DIR)
against schemas/patterns.schema.json and reports errors by file and rule.
With --on, runs the whole pipeline over the inputs and counts how often each
rule fired; rules that never fired are listed, so silent rules are seen.

Options:
  --patterns DIR   the pattern files to check (default: schemas/patterns)
  --on INPUT...    files or directories to run the rules over
  --data-dir DIR   where schemas/ and models/ are
  -h, --help       this help

Exit codes: 0 valid; 1 valid, but some inputs could not be read; 2 invalid
pattern files or usage error.
)";

}  // namespace

int run_patterns(int argc, char** argv) {
  if (argc < 1 || std::string(argv[0]) == "--help" || std::string(argv[0]) == "-h") {
    std::fputs(kHelp, argc < 1 ? stderr : stdout);
    return argc < 1 ? 2 : 0;
  }
  if (std::string(argv[0]) != "check") {
    std::fprintf(stderr, "newsgraph patterns: unknown action '%s'\n\n%s", argv[0], kHelp);
    return 2;
  }
  Options options(argc - 1, argv + 1);
  if (options.flag("-h", "--help")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  std::string data_dir = options.value("", "--data-dir").value_or("");
  std::string patterns_dir = options.value("", "--patterns").value_or("");
  bool run_on = options.flag("", "--on");
  auto inputs = options.positional();
  if (auto error = options.error()) {
    std::fprintf(stderr, "newsgraph patterns check: %s\n\n%s", error->c_str(), kHelp);
    return 2;
  }
  if (!inputs.empty() && !run_on) {
    std::fprintf(stderr, "newsgraph patterns check: inputs need --on\n\n%s", kHelp);
    return 2;
  }
  PipelineConfig config;
  config.data_dir = data_dir.empty() ? default_data_dir() : fs::path(data_dir);
  config.patterns_dir = patterns_dir.empty() ? config.data_dir / "schemas" / "patterns" : fs::path(patterns_dir);

  PatternSet patterns;
  try {
    patterns = PatternSet::load(config.patterns_dir, config.data_dir / "schemas" / "patterns.schema.json");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsgraph patterns check: %s\n", e.what());
    return 2;
  }
  std::printf("%s: %zu rules, valid\n", config.patterns_dir.string().c_str(), patterns.rules().size());
  if (!run_on) return 0;

  Pipeline pipeline(config);
  InputList list = collect_inputs(inputs);
  std::map<std::string, int> fired;
  int failed = static_cast<int>(list.skipped.size());
  for (const auto& [path, why] : list.skipped)
    std::fprintf(stderr, "newsgraph patterns check: skipping %s: %s\n", path.c_str(), why.c_str());
  for (const InputFile& file : list.files) {
    try {
      RawInput raw = read_input(file.path);
      Document doc = pipeline.run(raw);
      for (const Relation& r : doc.relations) ++fired[r.rule.substr(0, r.rule.find('/'))];
    } catch (const std::exception& e) {
      std::fprintf(stderr, "newsgraph patterns check: skipping %s\n", e.what());
      ++failed;
    }
  }
  std::printf("over %zu document(s):\n", list.files.size() - std::min<size_t>(failed, list.files.size()));
  for (const PatternRule& rule : patterns.rules())
    std::printf("  %6d  %-22s %-16s (%s)\n", fired.count(rule.name) ? fired[rule.name] : 0,
                rule.name.c_str(), std::string(to_string(rule.type)).c_str(), rule.file.c_str());
  std::vector<std::string> silent;
  for (const PatternRule& rule : patterns.rules())
    if (!fired.count(rule.name)) silent.push_back(rule.name);
  // Built-in rules (titles, appositions, places) are not in the files.
  for (const auto& [name, n] : fired) {
    bool in_files = std::any_of(patterns.rules().begin(), patterns.rules().end(),
                                [&](const PatternRule& r) { return r.name == name; });
    if (!in_files) std::printf("  %6d  %-22s (built-in)\n", n, name.c_str());
  }
  if (!silent.empty()) {
    std::printf("never fired (%zu):", silent.size());
    for (const auto& s : silent) std::printf(" %s", s.c_str());
    std::printf("\n");
  }
  return failed ? 1 : 0;
}

}  // namespace newsgraph::cli
