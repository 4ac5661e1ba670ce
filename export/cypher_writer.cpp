// graph.cypher: a script for cypher-shell or Neo4j Browser (Neo4j 5) that
// loads the graph and can be run again without creating anything new.
//
// Order: one uniqueness constraint per label (which also indexes n.id), then
// nodes, then relationships, each as UNWIND over literal rows in batches of
// at most kNodeBatch / kEdgeBatch rows. Nodes MERGE on id; relationships are
// grouped by (type, start label, end label) so that both ends are found
// through the constraint's index, and MERGE on their id property; everything
// else is SET, so a second run rewrites the same values. Neo4j properties
// cannot hold maps, so evidence is a set of parallel lists (evidence_sentences,
// evidence_sentence_starts, ...). Every string is a literal from
// escape::cypher_string: ASCII only, nothing can close it early.
#include <fmt/format.h>

#include <map>
#include <tuple>

#include "export/escape.h"
#include "export/exporters.h"

namespace newsgraph {
namespace {

constexpr size_t kNodeBatch = 1000;
constexpr size_t kEdgeBatch = 500;  // rows carry evidence sentences: keep statements modest

std::string list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t k = 0; k < items.size(); ++k) {
    if (k) out += ", ";
    out += escape::cypher_string(items[k]);
  }
  return out + "]";
}

template <typename Field>
std::string evidence_list(const std::vector<Evidence>& evidence, Field field) {
  std::string out = "[";
  for (size_t k = 0; k < evidence.size(); ++k) {
    if (k) out += ", ";
    out += field(evidence[k]);
  }
  return out + "]";
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string node_row(const NodeProperties& node) {
  return fmt::format(
      "{{id: {}, name: {}, kind: {}, aliases: {}, mention_count: {}, documents: {}}}",
      escape::cypher_string(node.id), escape::cypher_string(node.name),
      escape::cypher_string(node.kind), list(node.aliases), node.mention_count,
      list(node.documents));
}

std::string edge_row(const Graph& g, EdgeHandle e) {
  const EdgeProperties& edge = g[e];
  const auto& ev = edge.evidence;
  // CAMEO is a string literal: as a number "046" would lose its zero.
  EventCodes codes = event_codes(edge.type);
  auto str = [](auto member) {
    return [member](const Evidence& x) { return escape::cypher_string(x.*member); };
  };
  auto offset = [](auto span, bool end) {
    return [span, end](const Evidence& x) {
      return std::to_string(end ? (x.*span).end : (x.*span).begin);
    };
  };
  std::string row = fmt::format(
      "{{id: {}, source: {}, target: {}, type: {}, plover: {}, cameo: {}, quad_class: {}, "
      "confidence: {}, mention_count: {}, role: {}, "
      "negated: {}, hedged: {}, documents: {}, first_date: {}, last_date: {}",
      escape::cypher_string(edge.id), escape::cypher_string(g[boost::source(e, g)].id),
      escape::cypher_string(g[boost::target(e, g)].id), escape::cypher_string(to_string(edge.type)),
      escape::cypher_string(codes.plover), escape::cypher_string(codes.cameo), codes.quad_class,
      escape::number(edge.confidence), edge.mention_count, escape::cypher_string(edge.role),
      edge.negated ? "true" : "false", edge.hedged ? "true" : "false", list(edge.documents),
      escape::cypher_string(edge.first_date), escape::cypher_string(edge.last_date));
  row += ",\n   evidence_documents: " + evidence_list(ev, str(&Evidence::document));
  row += ",\n   evidence_sentences: " + evidence_list(ev, str(&Evidence::sentence));
  row += ",\n   evidence_sentence_starts: " +
         evidence_list(ev, offset(&Evidence::sentence_span, false));
  row += ", evidence_sentence_ends: " + evidence_list(ev, offset(&Evidence::sentence_span, true));
  row += ",\n   evidence_trigger_starts: " + evidence_list(ev, offset(&Evidence::trigger, false));
  row += ", evidence_trigger_ends: " + evidence_list(ev, offset(&Evidence::trigger, true));
  row += ",\n   evidence_source_starts: " + evidence_list(ev, offset(&Evidence::source, false));
  row += ", evidence_source_ends: " + evidence_list(ev, offset(&Evidence::source, true));
  row += ",\n   evidence_target_starts: " + evidence_list(ev, offset(&Evidence::target, false));
  row += ", evidence_target_ends: " + evidence_list(ev, offset(&Evidence::target, true));
  row += ",\n   evidence_rules: " + evidence_list(ev, str(&Evidence::rule));
  row += ", evidence_confidences: " +
         evidence_list(ev, [](const Evidence& x) { return escape::number(x.confidence); });
  row += ",\n   evidence_negated: " +
         evidence_list(ev, [](const Evidence& x) { return std::string(x.negated ? "true" : "false"); });
  row += ", evidence_hedged: " +
         evidence_list(ev, [](const Evidence& x) { return std::string(x.hedged ? "true" : "false"); });
  return row + "}";
}

// Writes rows in UNWIND batches, each followed by `body` and ';'.
void write_batches(std::ostream& out, const std::vector<std::string>& rows, size_t batch,
                   const std::string& body) {
  for (size_t first = 0; first < rows.size(); first += batch) {
    out << "UNWIND [\n";
    size_t end = std::min(rows.size(), first + batch);
    for (size_t k = first; k < end; ++k) out << "  " << rows[k] << (k + 1 < end ? ",\n" : "\n");
    out << "] AS row\n" << body << ";\n\n";
  }
}

constexpr const char* kEdgeSet =
    "SET r.type = row.type, r.plover = row.plover, r.cameo = row.cameo,\n"
    "    r.quad_class = row.quad_class, r.confidence = row.confidence, r.mention_count = row.mention_count,\n"
    "    r.role = row.role, r.negated = row.negated, r.hedged = row.hedged,\n"
    "    r.documents = row.documents, r.first_date = row.first_date, r.last_date = row.last_date,\n"
    "    r.evidence_documents = row.evidence_documents, r.evidence_sentences = "
    "row.evidence_sentences,\n"
    "    r.evidence_sentence_starts = row.evidence_sentence_starts,\n"
    "    r.evidence_sentence_ends = row.evidence_sentence_ends,\n"
    "    r.evidence_trigger_starts = row.evidence_trigger_starts,\n"
    "    r.evidence_trigger_ends = row.evidence_trigger_ends,\n"
    "    r.evidence_source_starts = row.evidence_source_starts,\n"
    "    r.evidence_source_ends = row.evidence_source_ends,\n"
    "    r.evidence_target_starts = row.evidence_target_starts,\n"
    "    r.evidence_target_ends = row.evidence_target_ends,\n"
    "    r.evidence_rules = row.evidence_rules, r.evidence_confidences = row.evidence_confidences,\n"
    "    r.evidence_negated = row.evidence_negated, r.evidence_hedged = row.evidence_hedged";

}  // namespace

void write_cypher(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options) {
  const Graph& g = graph.graph();
  std::map<NodeType, std::vector<std::string>> node_rows;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    node_rows[g[v].type].push_back(node_row(g[v]));
  std::map<std::tuple<EdgeType, NodeType, NodeType>, std::vector<std::string>> edge_rows;
  size_t edge_count = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (!is_exported(g[e], options)) continue;
    ++edge_count;
    edge_rows[{g[e].type, g[boost::source(e, g)].type, g[boost::target(e, g)].type}].push_back(
        edge_row(g, e));
  }

  out << "// newsgraph knowledge graph for Neo4j 5: " << boost::num_vertices(g) << " nodes, "
      << edge_count << " relationships.\n"
      << "// Run with: cypher-shell -f graph.cypher (or paste into Neo4j Browser).\n"
      << "// Idempotent: nodes and relationships MERGE on their id; running it again\n"
      << "// creates nothing new. Evidence is stored as parallel lists (evidence_*).\n\n";
  for (NodeType type : kNodeTypes) {
    std::string label(neo4j_label(type));
    out << fmt::format("CREATE CONSTRAINT {}_id IF NOT EXISTS FOR (n:{}) REQUIRE n.id IS UNIQUE;\n",
                       lower(label), label);
  }
  out << '\n';
  for (const auto& [type, rows] : node_rows)
    write_batches(
        out, rows, kNodeBatch,
        fmt::format("MERGE (n:{} {{id: row.id}})\n"
                    "SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases,\n"
                    "    n.mention_count = row.mention_count, n.documents = row.documents",
                    neo4j_label(type)));
  for (const auto& [key, rows] : edge_rows) {
    const auto& [type, source_type, target_type] = key;
    write_batches(out, rows, kEdgeBatch,
                  fmt::format("MATCH (a:{} {{id: row.source}})\n"
                              "MATCH (b:{} {{id: row.target}})\n"
                              "MERGE (a)-[r:{} {{id: row.id}}]->(b)\n{}",
                              neo4j_label(source_type), neo4j_label(target_type),
                              neo4j_relationship(type), kEdgeSet));
  }
}

}  // namespace newsgraph
