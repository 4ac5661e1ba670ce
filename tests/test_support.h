// Helpers shared by the tests: paths to the checkout, ../shared and the
// newsgraph binary, temporary directories, running a command, and finding
// entities and graph nodes by name.
#pragma once

#include <filesystem>
#include <string>

#include "extract/document.h"

namespace newsgraph {
class KnowledgeGraph;
struct NodeProperties;
}  // namespace newsgraph

namespace newsgraph::testing {

std::filesystem::path source_dir();  // the checkout
std::filesystem::path shared_dir();  // ../shared beside it (may not exist)
bool have_shared();                  // ../shared is present
std::filesystem::path binary();      // build/newsgraph

// A fresh empty directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout and stderr, merged
};
// Runs a shell command, capturing stdout and stderr.
CommandResult run_command(const std::string& command);

// The text as the cleaner would give it (paragraphs one per line), run
// through every stage after cleaning with the shipped models and schemas.
Document annotate_text(const std::string& text, const std::string& id = "t", const std::string& title = "");
// The document's entity with this canonical name, or nullptr.
const DocEntity* find_entity(const Document& doc, const std::string& name);
// Whether the entity lists `alias` among its other forms.
bool has_alias(const DocEntity& entity, const std::string& alias);
// The graph's node with this canonical name, or nullptr.
const NodeProperties* find_node(const KnowledgeGraph& graph, const std::string& name);

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& content);
// Quotes s for a POSIX shell.
std::string shell_quote(const std::string& s);

}  // namespace newsgraph::testing
