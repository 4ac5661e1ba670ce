// How node and edge types look in the visual formats (DOT, GraphML for yEd):
// one fill colour and shape per node type, one colour per edge type, so a
// drawing reads the same in Graphviz and yEd.
#pragma once

#include <string_view>

#include "extract/ontology.h"

namespace newsgraph::style {

struct NodeStyle {
  std::string_view fill;       // "#RRGGBB"
  std::string_view dot_shape;  // Graphviz shape
  std::string_view yed_shape;  // yFiles y:Shape type
};

NodeStyle node_style(NodeType type);
std::string_view edge_colour(EdgeType type);  // "#RRGGBB"

}  // namespace newsgraph::style
