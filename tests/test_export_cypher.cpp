// graph.cypher: checked with Neo4j's own Cypher parser (tests/cypher/lint.mjs,
// npm @neo4j-cypher/language-support), and its string literals decoded back.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <regex>

#include "export/escape.h"
#include "tests/test_export_graphs.h"
#include "tests/test_support.h"

namespace newsgraph::testing {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

size_t count_of(const std::string& text, const std::string& word) {
  size_t n = 0;
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
  return n;
}

void check_lints_clean(const std::string& script) {
  TempDir dir;
  write_file(dir / "graph.cypher", script);
  LintResult lint = lint_cypher(dir / "graph.cypher");
  REQUIRE(lint.ran);
  INFO(lint.output);
  CHECK(lint.exit_code == 0);
}

}  // namespace

TEST_CASE("cypher lint script fails on a syntax error", "[export][cypher]") {
  // The parser check below is only worth something if it can fail.
  // (A small script: Neo4j's parser takes about 0.5 s per 1000 bytes.)
  TempDir dir;
  std::string script = cypher_text(chain_graph(3));
  size_t merge = script.rfind("MERGE (a)-[r:");
  REQUIRE(merge != std::string::npos);
  script.replace(merge, 13, "MERGE (a)-[r:: ");
  write_file(dir / "broken.cypher", script);
  LintResult lint = lint_cypher(dir / "broken.cypher");
  REQUIRE(lint.ran);
  CHECK(lint.exit_code == 1);
  CHECK(lint.output.find("broken.cypher:") != std::string::npos);
}

TEST_CASE("cypher export parses with Neo4j's parser and is idempotent by construction",
          "[export][cypher]") {
  KnowledgeGraph kg = realistic_graph();
  std::string script = cypher_text(kg);
  check_lints_clean(script);

  // Constraints first, one per label; then nodes, then relationships.
  for (const char* label : {"Person", "Group", "Organization", "Place"}) {
    std::string constraint = std::string("CREATE CONSTRAINT ") + char(std::tolower(label[0])) +
                             (label + 1) + "_id IF NOT EXISTS FOR (n:" + label +
                             ") REQUIRE n.id IS UNIQUE;";
    INFO(constraint);
    CHECK(script.find(constraint) != std::string::npos);
    CHECK(script.find(constraint) < script.find("UNWIND"));
  }
  CHECK(script.rfind("CREATE CONSTRAINT") < script.find("MERGE (n:"));
  CHECK(script.rfind("MERGE (n:") < script.find("MERGE (a)-["));

  // Nothing is CREATEd but constraints: nodes and relationships MERGE on id.
  CypherLiterals literals = read_cypher_literals(script);
  CHECK(count_of(literals.code, "CREATE ") == 4);
  CHECK(count_of(literals.code, "MERGE (n:Person {id: row.id})") == 1);
  CHECK(count_of(literals.code, "MERGE (n:Place {id: row.id})") == 1);
  CHECK(literals.code.find("MERGE (a)-[r:ATTACKS {id: row.id}]->(b)") != std::string::npos);
  CHECK(literals.code.find("MERGE (a)-[r:MEMBER_OF {id: row.id}]->(b)") != std::string::npos);
  CHECK(literals.code.find("r.role = row.role") != std::string::npos);
  // Hedged and negated edges are left out.
  CHECK(literals.code.find(":BESIEGES") == std::string::npos);
  CHECK(literals.code.find(":BACKS") == std::string::npos);

  const Graph& g = kg.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    CHECK(contains(literals.strings, g[v].id));
    CHECK(contains(literals.strings, g[v].name));
  }
  std::vector<EdgeHandle> edges = exported_edges(kg);
  size_t rows = 0;
  for (EdgeHandle e : edges) {
    CHECK(contains(literals.strings, g[e].id));
    rows += count_of(script, "  {id: '" + g[e].id + "'");
    for (const Evidence& ev : g[e].evidence) CHECK(contains(literals.strings, ev.sentence));
  }
  CHECK(rows == edges.size());
  // Each row carries the event-data codes (CAMEO a string literal: "046" keeps its
  // zero), the documents and the first and last dates, and SET stores them.
  for (EdgeHandle e : edges) {
    const EdgeProperties& edge = g[e];
    size_t row = script.find("  {id: " + escape::cypher_string(edge.id));
    REQUIRE(row != std::string::npos);
    std::string line = script.substr(row, script.find('\n', row) - row);
    INFO(line);
    EventCodes codes = event_codes(edge.type);
    CHECK(line.find(fmt::format("plover: {}, cameo: {}, quad_class: {},",
                                escape::cypher_string(codes.plover),
                                escape::cypher_string(codes.cameo), codes.quad_class)) !=
          std::string::npos);
    std::string documents;
    for (const std::string& d : edge.documents)
      documents += (documents.empty() ? "" : ", ") + escape::cypher_string(d);
    CHECK(line.find(fmt::format("documents: [{}], first_date: {}, last_date: {}", documents,
                                escape::cypher_string(edge.first_date),
                                escape::cypher_string(edge.last_date))) != std::string::npos);
  }
  CHECK(script.find("type: 'negotiates-with', plover: 'CONSULT', cameo: '046', quad_class: 1,") !=
        std::string::npos);
  CHECK(contains(literals.strings, "046"));
  for (const char* set : {"r.plover = row.plover", "r.cameo = row.cameo",
                          "r.quad_class = row.quad_class", "r.documents = row.documents",
                          "r.first_date = row.first_date", "r.last_date = row.last_date"}) {
    INFO(set);
    CHECK(literals.code.find(set) != std::string::npos);
  }
  // Evidence as parallel lists, offsets as integers.
  CHECK(script.find("evidence_trigger_starts: [20, 88, 107]") != std::string::npos);
  CHECK(std::regex_search(script, std::regex("confidence: 0\\.85,")));
}

TEST_CASE("cypher export batches at most 1000 rows per UNWIND", "[export][cypher]") {
  KnowledgeGraph kg = chain_graph(2300);
  std::string script = cypher_text(kg);
  std::vector<size_t> batch_rows;
  std::istringstream in(script);
  std::string line;
  while (std::getline(in, line)) {
    if (line == "UNWIND [") batch_rows.push_back(0);
    else if (line.rfind("  {id: ", 0) == 0) ++batch_rows.back();
  }
  size_t total = 0;
  for (size_t n : batch_rows) {
    CHECK(n <= 1000);
    CHECK(n > 0);
    total += n;
  }
  CHECK(total == kg.node_count() + kg.edge_count());
  CHECK(batch_rows.size() >= 3 + 3);  // 2300 nodes in 3 batches, 2299 relationships in >= 3
  // Not linted: 2 MB take Neo4j's parser minutes; the statements are those
  // of the linted tests, only longer.
}

TEST_CASE("robustness: hostile names survive cypher", "[export][cypher][hostile]") {
  KnowledgeGraph kg = hostile_graph();
  TempDir dir;
  write_all_formats(kg, dir.path());
  std::string script = read_file(dir / "graph.cypher");
  LintResult lint = lint_cypher(dir / "graph.cypher");
  REQUIRE(lint.ran);
  INFO(lint.output);
  CHECK(lint.exit_code == 0);

  // Plain ASCII: nothing depends on the shell's or the browser's encoding.
  CHECK(std::none_of(script.begin(), script.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
  // No string ended early: outside literals there is only what we wrote.
  CypherLiterals literals = read_cypher_literals(script);
  for (const char* word : {"DELETE", "DETACH", "REMOVE", "DROP", "CALL", "LOAD", "FOREACH"}) {
    INFO(word);
    CHECK_FALSE(std::regex_search(literals.code, std::regex(std::string("\\b") + word + "\\b")));
  }
  CHECK(literals.code.find('$') == std::string::npos);
  // Every value comes back exactly, control characters included.
  const Graph& g = kg.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    CHECK(contains(literals.strings, g[v].id));
    CHECK(contains(literals.strings, g[v].name));
    CHECK(contains(literals.strings, g[v].kind));
    for (const std::string& alias : g[v].aliases) CHECK(contains(literals.strings, alias));
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    CHECK(contains(literals.strings, g[e].role));
    for (const Evidence& ev : g[e].evidence) {
      CHECK(contains(literals.strings, ev.sentence));
      CHECK(contains(literals.strings, ev.rule));
      CHECK(contains(literals.strings, ev.document));
    }
  }
  for (const std::string& s : hostile_strings()) CHECK(contains(literals.strings, s));
}

}  // namespace newsgraph::testing
