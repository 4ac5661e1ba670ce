// All five formats together: a realistic graph end to end, and determinism
// (the same graph, or the same inputs added again, give byte-identical files).
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <set>

#include "tests/test_export_graphs.h"
#include "tests/test_support.h"

namespace newsgraph::testing {
namespace {

namespace fs = std::filesystem;

const char* const kFiles[] = {"graph.json",
                              "graph.graphml",
                              "graph.cypher",
                              "graph.dot",
                              "neo4j/nodes_person.csv",
                              "neo4j/nodes_group.csv",
                              "neo4j/nodes_organization.csv",
                              "neo4j/nodes_place.csv",
                              "neo4j/relationships.csv",
                              "neo4j/import.sh"};

}  // namespace

TEST_CASE("all formats: a realistic graph writes every file", "[export]") {
  KnowledgeGraph kg = realistic_graph();
  TempDir dir;
  write_all_formats(kg, dir.path());
  size_t count = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir.path())) {
    if (!entry.is_regular_file()) continue;
    ++count;
    INFO(entry.path().string());
    CHECK(entry.file_size() > 0);
  }
  CHECK(count == std::size(kFiles));
  // Every format names every node and leaves out the two non-facts.
  const Graph& g = kg.graph();
  for (const char* file : {"graph.json", "graph.graphml", "graph.cypher", "graph.dot"}) {
    std::string text = read_file(dir / file);
    INFO(file);
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
      CHECK(text.find(g[v].name) != std::string::npos);
    CHECK(text.find("Residents fear the government may besiege") == std::string::npos);
    CHECK(text.find("denied that they back") == std::string::npos);
  }
}

TEST_CASE("all formats: output is deterministic", "[export]") {
  for (bool hostile : {false, true}) {
    INFO((hostile ? "hostile" : "realistic") << " graph");
    KnowledgeGraph first = hostile ? hostile_graph() : realistic_graph();
    KnowledgeGraph second = hostile ? hostile_graph() : realistic_graph();  // built again
    TempDir a, b, c;
    write_all_formats(first, a.path());
    write_all_formats(first, b.path());   // same graph again
    write_all_formats(second, c.path());  // same inputs again
    for (const char* file : kFiles) {
      INFO(file);
      std::string bytes = read_file(a / file);
      CHECK(bytes == read_file(b / file));
      CHECK(bytes == read_file(c / file));
    }
  }
}

TEST_CASE("all formats: writing replaces earlier output atomically", "[export]") {
  TempDir dir;
  write_all_formats(chain_graph(5), dir.path());
  write_all_formats(realistic_graph(), dir.path());
  std::string json = read_file(dir / "graph.json");
  CHECK(json.find("Village") == std::string::npos);
  CHECK(json.find("Port Aster") != std::string::npos);
  CHECK(read_file(dir / "neo4j" / "nodes_place.csv").find("Village") == std::string::npos);
  for (const auto& entry : fs::recursive_directory_iterator(dir.path()))
    CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
}

namespace {

// The files `newsgraph build` writes from real pages pass the format checks
// that run in seconds (the Cypher parser check is in test_export_cypher.cpp).
void check_build_output(const fs::path& input) {
  TempDir out;
  CommandResult run =
      run_command(shell_quote(binary().string()) + " build -o " + shell_quote(out.path().string()) +
                  " " + shell_quote(input.string()));
  INFO(run.out);
  REQUIRE(run.exit_code == 0);
  CHECK(graph_json_errors(read_file(out / "graph.json")) == "");

  std::set<std::string> ids;
  for (const char* file :
       {"nodes_person.csv", "nodes_group.csv", "nodes_organization.csv", "nodes_place.csv"}) {
    CsvTable table;
    REQUIRE_NOTHROW(table = read_csv_strict(read_file(out / "neo4j" / file)));
    for (size_t r = 1; r < table.size(); ++r) CHECK(ids.insert(table[r][0]).second);
  }
  CsvTable rels;
  REQUIRE_NOTHROW(rels = read_csv_strict(read_file(out / "neo4j" / "relationships.csv")));
  for (size_t r = 1; r < rels.size(); ++r) {
    CHECK(ids.count(rels[r][0]));
    CHECK(ids.count(rels[r][1]));
  }

  CommandResult dot =
      run_command("dot -Tsvg -o /dev/null " + shell_quote((out / "graph.dot").string()));
  INFO(dot.out);
  CHECK(dot.exit_code == 0);
  CHECK(dot.out.empty());

  if (have_networkx()) {
    CommandResult nx = run_command(
        "/usr/bin/python3 -c 'import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); "
        "print(g.number_of_nodes(), g.number_of_edges())' " +
        shell_quote((out / "graph.graphml").string()));
    CHECK(nx.out == fmt::format("{} {}\n", ids.size(), rels.size() - 1));
  }
}

}  // namespace

TEST_CASE("all formats: newsgraph build on the samples writes valid files", "[export][e2e]") {
  check_build_output(source_dir() / "samples");
}

TEST_CASE("all formats: newsgraph build on the seed corpus writes valid files", "[export][e2e]") {
  if (!have_shared()) {
    WARN("../shared absent; skipped");
    return;
  }
  check_build_output(shared_dir() / "corpus" / "seeds");
}

}  // namespace newsgraph::testing
