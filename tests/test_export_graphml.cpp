// graph.graphml: parsed by libxml2, read back with Boost's read_graphml and
// with NetworkX, and compared with the graph.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <rapidjson/document.h>

#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>
#include <map>

#include "export/atomic_file.h"
#include "tests/test_export_graphs.h"
#include "tests/test_support.h"

namespace newsgraph::testing {
namespace {

// What libxml2 sees: every node and edge with its data values by key id.
struct XmlGraph {
  std::vector<std::map<std::string, std::string>> nodes, edges;  // includes "@id", "@source", ...
  std::map<std::string, std::string> key_types;                  // attr.name → attr.type
  std::string error;
};

std::string prop(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

bool named(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

XmlGraph parse_with_libxml2(const std::string& text) {
  XmlGraph result;
  xmlDoc* doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), "graph.graphml", "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) {
    const xmlError* error = xmlGetLastError();
    result.error = error && error->message ? error->message : "unknown libxml2 error";
    return result;
  }
  xmlNode* root = xmlDocGetRootElement(doc);
  REQUIRE(named(root, "graphml"));
  std::map<std::string, std::string> key_names;
  for (xmlNode* child = root->children; child; child = child->next) {
    if (named(child, "key") && !prop(child, "attr.name").empty()) {
      key_names[prop(child, "id")] = prop(child, "attr.name");
      result.key_types[prop(child, "for") + ":" + prop(child, "attr.name")] =
          prop(child, "attr.type");
    }
    if (!named(child, "graph")) continue;
    for (xmlNode* item = child->children; item; item = item->next) {
      if (!named(item, "node") && !named(item, "edge")) continue;
      std::map<std::string, std::string> values;
      for (const char* attribute : {"id", "source", "target"})
        values[std::string("@") + attribute] = prop(item, attribute);
      for (xmlNode* data = item->children; data; data = data->next) {
        if (!named(data, "data") || !key_names.count(prop(data, "key"))) continue;
        xmlChar* content = xmlNodeGetContent(data);
        values[key_names[prop(data, "key")]] = reinterpret_cast<const char*>(content);
        xmlFree(content);
      }
      (named(item, "node") ? result.nodes : result.edges).push_back(std::move(values));
    }
  }
  xmlFreeDoc(doc);
  return result;
}

// libxml2 sees every node and edge with every attribute, as the graph has it
// (control characters aside, which XML 1.0 cannot carry).
void check_against_graph(const KnowledgeGraph& kg, const XmlGraph& xml) {
  const Graph& g = kg.graph();
  REQUIRE(xml.error == "");
  REQUIRE(xml.nodes.size() == kg.node_count());
  size_t k = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const auto& node = xml.nodes[k++];
    CHECK(node.at("@id") == without_controls(g[v].id));
    CHECK(node.at("name") == without_controls(g[v].name));
    CHECK(node.at("label") == without_controls(g[v].name));
    CHECK(node.at("type") == std::string(to_string(g[v].type)));
    CHECK(node.at("kind") == without_controls(g[v].kind));
    CHECK(split_graphml_list(node.at("aliases")) == without_controls(g[v].aliases));
    CHECK(split_graphml_list(node.at("documents")) == without_controls(g[v].documents));
    CHECK(node.at("mention_count") == std::to_string(g[v].mention_count));
  }
  std::vector<EdgeHandle> edges = exported_edges(kg);
  REQUIRE(xml.edges.size() == edges.size());
  for (size_t j = 0; j < edges.size(); ++j) {
    const auto& edge = xml.edges[j];
    const EdgeProperties& props = g[edges[j]];
    CHECK(edge.at("@source") == without_controls(g[boost::source(edges[j], g)].id));
    CHECK(edge.at("@target") == without_controls(g[boost::target(edges[j], g)].id));
    CHECK(edge.at("type") == std::string(to_string(props.type)));
    CHECK(edge.at("role") == without_controls(props.role));
    EventCodes codes = event_codes(props.type);
    CHECK(edge.at("plover") == std::string(codes.plover));
    CHECK(edge.at("cameo") == std::string(codes.cameo));
    CHECK(edge.at("quad_class") == std::to_string(codes.quad_class));
    CHECK(edge.at("mention_count") == std::to_string(props.mention_count));
    CHECK(split_graphml_list(edge.at("documents")) == without_controls(props.documents));
    CHECK(edge.at("first_date") == without_controls(props.first_date));
    CHECK(edge.at("last_date") == without_controls(props.last_date));
    CHECK(std::stod(edge.at("confidence")) == props.confidence);
    std::vector<std::string> sentences;
    for (const Evidence& ev : props.evidence) sentences.push_back(without_controls(ev.sentence));
    CHECK(split_graphml_list(edge.at("evidence_sentences")) == sentences);
  }
}

// The text without white space: Boost's reader (property_tree) trims and
// collapses it in element text, so its values are compared up to white space.
std::string without_space(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  return out;
}

struct ReadNode {
  std::string name, type, kind, aliases;
  int mention_count = -1;
};
struct ReadEdge {
  std::string type, role, evidence_sentences, cameo, plover, first_date, last_date;
  double confidence = -1;
  int mention_count = -1, quad_class = -1;
  bool negated = true, hedged = true;
};
using ReadGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadNode, ReadEdge>;

}  // namespace

TEST_CASE("graphml export parses with libxml2 and declares typed keys", "[export][graphml]") {
  KnowledgeGraph kg = realistic_graph();
  std::string text = graphml_text(kg);
  XmlGraph xml = parse_with_libxml2(text);
  check_against_graph(kg, xml);
  CHECK(xml.key_types.at("node:mention_count") == "int");
  CHECK(xml.key_types.at("edge:confidence") == "double");
  CHECK(xml.key_types.at("edge:negated") == "boolean");
  CHECK(xml.key_types.at("node:aliases") == "string");
  CHECK(xml.key_types.at("edge:mention_count") == "int");
  // Event-data codes: CAMEO a string so that "046" keeps its zero.
  CHECK(xml.key_types.at("edge:plover") == "string");
  CHECK(xml.key_types.at("edge:cameo") == "string");
  CHECK(xml.key_types.at("edge:quad_class") == "int");
  CHECK(xml.key_types.at("edge:first_date") == "string");
  CHECK(xml.key_types.at("edge:documents") == "string");
  bool negotiation_seen = false;
  for (const auto& edge : xml.edges) {
    if (edge.at("type") != "negotiates-with") continue;
    negotiation_seen = true;
    CHECK(edge.at("cameo") == "046");
    CHECK(edge.at("plover") == "CONSULT");
    CHECK(edge.at("quad_class") == "1");
  }
  CHECK(negotiation_seen);
  // yEd: graphics keys, a labelled shape per node, filled by type.
  CHECK(text.find("xmlns:y=\"http://www.yworks.com/xml/graphml\"") != std::string::npos);
  CHECK(text.find("yfiles.type=\"nodegraphics\"") != std::string::npos);
  CHECK(text.find("yfiles.type=\"edgegraphics\"") != std::string::npos);
  CHECK(text.find("<y:NodeLabel>Mara Kessel</y:NodeLabel>") != std::string::npos);
  CHECK(text.find("<y:Fill color=\"#FFD966\"") != std::string::npos);  // person
  CHECK(text.find("<y:Fill color=\"#B8E186\"") != std::string::npos);  // place
  CHECK(text.find("';' is written '\\;'") != std::string::npos);  // the list escape is declared
}

TEST_CASE("graphml export reads back with boost::read_graphml", "[export][graphml]") {
  KnowledgeGraph kg = realistic_graph();
  std::istringstream in(graphml_text(kg));
  ReadGraph read;
  // ignore_other_properties: the yFiles graphics keys and the keys not mapped here.
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("name", boost::get(&ReadNode::name, read));
  dp.property("type", boost::get(&ReadNode::type, read));
  dp.property("kind", boost::get(&ReadNode::kind, read));
  dp.property("aliases", boost::get(&ReadNode::aliases, read));
  dp.property("mention_count", boost::get(&ReadNode::mention_count, read));
  dp.property("type", boost::get(&ReadEdge::type, read));
  dp.property("role", boost::get(&ReadEdge::role, read));
  dp.property("confidence", boost::get(&ReadEdge::confidence, read));
  dp.property("mention_count", boost::get(&ReadEdge::mention_count, read));
  dp.property("negated", boost::get(&ReadEdge::negated, read));
  dp.property("hedged", boost::get(&ReadEdge::hedged, read));
  dp.property("evidence_sentences", boost::get(&ReadEdge::evidence_sentences, read));
  dp.property("cameo", boost::get(&ReadEdge::cameo, read));
  dp.property("plover", boost::get(&ReadEdge::plover, read));
  dp.property("quad_class", boost::get(&ReadEdge::quad_class, read));
  dp.property("first_date", boost::get(&ReadEdge::first_date, read));
  dp.property("last_date", boost::get(&ReadEdge::last_date, read));
  REQUIRE_NOTHROW(boost::read_graphml(in, read, dp));

  const Graph& g = kg.graph();
  REQUIRE(boost::num_vertices(read) == kg.node_count());
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    CHECK(read[v].name == g[v].name);
    CHECK(read[v].type == std::string(to_string(g[v].type)));
    CHECK(read[v].kind == g[v].kind);
    CHECK(split_graphml_list(read[v].aliases) == g[v].aliases);
    CHECK(read[v].mention_count == g[v].mention_count);
  }
  std::vector<EdgeHandle> edges = exported_edges(kg);
  REQUIRE(boost::num_edges(read) == edges.size());
  // read_graphml adds edges in file order; map each back by its ends and type.
  size_t matched = 0;
  for (auto r : boost::make_iterator_range(boost::edges(read))) {
    for (EdgeHandle e : edges) {
      if (boost::source(e, g) != boost::source(r, read) ||
          boost::target(e, g) != boost::target(r, read) ||
          read[r].type != std::string(to_string(g[e].type)))
        continue;
      ++matched;
      CHECK(read[r].confidence == g[e].confidence);
      CHECK(read[r].mention_count == g[e].mention_count);
      CHECK(read[r].negated == g[e].negated);
      CHECK(read[r].hedged == g[e].hedged);
      CHECK(read[r].role == g[e].role);
      EventCodes codes = event_codes(g[e].type);
      CHECK(read[r].cameo == std::string(codes.cameo));
      CHECK(read[r].plover == std::string(codes.plover));
      CHECK(read[r].quad_class == codes.quad_class);
      CHECK(read[r].first_date == g[e].first_date);
      CHECK(read[r].last_date == g[e].last_date);
      CHECK(split_graphml_list(read[r].evidence_sentences).size() == g[e].evidence.size());
    }
  }
  CHECK(matched == edges.size());
}

TEST_CASE("graphml export reads back with networkx", "[export][graphml]") {
  if (!have_networkx()) {
    WARN("/usr/bin/python3 has no networkx; skipped (scripts/setup.sh --test installs it)");
    return;
  }
  KnowledgeGraph kg = realistic_graph();
  TempDir dir;
  write_file(dir / "graph.graphml", graphml_text(kg));
  CommandResult run = run_command(
      "/usr/bin/python3 -c 'import sys, json, networkx as nx\n"
      "g = nx.read_graphml(sys.argv[1])\n"
      "print(json.dumps({\"nodes\": g.number_of_nodes(), \"edges\": g.number_of_edges(),\n"
      "  \"directed\": g.is_directed(),\n"
      "  \"names\": [d[\"name\"] for n, d in g.nodes(data=True)],\n"
      "  \"counts\": [d[\"mention_count\"] for n, d in g.nodes(data=True)],\n"
      "  \"types\": sorted(d[\"type\"] for a, b, d in g.edges(data=True)),\n"
      "  \"confidence\": sorted(d[\"confidence\"] for a, b, d in g.edges(data=True)),\n"
      "  \"negated\": [d[\"negated\"] for a, b, d in g.edges(data=True)],\n"
      // NetworkX drops empty <data>: the state relations have no plover or cameo.
      "  \"codes\": {d[\"type\"]: [d.get(\"cameo\", \"\"), d.get(\"plover\", \"\"),\n"
      "                            d[\"quad_class\"]]\n"
      "            for a, b, d in g.edges(data=True)}}))' " +
      shell_quote((dir / "graph.graphml").string()) + " 2>&1");
  INFO(run.out);
  REQUIRE(run.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse(run.out.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["directed"].GetBool());
  REQUIRE(doc["nodes"].GetUint64() == kg.node_count());
  std::vector<EdgeHandle> edges = exported_edges(kg);
  REQUIRE(doc["edges"].GetUint64() == edges.size());
  const Graph& g = kg.graph();
  size_t k = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    CHECK(doc["names"][static_cast<rapidjson::SizeType>(k)].GetString() == g[v].name);
    CHECK(doc["counts"][static_cast<rapidjson::SizeType>(k)].GetInt() ==
          g[v].mention_count);  // typed int
    ++k;
  }
  std::vector<std::string> types;
  std::vector<double> confidences;
  for (EdgeHandle e : edges) {
    types.emplace_back(to_string(g[e].type));
    confidences.push_back(g[e].confidence);
  }
  std::sort(types.begin(), types.end());
  std::sort(confidences.begin(), confidences.end());
  for (size_t j = 0; j < edges.size(); ++j) {
    CHECK(doc["types"][static_cast<rapidjson::SizeType>(j)].GetString() == types[j]);
    CHECK(doc["confidence"][static_cast<rapidjson::SizeType>(j)].GetDouble() == confidences[j]);
    CHECK(doc["negated"][static_cast<rapidjson::SizeType>(j)].IsFalse());  // typed boolean
  }
  // NetworkX types values by attr.type: CAMEO stays the string "046", quad class an int.
  const rapidjson::Value& codes = doc["codes"];
  for (EdgeHandle e : edges) {
    std::string type(to_string(g[e].type));
    INFO(type);
    REQUIRE(codes.HasMember(type.c_str()));
    const rapidjson::Value& row = codes[type.c_str()];
    REQUIRE(row[0].IsString());
    CHECK(row[0].GetString() == std::string(event_codes(g[e].type).cameo));
    CHECK(row[1].GetString() == std::string(event_codes(g[e].type).plover));
    REQUIRE(row[2].IsInt());
    CHECK(row[2].GetInt() == event_codes(g[e].type).quad_class);
  }
  REQUIRE(codes.HasMember("negotiates-with"));
  CHECK(std::string(codes["negotiates-with"][0].GetString()) == "046");
}

TEST_CASE("robustness: hostile names survive graphml (libxml2, boost, networkx)",
          "[export][graphml][hostile]") {
  KnowledgeGraph kg = hostile_graph();
  TempDir dir;
  write_all_formats(kg, dir.path());
  std::string text = read_file(dir / "graph.graphml");
  check_against_graph(kg, parse_with_libxml2(text));
  CHECK(text.find('\x01') == std::string::npos);
  CHECK(text.find('\x1B') == std::string::npos);

  const Graph& g = kg.graph();
  {
    // libxml2 above and NetworkX below see white space exactly; Boost does not.
    std::istringstream in(text);
    ReadGraph read;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("name", boost::get(&ReadNode::name, read));
    dp.property("aliases", boost::get(&ReadNode::aliases, read));
    dp.property("evidence_sentences", boost::get(&ReadEdge::evidence_sentences, read));
    REQUIRE_NOTHROW(boost::read_graphml(in, read, dp));
    REQUIRE(boost::num_vertices(read) == kg.node_count());
    CHECK(boost::num_edges(read) == kg.edge_count());
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      CHECK(without_space(read[v].name) == without_space(without_controls(g[v].name)));
      std::vector<std::string> aliases;
      for (const std::string& alias : without_controls(g[v].aliases))
        aliases.push_back(without_space(alias));
      CHECK(split_graphml_list(without_space(read[v].aliases)) == aliases);
    }
  }

  if (!have_networkx()) {
    WARN("/usr/bin/python3 has no networkx; its part skipped");
    return;
  }
  CommandResult run = run_command(
      "/usr/bin/python3 -c 'import sys, json, networkx as nx\n"
      "g = nx.read_graphml(sys.argv[1])\n"
      "print(json.dumps({\"ids\": list(g.nodes()),\n"
      "  \"names\": [d[\"name\"] for n, d in g.nodes(data=True)],\n"
      "  \"kinds\": [d[\"kind\"] for n, d in g.nodes(data=True)],\n"
      "  \"aliases\": [d[\"aliases\"] for n, d in g.nodes(data=True)],\n"
      "  \"edges\": g.number_of_edges()}))' " +
      shell_quote((dir / "graph.graphml").string()) + " 2>&1");
  INFO(run.out);
  REQUIRE(run.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse(run.out.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["edges"].GetUint64() == kg.edge_count());
  REQUIRE(doc["names"].Size() == kg.node_count());
  rapidjson::SizeType k = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    auto str = [&](const char* field) {
      const rapidjson::Value& value = doc[field][k];
      return std::string(value.GetString(), value.GetStringLength());
    };
    CHECK(str("ids") == without_controls(g[v].id));
    CHECK(str("names") == without_controls(g[v].name));
    CHECK(str("kinds") == without_controls(g[v].kind));
    CHECK(split_graphml_list(str("aliases")) == without_controls(g[v].aliases));
    ++k;
  }
}

}  // namespace newsgraph::testing
