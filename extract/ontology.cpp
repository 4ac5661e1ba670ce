#include "extract/ontology.h"

namespace newsgraph {
namespace {

struct EdgeNames {
  EdgeType type;
  std::string_view name;
  std::string_view neo4j;
  EventCodes codes;
};

constexpr EdgeNames kEdgeNames[] = {
    {EdgeType::Backs, "backs", "BACKS", {"AID", "070", 2}},
    {EdgeType::Besieges, "besieges", "BESIEGES", {"COERCE", "191", 4}},
    {EdgeType::NegotiatesWith, "negotiates-with", "NEGOTIATES_WITH", {"CONSULT", "046", 1}},
    {EdgeType::Attacks, "attacks", "ATTACKS", {"ASSAULT", "190", 4}},
    {EdgeType::Captures, "captures", "CAPTURES", {"ASSAULT", "192", 4}},
    {EdgeType::Mediates, "mediates", "MEDIATES", {"CONSULT", "045", 1}},
    {EdgeType::MeetsWith, "meets-with", "MEETS_WITH", {"CONSULT", "040", 1}},
    {EdgeType::Criticizes, "criticizes", "CRITICIZES", {"ACCUSE", "111", 3}},
    {EdgeType::CallsOn, "calls-on", "CALLS_ON", {"REQUEST", "020", 1}},
    {EdgeType::Threatens, "threatens", "THREATENS", {"THREATEN", "130", 3}},
    {EdgeType::MemberOf, "member-of", "MEMBER_OF", {"", "", 0}},
    {EdgeType::LocatedIn, "located-in", "LOCATED_IN", {"", "", 0}},
    {EdgeType::BasedIn, "based-in", "BASED_IN", {"", "", 0}},
};

struct NodeNames {
  NodeType type;
  std::string_view name;
  std::string_view label;
};

constexpr NodeNames kNodeNames[] = {
    {NodeType::Person, "person", "Person"},
    {NodeType::Group, "group", "Group"},
    {NodeType::Organization, "organization", "Organization"},
    {NodeType::Place, "place", "Place"},
};

}  // namespace

std::string_view to_string(NodeType type) {
  return kNodeNames[static_cast<int>(type)].name;
}

std::string_view to_string(EdgeType type) {
  return kEdgeNames[static_cast<int>(type)].name;
}

std::string_view neo4j_label(NodeType type) {
  return kNodeNames[static_cast<int>(type)].label;
}

std::string_view neo4j_relationship(EdgeType type) {
  return kEdgeNames[static_cast<int>(type)].neo4j;
}

std::optional<NodeType> parse_node_type(std::string_view name) {
  for (const auto& n : kNodeNames)
    if (n.name == name) return n.type;
  return std::nullopt;
}

std::optional<EdgeType> parse_edge_type(std::string_view name) {
  for (const auto& e : kEdgeNames)
    if (e.name == name) return e.type;
  return std::nullopt;
}

EventCodes event_codes(EdgeType type) { return kEdgeNames[static_cast<int>(type)].codes; }

bool is_symmetric(EdgeType type) {
  return type == EdgeType::NegotiatesWith || type == EdgeType::MeetsWith;
}

}  // namespace newsgraph
