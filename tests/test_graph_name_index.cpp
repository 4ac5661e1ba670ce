// NameIndex (graph/knowledge_graph.h): the flat (scope, name) → number map
// behind add_node and the clustering; and finalize() merging clusters with
// all their aliases, documents and edges.
#include <catch2/catch.hpp>

#include <string>

#include "graph/knowledge_graph.h"

using namespace newsgraph;

TEST_CASE("NameIndex files, finds and replaces values by scope and name", "[graph]") {
  NameIndex index;
  CHECK_FALSE(index.find(0, "vulkov"));

  CHECK(index.find_or_add(0, "vulkov", 7) == std::pair<size_t, bool>{7, true});
  CHECK(index.find_or_add(0, "vulkov", 9) == std::pair<size_t, bool>{7, false});  // first wins
  CHECK(index.find_or_add(3, "vulkov", 9) == std::pair<size_t, bool>{9, true});   // other scope
  CHECK(index.find_or_add(0, "", 4) == std::pair<size_t, bool>{4, true});         // empty name
  CHECK(*index.find(0, "vulkov") == 7);
  CHECK(*index.find(3, "vulkov") == 9);
  CHECK(*index.find(0, "") == 4);
  CHECK_FALSE(index.find(1, "vulkov"));
  CHECK_FALSE(index.find(0, "vulko"));

  index.assign(0, "vulkov", 11);
  index.assign(2, "malin", 12);
  CHECK(*index.find(0, "vulkov") == 11);
  CHECK(*index.find(2, "malin") == 12);

  index.clear();
  CHECK_FALSE(index.find(0, "vulkov"));
}

TEST_CASE("NameIndex keeps every entry through growth", "[graph]") {
  NameIndex index;
  const size_t n = 50000;
  for (size_t i = 0; i < n; ++i) {
    auto [value, added] = index.find_or_add(static_cast<uint8_t>(i % 3), "name " + std::to_string(i), i);
    REQUIRE(added);
    REQUIRE(value == i);
  }
  for (size_t i = 0; i < n; ++i) {
    auto found = index.find(static_cast<uint8_t>(i % 3), "name " + std::to_string(i));
    REQUIRE(found);
    REQUIRE(*found == i);
    REQUIRE_FALSE(index.find(static_cast<uint8_t>((i + 1) % 3), "name " + std::to_string(i)));
  }
}

TEST_CASE("finalize merges a cluster's members with all aliases, documents and edges", "[graph]") {
  KnowledgeGraph g;
  // The spelling in more documents heads the cluster and names it.
  NodeHandle full = g.add_node(NodeType::Person, "Andrey Vulkov", "", "d3");
  g.add_node(NodeType::Person, "Andrey Vulkov", "", "d1");
  g.add_node(NodeType::Person, "Andrey Vulkov", "", "d4");
  NodeHandle variant = g.add_node(NodeType::Person, "Andrei Vulkov", "envoy", "d2");
  g.add_node(NodeType::Person, "Andrei Vulkov", "", "d1");
  NodeHandle place = g.add_node(NodeType::Place, "Marisk", "town", "d2");
  Evidence e1;
  e1.document = "d1";
  e1.confidence = 0.4;
  Evidence e2;
  e2.document = "d2";
  e2.confidence = 0.9;
  g.add_edge(full, place, EdgeType::Attacks, e1, "2016-02-01", "", false, false);
  g.add_edge(variant, place, EdgeType::Attacks, e2, "2016-03-01", "", false, true);
  g.finalize();

  REQUIRE(g.node_count() == 2);
  REQUIRE(g.edge_count() == 1);
  const Graph& graph = g.graph();
  const NodeProperties& person = graph[0].type == NodeType::Person ? graph[0] : graph[1];
  CHECK(person.name == "Andrey Vulkov");
  CHECK(person.kind == "envoy");
  CHECK(person.aliases == std::vector<std::string>{"Andrei Vulkov"});
  CHECK(person.documents == std::vector<std::string>{"d1", "d2", "d3", "d4"});
  REQUIRE(person.alias_sources.size() == 2);
  CHECK(person.alias_sources[0].alias == "Andrei Vulkov");
  CHECK(person.alias_sources[0].documents == std::vector<std::string>{"d1", "d2"});
  CHECK(person.alias_sources[1].alias == "Andrey Vulkov");
  CHECK(person.alias_sources[1].documents == std::vector<std::string>{"d1", "d3", "d4"});

  const EdgeProperties& edge = graph[*boost::edges(graph).first];
  CHECK(edge.mention_count == 2);
  CHECK(edge.confidence == 0.9);
  CHECK(edge.documents == std::vector<std::string>{"d1", "d2"});
  CHECK(edge.first_date == "2016-02-01");
  CHECK(edge.last_date == "2016-03-01");
  CHECK_FALSE(edge.hedged);  // only one mention was hedged
  CHECK(edge.id == "person:andrey-vulkov|attacks|place:marisk");

  // After finalize, add_node finds the merged node by its name.
  CHECK(g.add_node(NodeType::Person, "Andrey Vulkov", "", "d5") ==
        (graph[0].type == NodeType::Person ? 0u : 1u));
}
