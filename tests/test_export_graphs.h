// Shared by the exporter tests (tests/test_export_*.cpp): graphs built through
// the KnowledgeGraph API, the hostile strings, writing every format to a
// folder, a strict RFC 4180 reader, a Cypher string-literal reader, and the
// external checkers (Neo4j's Cypher parser, Graphviz, NetworkX).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "export/exporters.h"
#include "graph/knowledge_graph.h"

namespace newsgraph::testing {

// A small news graph: five documents, nodes of all four types, aliases,
// edges with evidence (several mentions on one), one negated and one hedged
// edge, a member-of role. Finalized.
KnowledgeGraph realistic_graph();

// Strings built to break naive escaping in some format each.
const std::vector<std::string>& hostile_strings();

// A graph whose names, aliases, kinds, roles, rules, document ids and evidence
// sentences are the hostile strings, and one node id holding quotes, commas,
// ';', '\' and a newline. Finalized.
KnowledgeGraph hostile_graph();

// `count` places in a chain of located-in edges (for batching tests).
KnowledgeGraph chain_graph(int count);

// Writes graph.json, graph.graphml, graph.cypher, graph.dot and neo4j/ into dir.
void write_all_formats(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                       const ExportOptions& options = {});

// Each writer to a string.
std::string json_text(const KnowledgeGraph& graph, const ExportOptions& options = {});
std::string graphml_text(const KnowledgeGraph& graph, const ExportOptions& options = {});
std::string cypher_text(const KnowledgeGraph& graph, const ExportOptions& options = {});
std::string dot_text(const KnowledgeGraph& graph, const ExportOptions& options = {});

// Edges of the graph the exporters write under options, in graph order.
std::vector<EdgeHandle> exported_edges(const KnowledgeGraph& graph,
                                       const ExportOptions& options = {});

// The text with C0 controls other than tab, LF and CR removed (what
// XML and DOT cannot carry).
std::string without_controls(const std::string& text);
std::vector<std::string> without_controls(const std::vector<std::string>& items);

// Splits a GraphML list attribute ("a;b\\;c" → "a", "b;c"; '\\' escapes).
std::vector<std::string> split_graphml_list(const std::string& joined);

// Strict RFC 4180: CRLF record ends, quoted fields with doubled quotes, no
// bare quotes, CR or LF in unquoted fields, every record as wide as the first.
// Throws std::runtime_error saying where on any violation.
using CsvTable = std::vector<std::vector<std::string>>;
CsvTable read_csv_strict(const std::string& text);

// Every single- or double-quoted string literal of a Cypher script, decoded
// (\uXXXX with surrogate pairs, \\ \' \" \n \t \r \b \f); and the script with
// the literals and comments blanked out. Throws on a malformed escape or an
// unterminated literal.
struct CypherLiterals {
  std::vector<std::string> strings;
  std::string code;  // the script outside literals and comments
};
CypherLiterals read_cypher_literals(const std::string& script);

// Runs tests/cypher/lint.mjs on a file. Fails the test (with how to install
// the parser) when node or the npm package is missing.
struct LintResult {
  bool ran = false;
  int exit_code = -1;
  std::string output;
};
LintResult lint_cypher(const std::filesystem::path& file);

// "" when the JSON text parses and is valid against schemas/graph.schema.json,
// else what failed where.
std::string graph_json_errors(const std::string& json);

// True when /usr/bin/python3 can import networkx.
bool have_networkx();

}  // namespace newsgraph::testing
