#include "export/style.h"

namespace newsgraph::style {

NodeStyle node_style(NodeType type) {
  switch (type) {
    case NodeType::Person: return {"#FFD966", "ellipse", "ellipse"};
    case NodeType::Group: return {"#F4A582", "hexagon", "hexagon"};
    case NodeType::Organization: return {"#92C5DE", "box", "rectangle"};
    case NodeType::Place: return {"#B8E186", "house", "trapezoid2"};
  }
  return {"#DDDDDD", "ellipse", "ellipse"};
}

std::string_view edge_colour(EdgeType type) {
  // Hostile acts in reds, diplomacy in blues and greens, structure in greys.
  switch (type) {
    case EdgeType::Backs: return "#1A9850";
    case EdgeType::Besieges: return "#A50026";
    case EdgeType::NegotiatesWith: return "#4575B4";
    case EdgeType::Attacks: return "#D73027";
    case EdgeType::Captures: return "#F46D43";
    case EdgeType::Mediates: return "#74ADD1";
    case EdgeType::MeetsWith: return "#313695";
    case EdgeType::Criticizes: return "#FDAE61";
    case EdgeType::CallsOn: return "#66BD63";
    case EdgeType::Threatens: return "#E7298A";
    case EdgeType::MemberOf: return "#737373";
    case EdgeType::LocatedIn: return "#969696";
    case EdgeType::BasedIn: return "#525252";
  }
  return "#000000";
}

}  // namespace newsgraph::style
