// Cross-document entity resolution: which nodes of a merged graph are one
// real-world entity although their normalised names differ.
//
//   - the same name typed group in one document and organization in another
//   - a name that another node lists as an alias ("X, known as Y")
//   - an acronym and the one multi-word name whose initials it spells
//   - person names whose words are transliteration or typo variants
//     (Sergei/Sergey, Mistura/Mister: Jaro-Winkler per word, or a lower
//     score with the same consonants, Mohammed/Muhammad; particles and
//     titles such as de/di, al, Mr, Gen. do not count), a shorter name to the
//     one longer name it fits (surname only, first + last name, an initial)
//   - single-word place names one letter apart (Zahra/Zahraa)
//
// Guardrails:
//   - person, place and organization/group never merge with each other,
//     nor a country with a town, province or river ("Vienna" standing for
//     Austria is an alias of Austria, not of the city);
//   - every node is compared with cluster heads only (longest names first,
//     then the most mentioned), so no chain A~B~C merges A and C through B;
//   - a name that fits two heads ("Malin": Teodor Malin, Ilona Malin) joins
//     neither, unless exactly one of them spells its words as it does;
//   - the user's overrides (graph/resolution_overrides.h) come first:
//     same-as groups start as one cluster, not-same-as pairs never meet.
//
// Cost: exact names, aliases, initials and person names spelt alike (same
// last word, same first + last words) are hash lookups. Only the rest —
// typos, transliterations — is compared, with the heads of its blocks: a
// block holds names of one family, one length and (for full names) one
// first-name signature that agree on all letters but one window of two or
// three (see block_keys in the .cpp), and at most kMaxBlockHeads heads. So
// each node costs a bounded number of lookups and similarity tests, and the
// work grows linearly with the number of nodes. The result depends only on
// the nodes' names, types, counts, documents and aliases, not on their order.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/resolution_overrides.h"

namespace newsgraph {

// Heads a block keeps; later (shorter, rarer) names are not added to a full
// block, so each comparison costs at most this many similarity tests.
inline constexpr size_t kMaxBlockHeads = 64;

// What one clustering did: evidence for benchmarks that the work per node
// stays bounded.
struct ClusterStats {
  size_t nodes = 0;
  size_t heads = 0;            // clusters
  size_t block_queries = 0;    // names compared with the heads of their blocks
  size_t block_candidates = 0; // heads met there (similarity tests)
};

// For each vertex, the vertex that heads its cluster (itself if none).
std::vector<NodeHandle> cluster_nodes(const Graph& graph);
std::vector<NodeHandle> cluster_nodes(const Graph& graph, const ResolutionOverrides& overrides,
                                      ClusterStats* stats = nullptr);

// Jaro-Winkler similarity of two strings (bytes), 0..1.
double jaro_winkler(std::string_view a, std::string_view b);

}  // namespace newsgraph
