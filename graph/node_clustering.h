// Cross-document entity resolution: which nodes of a merged graph are one
// real-world entity although their normalised names differ.
//
//   - the same name typed group in one document and organization in another
//   - an acronym and the one multi-word name whose initials it spells
//   - a name that another node lists as an alias ("X, known as Y")
//   - person names whose words are transliteration or typo variants
//     (Sergei/Sergey, de/di, Mistura/Mister: Jaro-Winkler per word), and a
//     surname to the one full name ending with it
//   - single-word place names one letter apart (Zahra/Zahraa)
//
// Guardrails: person, place and organization/group never merge with each
// other; every node is compared with cluster heads only (the most mentioned
// node first), so no chain A~B~C merges A and C through B; blocking by type
// and first letter keeps the cost near-linear in the number of nodes.
#pragma once

#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph {

// For each vertex, the vertex that heads its cluster (itself if none).
std::vector<NodeHandle> cluster_nodes(const Graph& graph);

// Jaro-Winkler similarity of two strings (bytes), 0..1.
double jaro_winkler(std::string_view a, std::string_view b);

}  // namespace newsgraph
