// The ontology of the graph: the four node types and thirteen edge types of
// ../shared/eval/GUIDELINES.md, with their names as they appear in every file
// the program reads or writes. One place, so that no stage spells them itself.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace newsgraph {

enum class NodeType { Person, Group, Organization, Place };

enum class EdgeType {
  Backs,
  Besieges,
  NegotiatesWith,
  Attacks,
  Captures,
  Mediates,
  MeetsWith,
  Criticizes,
  CallsOn,
  Threatens,
  MemberOf,
  LocatedIn,
  BasedIn,
};

inline constexpr std::array<NodeType, 4> kNodeTypes = {
    NodeType::Person, NodeType::Group, NodeType::Organization, NodeType::Place};

inline constexpr std::array<EdgeType, 13> kEdgeTypes = {
    EdgeType::Backs,     EdgeType::Besieges,   EdgeType::NegotiatesWith,
    EdgeType::Attacks,   EdgeType::Captures,   EdgeType::Mediates,
    EdgeType::MeetsWith, EdgeType::Criticizes, EdgeType::CallsOn,
    EdgeType::Threatens, EdgeType::MemberOf,   EdgeType::LocatedIn,
    EdgeType::BasedIn};

// "person", "group", "organization", "place" — the names in graph.json.
std::string_view to_string(NodeType type);
// "backs", "negotiates-with", ... — the names in graph.json.
std::string_view to_string(EdgeType type);

std::optional<NodeType> parse_node_type(std::string_view name);
std::optional<EdgeType> parse_edge_type(std::string_view name);

// Organizations and groups: the collective actors, which merge with each
// other (one name typed group here, organization there) and act as parties.
inline bool is_collective_actor(NodeType type) {
  return type == NodeType::Organization || type == NodeType::Group;
}

// "Person", "Group", ... — Neo4j labels.
std::string_view neo4j_label(NodeType type);
// "BACKS", "NEGOTIATES_WITH", ... — Neo4j relationship types.
std::string_view neo4j_relationship(EdgeType type);

// How an edge type maps onto event-data ontologies (schemas/ontology.json,
// which a test keeps equal to this table): PLOVER event type, CAMEO code (a
// string: leading zeros matter) and GDELT quad class (1 verbal cooperation,
// 2 material cooperation, 3 verbal conflict, 4 material conflict). State
// relations (member-of, located-in, based-in) are no events: "", "", 0.
struct EventCodes {
  std::string_view plover;
  std::string_view cameo;
  int quad_class;
};
EventCodes event_codes(EdgeType type);

// negotiates-with and meets-with hold both ways; the graph stores them with
// the smaller node id first so that both directions merge into one edge.
bool is_symmetric(EdgeType type);

}  // namespace newsgraph
