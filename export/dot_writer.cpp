// graph.dot: Graphviz, for dot on small graphs and sfdp on large ones.
//
// Nodes are shaped and filled by type, edges coloured and labelled by type,
// with a tooltip (SVG) giving mention and document counts, first and last
// date, PLOVER/CAMEO/quad class and the first evidence sentence, and width
// and layout weight growing with the mention count. A cluster subgraph is the legend.
// Graph attributes keep big graphs readable under sfdp: no overlaps (prism),
// edges drawn under nodes, small fonts, splines only while they are cheap.
// Every string is quoted by escape::dot_string or dot_id (Boost's DOT writer
// escapes only '"').
#include <fmt/format.h>

#include <cmath>

#include "export/escape.h"
#include "export/exporters.h"
#include "export/style.h"

namespace newsgraph {
namespace {

constexpr size_t kTooltipBytes = 600;
// Routing splines around nodes costs sfdp seconds at a hundred nodes and
// minutes at a few hundred; bigger graphs get straight edges.
constexpr size_t kMaxNodesForSplines = 80;

// At most `limit` bytes of text, cut at a UTF-8 character boundary.
std::string truncated(const std::string& text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

// Three lines: how often and when the edge was stated, its event-data codes
// (events only), and the first evidence sentence.
std::string edge_tooltip(const EdgeProperties& edge) {
  size_t documents = edge.documents.size();
  std::string tip = fmt::format("{}: {} mention{} in {} document{}", to_string(edge.type),
                                edge.mention_count, edge.mention_count == 1 ? "" : "s",
                                documents, documents == 1 ? "" : "s");
  if (!edge.first_date.empty()) {
    tip += fmt::format(", {}", edge.first_date);
    if (edge.last_date != edge.first_date) tip += fmt::format(" to {}", edge.last_date);
  }
  EventCodes codes = event_codes(edge.type);
  if (codes.quad_class != 0)
    tip += fmt::format("\nPLOVER {}, CAMEO {}, quad class {}", codes.plover, codes.cameo,
                       codes.quad_class);
  if (!edge.evidence.empty()) {
    tip += '\n';
    tip += truncated(edge.evidence.front().sentence, kTooltipBytes);
  }
  return tip;
}

void write_legend(std::ostream& out) {
  out << "  subgraph cluster_legend {\n"
         "    label=\"Legend\"; style=\"rounded,dashed\"; color=\"#999999\"; fontsize=12;\n";
  for (NodeType type : kNodeTypes) {
    style::NodeStyle look = style::node_style(type);
    out << fmt::format("    \"legend:{0}\" [label=\"{0}\", shape={1}, fillcolor=\"{2}\"];\n",
                       to_string(type), look.dot_shape, look.fill);
  }
  // Edge types as a table of coloured names: 13 sample edges would crowd the drawing.
  out << "    \"legend:edges\" [shape=plaintext, style=\"\", label=<<table border=\"0\" "
         "cellspacing=\"0\" cellborder=\"0\">";
  for (EdgeType type : kEdgeTypes)
    out << fmt::format("<tr><td align=\"left\"><font color=\"{}\">{} {}</font></td></tr>",
                       style::edge_colour(type), is_symmetric(type) ? "&#8212;" : "&#8594;",
                       to_string(type));
  out << "</table>>];\n  }\n";
}

}  // namespace

void write_dot(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options) {
  const Graph& g = graph.graph();
  const char* splines = boost::num_vertices(g) <= kMaxNodesForSplines ? "true" : "line";
  out << "digraph newsgraph {\n"
      << "  graph [charset=\"UTF-8\", overlap=prism, overlap_scaling=2, splines=" << splines
      << ", outputorder=edgesfirst, fontname=\"Helvetica\", fontsize=10, K=1.2];\n"
         "  node [style=filled, fontname=\"Helvetica\", fontsize=10, color=\"#444444\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.6];\n";
  write_legend(out);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProperties& node = g[v];
    style::NodeStyle look = style::node_style(node.type);
    std::string tooltip =
        fmt::format("{} ({}), {} mentions", node.name, to_string(node.type), node.mention_count);
    out << "  " << escape::dot_id(node.id) << " [label=" << escape::dot_string(node.name)
        << ", shape=" << look.dot_shape << ", fillcolor=\"" << look.fill
        << "\", tooltip=" << escape::dot_string(tooltip) << "];\n";
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProperties& edge = g[e];
    if (!is_exported(edge, options)) continue;
    int mentions = std::max(edge.mention_count, 1);
    double penwidth = std::min(1.0 + std::log2(static_cast<double>(mentions)), 6.0);
    out << "  " << escape::dot_id(g[boost::source(e, g)].id) << " -> "
        << escape::dot_id(g[boost::target(e, g)].id) << " [label=\"" << to_string(edge.type)
        << "\", color=\"" << style::edge_colour(edge.type) << "\", fontcolor=\""
        << style::edge_colour(edge.type) << "\", penwidth=" << fmt::format("{:.2f}", penwidth)
        << ", weight=" << mentions << (is_symmetric(edge.type) ? ", dir=none" : "")
        << ", tooltip=" << escape::dot_string(edge_tooltip(edge)) << "];\n";
  }
  out << "}\n";
}

}  // namespace newsgraph
