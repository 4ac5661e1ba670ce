// newsgraph build: pages → the knowledge graph in every format.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/options.h"
#include "export/atomic_file.h"
#include "export/exporters.h"
#include "extract/pipeline.h"
#include "graph/knowledge_graph.h"
#include "graph/resolution_overrides.h"

namespace newsgraph::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp = R"(Usage: newsgraph build [OPTIONS] INPUT...

Reads news pages and writes the knowledge graph of who did what to whom.

INPUT is a file or a directory (searched recursively) of .html, .htm or .txt
pages, each optionally gzip-compressed (.gz). Other files are ignored.

Options:
  -o, --output DIR      where to write (default: out)
  --format F[,F...]     json, graphml, cypher, neo4j-csv, dot (default: all)
  -j, --jobs N          documents processed in parallel (default: all cores);
                        the output is the same for any N
  --include-hedged      also export negated and hedged edges
  --resolve FILE        your same-as / not-same-as decisions (JSON, see
                        docs/resolve.md); they override automatic merging
  --patterns DIR        relation rules to use instead of schemas/patterns/
  --data-dir DIR        where schemas/ and models/ are (default: the checkout
                        newsgraph was built from, or $NEWSGRAPH_DATA_DIR)
  -q, --quiet           no progress line and no summary
  -h, --help            this help

Writes DIR/graph.json, DIR/graph.graphml, DIR/graph.cypher, DIR/neo4j/ and
DIR/graph.dot; each file is written to a temporary name and then renamed.

Exit codes: 0 ok; 1 some inputs were skipped (named on stderr) but the graph
was written; 2 usage error or nothing could be written.

Example:
  newsgraph build samples/ -o out/
  newsgraph build --format json,dot --jobs 4 crawl/2016-02/ -o feb/
)";

const std::vector<std::string> kFormats = {"json", "graphml", "cypher", "neo4j-csv", "dot"};

struct Outcome {
  std::optional<Document> document;
  std::string error;  // when the input was skipped
};

void write_outputs(const KnowledgeGraph& graph, const fs::path& dir,
                   const std::set<std::string>& formats, const ExportOptions& options) {
  fs::create_directories(dir);
  auto write = [&](const char* name, void (*writer)(const KnowledgeGraph&, std::ostream&,
                                                    const ExportOptions&)) {
    write_file_atomically(dir / name, [&](std::ostream& out) { writer(graph, out, options); });
  };
  if (formats.count("json")) write("graph.json", write_json);
  if (formats.count("graphml")) write("graph.graphml", write_graphml);
  if (formats.count("cypher")) write("graph.cypher", write_cypher);
  if (formats.count("dot")) write("graph.dot", write_dot);
  if (formats.count("neo4j-csv")) write_neo4j_csv(graph, dir / "neo4j", options);
}

void print_summary(const KnowledgeGraph& graph, size_t documents,
                   const std::vector<std::pair<std::string, std::string>>& skipped,
                   const fs::path& dir, double seconds, const ExportOptions& options) {
  std::map<std::string, int> nodes_by_type, edges_by_type;
  const Graph& g = graph.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    ++nodes_by_type[std::string(to_string(g[v].type))];
  // The counts are of the edges written; hedged and negated ones are named
  // apart, so the summary matches the files.
  size_t edges = 0, held_back = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (!is_exported(g[e], options)) {
      ++held_back;
      continue;
    }
    ++edges;
    ++edges_by_type[std::string(to_string(g[e].type))];
  }
  auto join = [](const std::map<std::string, int>& counts) {
    std::string s;
    for (const auto& [name, n] : counts) s += fmt::format("{}{} {}", s.empty() ? "" : ", ", n, name);
    return s.empty() ? std::string("none") : s;
  };
  std::string text = fmt::format(
      "newsgraph: {} document{} in {:.1f} s → {} nodes ({}), {} edges ({}); written to {}",
      documents, documents == 1 ? "" : "s", seconds, graph.node_count(), join(nodes_by_type), edges,
      join(edges_by_type), dir.string());
  if (held_back > 0)
    text += fmt::format("; {} hedged or negated edge{} not written (--include-hedged writes them)", held_back,
                        held_back == 1 ? "" : "s");
  if (!skipped.empty()) {
    text += fmt::format("; {} skipped:", skipped.size());
    for (const auto& [path, why] : skipped) text += fmt::format("\n  {}: {}", path, why);
  }
  std::fprintf(stderr, "%s\n", text.c_str());
}

}  // namespace

int run_build(int argc, char** argv) {
  Options options(argc, argv);
  if (options.flag("-h", "--help")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  fs::path out_dir = options.value("-o", "--output").value_or("out");
  std::string format_list = options.value("", "--format").value_or("json,graphml,cypher,neo4j-csv,dot");
  std::string jobs_text = options.value("-j", "--jobs").value_or("");
  std::string data_dir = options.value("", "--data-dir").value_or("");
  bool include_hedged = options.flag("", "--include-hedged");
  std::string resolve_file = options.value("", "--resolve").value_or("");
  std::string patterns_dir = options.value("", "--patterns").value_or("");
  bool quiet = options.flag("-q", "--quiet");
  std::vector<std::string> paths = options.positional();
  if (auto error = options.error()) {
    std::fprintf(stderr, "newsgraph build: %s\n\n%s", error->c_str(), kHelp);
    return 2;
  }
  if (paths.empty()) {
    std::fprintf(stderr, "newsgraph build: no INPUT given\n\n%s", kHelp);
    return 2;
  }

  std::set<std::string> formats;
  for (const std::string& f : split_list(format_list)) {
    if (std::find(kFormats.begin(), kFormats.end(), f) == kFormats.end()) {
      std::fprintf(stderr, "newsgraph build: unknown format '%s' (known: %s)\n", f.c_str(),
                   "json, graphml, cypher, neo4j-csv, dot");
      return 2;
    }
    formats.insert(f);
  }
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  if (!jobs_text.empty()) {
    auto n = parse_positive(jobs_text);
    if (!n) {
      std::fprintf(stderr, "newsgraph build: --jobs takes a whole number ≥ 1, not '%s'\n",
                   jobs_text.c_str());
      return 2;
    }
    jobs = *n;
  }

  InputList inputs = collect_inputs(paths);
  std::vector<std::pair<std::string, std::string>> skipped = inputs.skipped;
  for (const auto& [path, why] : inputs.skipped)
    std::fprintf(stderr, "newsgraph build: skipping %s: %s\n", path.c_str(), why.c_str());
  if (inputs.files.empty()) {
    std::fprintf(stderr, "newsgraph build: no .html, .htm or .txt input found\n");
    return 2;
  }

  PipelineConfig config;
  config.data_dir = data_dir.empty() ? default_data_dir() : fs::path(data_dir);
  config.patterns_dir = patterns_dir;
  ResolutionOverrides overrides;
  if (!resolve_file.empty()) {
    try {
      overrides = load_resolution_overrides(resolve_file, config.data_dir);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "newsgraph build: --resolve: %s\n", e.what());
      return 2;
    }
  }
  // Models, lexicons and patterns load once; a broken file is named here.
  std::unique_ptr<Pipeline> loaded;
  try {
    loaded = std::make_unique<Pipeline>(config);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsgraph build: %s\n", e.what());
    return 2;
  }
  const Pipeline& pipeline = *loaded;

  // Documents in parallel, each into its own slot; merged below in input
  // order, so the graph does not depend on scheduling.
  const size_t total = inputs.files.size();
  std::vector<Outcome> outcomes(total);
  std::atomic<size_t> next{0}, done{0};
  const auto start = std::chrono::steady_clock::now();
  const bool progress = !quiet && ::isatty(STDERR_FILENO);
  std::mutex progress_mutex;
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < total;) {
      const InputFile& file = inputs.files[i];
      try {
        RawInput raw = read_input(file.path);
        raw.id = file.id;
        outcomes[i].document = pipeline.run(raw);
      } catch (const std::exception& e) {
        outcomes[i].error = e.what();
      }
      size_t n = done.fetch_add(1) + 1;
      if (progress) {
        std::lock_guard lock(progress_mutex);
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::fprintf(stderr, "\r%zu/%zu documents, %.1f docs/s", n, total, secs > 0 ? n / secs : 0.0);
        std::fflush(stderr);
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < std::min<size_t>(jobs, total); ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  if (progress) std::fputs("\n", stderr);

  KnowledgeGraph graph;
  size_t built = 0;
  for (size_t i = 0; i < total; ++i) {
    if (outcomes[i].document) {
      if (!quiet)
        for (const std::string& note : outcomes[i].document->notes)
          std::fprintf(stderr, "newsgraph build: %s: %s\n", inputs.files[i].path.c_str(), note.c_str());
      graph.add_document(*outcomes[i].document);
      ++built;
    } else {
      // The message names the file already when it comes from read_input.
      std::string why = outcomes[i].error;
      std::string prefix = inputs.files[i].path.string() + ": ";
      if (why.rfind(prefix, 0) == 0) why.erase(0, prefix.size());
      std::fprintf(stderr, "newsgraph build: skipping %s: %s\n", inputs.files[i].path.c_str(),
                   why.c_str());
      skipped.emplace_back(inputs.files[i].path.string(), why);
    }
    outcomes[i].document.reset();
  }
  graph.finalize(overrides);

  ExportOptions export_options;
  export_options.include_hedged = include_hedged;
  try {
    write_outputs(graph, out_dir, formats, export_options);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsgraph build: %s\n", e.what());
    return 2;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!quiet) print_summary(graph, built, skipped, out_dir, seconds, export_options);
  return skipped.empty() ? 0 : 1;
}

}  // namespace newsgraph::cli
