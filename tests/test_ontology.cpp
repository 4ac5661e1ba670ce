// The compiled ontology table and schemas/ontology.json say the same thing.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include "extract/ontology.h"
#include "tests/test_support.h"

using namespace newsgraph;

TEST_CASE("ontology: schemas/ontology.json matches the compiled table", "[ontology]") {
  std::string text = testing::read_file(testing::source_dir() / "schemas/ontology.json");
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  REQUIRE(doc.IsObject());
  const auto& edges = doc["edge_types"];
  REQUIRE(edges.Size() == kEdgeTypes.size());
  for (const auto& e : edges.GetArray()) {
    auto type = parse_edge_type(e["type"].GetString());
    REQUIRE(type);
    EventCodes codes = event_codes(*type);
    INFO(e["type"].GetString());
    CHECK(codes.plover == e["plover"].GetString());
    CHECK(codes.cameo == e["cameo"].GetString());
    CHECK(codes.quad_class == e["quad_class"].GetInt());
    CHECK(neo4j_relationship(*type) == e["neo4j_type"].GetString());
    CHECK(is_symmetric(*type) == e["symmetric"].GetBool());
  }
  // CAMEO codes are strings with their leading zeros.
  CHECK(event_codes(EdgeType::NegotiatesWith).cameo == "046");
  const auto& nodes = doc["node_types"];
  REQUIRE(nodes.Size() == kNodeTypes.size());
  for (const auto& n : nodes.GetArray()) {
    auto type = parse_node_type(n["type"].GetString());
    REQUIRE(type);
    CHECK(neo4j_label(*type) == n["neo4j_label"].GetString());
  }
}
