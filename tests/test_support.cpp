#include "tests/test_support.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

#include <algorithm>

#include "extract/pipeline.h"
#include "graph/knowledge_graph.h"

namespace newsgraph::testing {

namespace fs = std::filesystem;

fs::path source_dir() { return NEWSGRAPH_SOURCE_DIR; }
fs::path shared_dir() { return fs::weakly_canonical(fs::path(NEWSGRAPH_SHARED_DIR)); }
bool have_shared() { return fs::is_directory(shared_dir() / "eval"); }
fs::path binary() { return NEWSGRAPH_BINARY; }

TempDir::TempDir() {
  std::random_device rd;
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path p = fs::temp_directory_path() / ("newsgraph-test-" + std::to_string(rd()));
    if (fs::create_directory(p)) {
      path_ = p;
      return;
    }
  }
  throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

CommandResult run_command(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

Document annotate_text(const std::string& text, const std::string& id, const std::string& title) {
  static const Pipeline pipeline(PipelineConfig{default_data_dir(), {}});
  Document doc;
  doc.id = id;
  doc.title = title;
  doc.text = text;
  pipeline.annotate(doc);
  return doc;
}

const DocEntity* find_entity(const Document& doc, const std::string& name) {
  for (const auto& e : doc.entities)
    if (e.name == name) return &e;
  return nullptr;
}

bool has_alias(const DocEntity& entity, const std::string& alias) {
  return std::find(entity.aliases.begin(), entity.aliases.end(), alias) != entity.aliases.end();
}

const NodeProperties* find_node(const KnowledgeGraph& graph, const std::string& name) {
  for (auto v : boost::make_iterator_range(boost::vertices(graph.graph())))
    if (graph.graph()[v].name == name) return &graph.graph()[v];
  return nullptr;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

}  // namespace newsgraph::testing
