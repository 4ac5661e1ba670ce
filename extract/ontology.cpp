#include "extract/ontology.h"

namespace newsgraph {
namespace {

struct EdgeNames {
  EdgeType type;
  std::string_view name;
  std::string_view neo4j;
};

constexpr EdgeNames kEdgeNames[] = {
    {EdgeType::Backs, "backs", "BACKS"},
    {EdgeType::Besieges, "besieges", "BESIEGES"},
    {EdgeType::NegotiatesWith, "negotiates-with", "NEGOTIATES_WITH"},
    {EdgeType::Attacks, "attacks", "ATTACKS"},
    {EdgeType::Captures, "captures", "CAPTURES"},
    {EdgeType::Mediates, "mediates", "MEDIATES"},
    {EdgeType::MeetsWith, "meets-with", "MEETS_WITH"},
    {EdgeType::Criticizes, "criticizes", "CRITICIZES"},
    {EdgeType::CallsOn, "calls-on", "CALLS_ON"},
    {EdgeType::Threatens, "threatens", "THREATENS"},
    {EdgeType::MemberOf, "member-of", "MEMBER_OF"},
    {EdgeType::LocatedIn, "located-in", "LOCATED_IN"},
    {EdgeType::BasedIn, "based-in", "BASED_IN"},
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

bool is_symmetric(EdgeType type) {
  return type == EdgeType::NegotiatesWith || type == EdgeType::MeetsWith;
}

}  // namespace newsgraph
