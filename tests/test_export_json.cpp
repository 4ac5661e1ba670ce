// graph.json: validated against schemas/graph.schema.json with RapidJSON's
// SchemaValidator, and read back field by field.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <catch2/catch.hpp>

#include "tests/test_export_graphs.h"
#include "tests/test_support.h"

namespace newsgraph::testing {
namespace {

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  INFO("JSON parse error at " << doc.GetErrorOffset());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

// Validates against the committed schema; returns "" or what failed where.
std::string schema_errors(const rapidjson::Document& doc) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  doc.Accept(writer);
  return graph_json_errors(buffer.GetString());
}

std::vector<std::string> strings(const rapidjson::Value& array) {
  std::vector<std::string> out;
  for (const auto& v : array.GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::string str(const rapidjson::Value& v) {
  return std::string(v.GetString(), v.GetStringLength());
}

}  // namespace

TEST_CASE("json export matches its schema and the graph", "[export][json]") {
  KnowledgeGraph kg = realistic_graph();
  rapidjson::Document doc = parse_json(json_text(kg));
  CHECK(schema_errors(doc) == "");

  const Graph& g = kg.graph();
  REQUIRE(doc["documents"].Size() == kg.documents().size());
  CHECK(str(doc["documents"][0]["id"]) == kg.documents()[0].id);
  CHECK(str(doc["documents"][0]["url"]) == kg.documents()[0].url);

  REQUIRE(doc["nodes"].Size() == kg.node_count());
  size_t k = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const rapidjson::Value& node = doc["nodes"][static_cast<rapidjson::SizeType>(k++)];
    CHECK(str(node["id"]) == g[v].id);
    CHECK(str(node["type"]) == std::string(to_string(g[v].type)));
    CHECK(str(node["name"]) == g[v].name);
    CHECK(strings(node["aliases"]) == g[v].aliases);
    CHECK(node["mention_count"].GetInt() == g[v].mention_count);
    CHECK(node["alias_sources"].Size() == g[v].alias_sources.size());
  }
  const rapidjson::Value* un = nullptr;
  for (const auto& node : doc["nodes"].GetArray())
    if (str(node["name"]) == "United Nations") un = &node;
  REQUIRE(un);
  CHECK(strings((*un)["aliases"]) == std::vector<std::string>{"U.N.", "UN"});
  CHECK(str((*un)["type"]) == "organization");

  // The hedged besieges and the negated backs edges are not facts.
  std::vector<EdgeHandle> edges = exported_edges(kg);
  REQUIRE(kg.edge_count() == edges.size() + 2);
  REQUIRE(doc["edges"].Size() == edges.size());
  for (size_t j = 0; j < edges.size(); ++j) {
    const rapidjson::Value& edge = doc["edges"][static_cast<rapidjson::SizeType>(j)];
    const EdgeProperties& props = g[edges[j]];
    CHECK(str(edge["source"]) == g[boost::source(edges[j], g)].id);
    CHECK(str(edge["target"]) == g[boost::target(edges[j], g)].id);
    CHECK(str(edge["type"]) == std::string(to_string(props.type)));
    EventCodes codes = event_codes(props.type);
    REQUIRE(edge["cameo"].IsString());  // a string: "046" must keep its zero
    CHECK(str(edge["cameo"]) == std::string(codes.cameo));
    CHECK(str(edge["plover"]) == std::string(codes.plover));
    REQUIRE(edge["quad_class"].IsInt());
    CHECK(edge["quad_class"].GetInt() == codes.quad_class);
    CHECK(strings(edge["documents"]) == props.documents);
    CHECK(str(edge["first_date"]) == props.first_date);
    CHECK(str(edge["last_date"]) == props.last_date);
    CHECK(edge["mention_count"].GetInt() == props.mention_count);
    CHECK(edge["confidence"].GetDouble() == props.confidence);
    CHECK(edge["evidence"].Size() == props.evidence.size());
    CHECK(str(edge["type"]) != "besieges");
    CHECK(str(edge["type"]) != "backs");
  }
  // The attack reported three times, in two documents, with its offsets.
  const rapidjson::Value* attack = nullptr;
  for (const auto& edge : doc["edges"].GetArray())
    if (str(edge["type"]) == "attacks") attack = &edge;
  REQUIRE(attack);
  CHECK(str((*attack)["source"]) == "group:northern-valdor-front");
  CHECK(str((*attack)["target"]) == "place:port-aster");
  CHECK((*attack)["mention_count"].GetInt() == 3);
  CHECK(strings((*attack)["documents"]) ==
        std::vector<std::string>{"002_port_aster_shelling.txt", "003_monitor_report.txt"});
  CHECK(str((*attack)["first_date"]) == "2023-03-05");
  CHECK(str((*attack)["last_date"]) == "2023-03-06");
  CHECK(str((*attack)["plover"]) == "ASSAULT");
  CHECK(str((*attack)["cameo"]) == "190");
  CHECK((*attack)["quad_class"].GetInt() == 4);
  const rapidjson::Value* talks = nullptr;
  const rapidjson::Value* member = nullptr;
  for (const auto& edge : doc["edges"].GetArray()) {
    if (str(edge["type"]) == "negotiates-with") talks = &edge;
    if (str(edge["type"]) == "member-of") member = &edge;
  }
  REQUIRE(talks);
  CHECK(str((*talks)["cameo"]) == "046");
  CHECK(str((*talks)["plover"]) == "CONSULT");
  CHECK((*talks)["quad_class"].GetInt() == 1);
  REQUIRE(member);  // a state relation, no event
  CHECK(str((*member)["cameo"]) == "");
  CHECK(str((*member)["plover"]) == "");
  CHECK((*member)["quad_class"].GetInt() == 0);
  const rapidjson::Value& ev = (*attack)["evidence"][0];
  CHECK(str(ev["sentence"]) == "Fighters of the NVF shelled Port Aster overnight, residents said.");
  CHECK(ev["trigger_start"].GetUint() == 20);
  CHECK(ev["trigger_end"].GetUint() == 27);
  CHECK(str(ev["rule"]) == "subject-verb-object");
  CHECK_FALSE(ev["negated"].GetBool());
  CHECK_FALSE(ev["hedged"].GetBool());
}

TEST_CASE("json export includes hedged and negated edges only when asked", "[export][json]") {
  KnowledgeGraph kg = realistic_graph();
  ExportOptions all;
  all.include_hedged = true;
  rapidjson::Document doc = parse_json(json_text(kg, all));
  CHECK(schema_errors(doc) == "");
  REQUIRE(doc["edges"].Size() == kg.edge_count());
  int negated = 0, hedged = 0;
  for (const auto& edge : doc["edges"].GetArray()) {
    negated += edge["negated"].GetBool();
    hedged += edge["hedged"].GetBool();
    // An edge every sentence negates has negated evidence only.
    for (const auto& ev : edge["evidence"].GetArray()) {
      if (edge["negated"].GetBool()) CHECK(ev["negated"].GetBool());
      if (edge["hedged"].GetBool()) CHECK(ev["hedged"].GetBool());
    }
  }
  CHECK(negated == 1);
  CHECK(hedged == 1);
}

TEST_CASE("json schema rejects what the scorer could not read", "[export][json]") {
  // The schema is only worth something if it fails on bad files.
  KnowledgeGraph kg = realistic_graph();
  rapidjson::Document doc = parse_json(json_text(kg));
  doc["nodes"][0]["type"].SetString("country");
  CHECK(schema_errors(doc) != "");
  doc = parse_json(json_text(kg));
  doc["edges"][0].RemoveMember("target");
  CHECK(schema_errors(doc) != "");
  doc = parse_json(json_text(kg));
  doc["edges"][0]["evidence"][0]["sentence_start"].SetInt(-1);
  CHECK(schema_errors(doc) != "");
  // CAMEO as a number would lose leading zeros: the schema wants a string of digits.
  doc = parse_json(json_text(kg));
  doc["edges"][0]["cameo"].SetInt(46);
  CHECK(schema_errors(doc) != "");
  doc = parse_json(json_text(kg));
  doc["edges"][0]["cameo"].SetString("46");
  CHECK(schema_errors(doc) != "");
  doc = parse_json(json_text(kg));
  doc["edges"][0]["quad_class"].SetInt(5);
  CHECK(schema_errors(doc) != "");
  doc = parse_json(json_text(kg));
  doc["edges"][0].RemoveMember("plover");
  CHECK(schema_errors(doc) != "");
}

TEST_CASE("json export of an empty graph is valid", "[export][json]") {
  KnowledgeGraph kg;
  kg.finalize();
  rapidjson::Document doc = parse_json(json_text(kg));
  CHECK(schema_errors(doc) == "");
  CHECK(doc["nodes"].Size() == 0);
  CHECK(doc["edges"].Size() == 0);
}

TEST_CASE("robustness: hostile names survive json", "[export][json][hostile]") {
  KnowledgeGraph kg = hostile_graph();
  TempDir dir;
  write_all_formats(kg, dir.path());
  rapidjson::Document doc = parse_json(read_file(dir / "graph.json"));
  CHECK(schema_errors(doc) == "");
  const Graph& g = kg.graph();
  REQUIRE(doc["nodes"].Size() == kg.node_count());
  rapidjson::SizeType k = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const rapidjson::Value& node = doc["nodes"][k++];
    CHECK(str(node["id"]) == g[v].id);
    CHECK(str(node["name"]) == g[v].name);  // exact: control characters too
    CHECK(str(node["kind"]) == g[v].kind);
    CHECK(strings(node["aliases"]) == g[v].aliases);
    CHECK(strings(node["documents"]) == g[v].documents);
  }
  REQUIRE(doc["edges"].Size() == kg.edge_count());
  k = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const rapidjson::Value& edge = doc["edges"][k++];
    CHECK(str(edge["source"]) == g[boost::source(e, g)].id);
    CHECK(str(edge["role"]) == g[e].role);
    REQUIRE(edge["evidence"].Size() == g[e].evidence.size());
    for (rapidjson::SizeType j = 0; j < edge["evidence"].Size(); ++j) {
      CHECK(str(edge["evidence"][j]["sentence"]) == g[e].evidence[j].sentence);
      CHECK(str(edge["evidence"][j]["rule"]) == g[e].evidence[j].rule);
      CHECK(str(edge["evidence"][j]["document"]) == g[e].evidence[j].document);
    }
  }
  for (size_t d = 0; d < kg.documents().size(); ++d) {
    const rapidjson::Value& document = doc["documents"][static_cast<rapidjson::SizeType>(d)];
    CHECK(str(document["title"]) == kg.documents()[d].title);
    CHECK(str(document["path"]) == kg.documents()[d].path);
  }
}

TEST_CASE("robustness: json export replaces invalid UTF-8", "[export][json][hostile]") {
  KnowledgeGraph kg;
  NodeHandle a = kg.add_node(NodeType::Place, "Broken \xC3 byte", "", "d");
  NodeHandle b = kg.add_node(NodeType::Place, "Lone \xED\xA0\x80 surrogate", "", "d");
  Evidence ev;
  ev.document = "d";
  ev.sentence = "Cut in the middle of \xE2\x82";
  kg.add_edge(a, b, EdgeType::LocatedIn, ev, "", "", false, false);
  kg.finalize();
  rapidjson::Document doc = parse_json(json_text(kg));
  CHECK(schema_errors(doc) == "");
  CHECK(str(doc["nodes"][0]["name"]) == "Broken \xEF\xBF\xBD byte");
  CHECK(str(doc["edges"][0]["evidence"][0]["sentence"])
            .rfind("Cut in the middle of \xEF\xBF\xBD", 0) == 0);
}

}  // namespace newsgraph::testing
