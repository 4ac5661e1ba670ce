// graph.graphml: GraphML for Gephi, yEd, NetworkX and Boost's read_graphml.
//
// Every attribute is declared as a <key> with its attr.type; lists are one
// string with items joined by ';' (an item's '\' and ';' escaped with '\'),
// which each list key's <desc> says. yEd ignores plain data for drawing, so
// each node and edge also carries yFiles graphics (a labelled ShapeNode
// filled by node type, a PolyLineEdge labelled and coloured by edge type);
// other readers skip those keys. The XML is written here, not by a library:
// the format is small and every string goes through escape::xml.
#include <fmt/format.h>

#include <cmath>

#include "export/escape.h"
#include "export/exporters.h"
#include "export/style.h"

namespace newsgraph {
namespace {

struct Key {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;  // GraphML attr.type
  const char* desc;  // nullptr when the name says it all
};

constexpr const char* kListDesc =
    "list: items joined by ';'; inside an item '\\' is written '\\\\' and ';' is written '\\;'";

constexpr Key kKeys[] = {
    {"n_label", "node", "label", "string", "display label (the name), for Gephi"},
    {"n_type", "node", "type", "string", "person, group, organization or place"},
    {"n_kind", "node", "kind", "string", "finer kind: country, city, armed-group, ..."},
    {"n_name", "node", "name", "string", "canonical name"},
    {"n_aliases", "node", "aliases", "string", kListDesc},
    {"n_mention_count", "node", "mention_count", "int", nullptr},
    {"n_documents", "node", "documents", "string", kListDesc},
    {"e_label", "edge", "label", "string", "display label (the type), for Gephi"},
    {"e_type", "edge", "type", "string", "edge type of the ontology: backs, attacks, ..."},
    {"e_plover", "edge", "plover", "string", "PLOVER event type, or empty for state relations"},
    {"e_cameo", "edge", "cameo", "string",
     "CAMEO event code, a string (leading zeros matter: 046), or empty for state relations"},
    {"e_quad_class", "edge", "quad_class", "int",
     "GDELT quad class: 1 verbal/2 material cooperation, 3 verbal/4 material conflict; 0 none"},
    {"e_confidence", "edge", "confidence", "double", "highest confidence of its evidence"},
    {"e_mention_count", "edge", "mention_count", "int", nullptr},
    {"e_role", "edge", "role", "string", "member-of: the role, when stated"},
    {"e_negated", "edge", "negated", "boolean", "every mention negated (1 or 0)"},
    {"e_hedged", "edge", "hedged", "boolean", "every mention hedged (1 or 0)"},
    {"e_documents", "edge", "documents", "string", kListDesc},
    {"e_first_date", "edge", "first_date", "string", "earliest document date, ISO 8601"},
    {"e_last_date", "edge", "last_date", "string", "latest document date, ISO 8601"},
    {"e_evidence_documents", "edge", "evidence_documents", "string", kListDesc},
    {"e_evidence_sentences", "edge", "evidence_sentences", "string", kListDesc},
    {"e_evidence_rules", "edge", "evidence_rules", "string", kListDesc},
    {"e_evidence_confidences", "edge", "evidence_confidences", "string", kListDesc},
    {"e_evidence_negated", "edge", "evidence_negated", "string",
     "per evidence sentence, 1 when it negates the edge, else 0; items joined by ';'"},
    {"e_evidence_hedged", "edge", "evidence_hedged", "string",
     "per evidence sentence, 1 when it only supposes or intends the edge, else 0; items joined by ';'"},
};

void put_data(std::ostream& out, const char* key, std::string_view value) {
  out << "      <data key=\"" << key << "\">" << escape::xml(value) << "</data>\n";
}

void write_keys(std::ostream& out) {
  for (const Key& key : kKeys) {
    out << fmt::format("  <key id=\"{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"", key.id,
                       key.domain, key.name, key.type);
    if (key.desc) out << ">\n    <desc>" << escape::xml(key.desc) << "</desc>\n  </key>\n";
    else out << "/>\n";
  }
  // attr.type is not needed by yEd, but Boost's read_graphml rejects a key
  // without one (even one it is told to ignore).
  out << "  <key id=\"y_node\" for=\"node\" yfiles.type=\"nodegraphics\" attr.type=\"string\"/>\n"
         "  <key id=\"y_edge\" for=\"edge\" yfiles.type=\"edgegraphics\" attr.type=\"string\"/>\n";
}

// Where yEd first draws a node: a square grid in graph order, so that the
// file opens with every label readable before any layout is run.
struct GridPosition {
  double x, y;
};
GridPosition grid_position(size_t index, size_t count) {
  size_t columns =
      std::max<size_t>(1, static_cast<size_t>(std::ceil(std::sqrt(static_cast<double>(count)))));
  return {static_cast<double>(index % columns) * 480.0,
          static_cast<double>(index / columns) * 90.0};
}

void write_node(std::ostream& out, const NodeProperties& node, GridPosition at) {
  out << "    <node id=\"" << escape::xml(node.id, true) << "\">\n";
  put_data(out, "n_label", node.name);
  put_data(out, "n_type", to_string(node.type));
  put_data(out, "n_kind", node.kind);
  put_data(out, "n_name", node.name);
  put_data(out, "n_aliases", escape::joined_list(node.aliases));
  put_data(out, "n_mention_count", std::to_string(node.mention_count));
  put_data(out, "n_documents", escape::joined_list(node.documents));
  style::NodeStyle look = style::node_style(node.type);
  // Width grows with the label so that yEd's first view is legible.
  double width =
      std::max(60.0, 7.0 * static_cast<double>(std::min<size_t>(node.name.size(), 60)) + 20);
  out << "      <data key=\"y_node\">\n"
         "        <y:ShapeNode>\n"
      << fmt::format(
             "          <y:Geometry height=\"30.0\" width=\"{:.1f}\" x=\"{:.1f}\" y=\"{:.1f}\"/>\n",
             width, at.x, at.y)
      << "          <y:Fill color=\"" << look.fill << "\" transparent=\"false\"/>\n"
      << "          <y:BorderStyle color=\"#000000\" type=\"line\" width=\"1.0\"/>\n"
      << "          <y:NodeLabel>" << escape::xml(node.name) << "</y:NodeLabel>\n"
      << "          <y:Shape type=\"" << look.yed_shape << "\"/>\n"
      << "        </y:ShapeNode>\n"
         "      </data>\n"
         "    </node>\n";
}

void write_edge(std::ostream& out, const Graph& g, EdgeHandle e) {
  const EdgeProperties& edge = g[e];
  out << "    <edge id=\"" << escape::xml(edge.id, true) << "\" source=\""
      << escape::xml(g[boost::source(e, g)].id, true) << "\" target=\""
      << escape::xml(g[boost::target(e, g)].id, true) << "\">\n";
  put_data(out, "e_label", to_string(edge.type));
  put_data(out, "e_type", to_string(edge.type));
  EventCodes codes = event_codes(edge.type);
  put_data(out, "e_plover", codes.plover);
  put_data(out, "e_cameo", codes.cameo);
  put_data(out, "e_quad_class", std::to_string(codes.quad_class));
  put_data(out, "e_confidence", escape::number(edge.confidence));
  put_data(out, "e_mention_count", std::to_string(edge.mention_count));
  put_data(out, "e_role", edge.role);
  // XML Schema booleans may be 1/0 or true/false; Boost's read_graphml reads
  // only 1/0 (lexical_cast<bool>), NetworkX and yEd read both.
  put_data(out, "e_negated", edge.negated ? "1" : "0");
  put_data(out, "e_hedged", edge.hedged ? "1" : "0");
  put_data(out, "e_documents", escape::joined_list(edge.documents));
  put_data(out, "e_first_date", edge.first_date);
  put_data(out, "e_last_date", edge.last_date);
  std::vector<std::string> documents, sentences, rules, confidences, negated, hedged;
  for (const Evidence& ev : edge.evidence) {
    documents.push_back(ev.document);
    sentences.push_back(ev.sentence);
    rules.push_back(ev.rule);
    confidences.push_back(escape::number(ev.confidence));
    negated.push_back(ev.negated ? "1" : "0");
    hedged.push_back(ev.hedged ? "1" : "0");
  }
  put_data(out, "e_evidence_documents", escape::joined_list(documents));
  put_data(out, "e_evidence_sentences", escape::joined_list(sentences));
  put_data(out, "e_evidence_rules", escape::joined_list(rules));
  put_data(out, "e_evidence_confidences", escape::joined_list(confidences));
  put_data(out, "e_evidence_negated", escape::joined_list(negated));
  put_data(out, "e_evidence_hedged", escape::joined_list(hedged));
  double width = 1.0 + std::log2(static_cast<double>(std::max(edge.mention_count, 1)));
  out << "      <data key=\"y_edge\">\n"
         "        <y:PolyLineEdge>\n"
      << fmt::format("          <y:LineStyle color=\"{}\" type=\"line\" width=\"{:.1f}\"/>\n",
                     style::edge_colour(edge.type), std::min(width, 6.0))
      << "          <y:Arrows source=\"none\" target=\""
      << (is_symmetric(edge.type) ? "none" : "standard") << "\"/>\n"
      << "          <y:EdgeLabel>" << to_string(edge.type) << "</y:EdgeLabel>\n"
      << "        </y:PolyLineEdge>\n"
         "      </data>\n"
         "    </edge>\n";
}

}  // namespace

void write_graphml(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options) {
  const Graph& g = graph.graph();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xmlns:y=\"http://www.yworks.com/xml/graphml\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n";
  write_keys(out);
  out << "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
  size_t index = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    write_node(out, g[v], grid_position(index++, boost::num_vertices(g)));
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (is_exported(g[e], options)) write_edge(out, g, e);
  out << "  </graph>\n</graphml>\n";
}

}  // namespace newsgraph
