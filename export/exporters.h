// The graph writers, one per format. Each takes a finalized KnowledgeGraph and
// writes one format; none changes the graph. Every string that came from a
// page is escaped for its format: pages are written by strangers.
//
//   write_json      graph.json      the native format (schemas/graph.schema.json)
//   write_graphml   graph.graphml   Gephi, yEd, NetworkX, Boost read_graphml
//   write_cypher    graph.cypher    cypher-shell / Neo4j Browser (Neo4j 5), idempotent
//   write_neo4j_csv neo4j/          neo4j-admin database import full, with import.sh
//   write_dot       graph.dot       Graphviz (dot, sfdp)
#pragma once

#include <filesystem>
#include <ostream>

#include "graph/knowledge_graph.h"

namespace newsgraph {

struct ExportOptions {
  // Edges whose every mention is negated or hedged are left out unless set.
  bool include_hedged = false;
};

void write_json(const KnowledgeGraph& graph, std::ostream& out,
                const ExportOptions& options = {});
void write_graphml(const KnowledgeGraph& graph, std::ostream& out,
                   const ExportOptions& options = {});
void write_cypher(const KnowledgeGraph& graph, std::ostream& out,
                  const ExportOptions& options = {});
void write_dot(const KnowledgeGraph& graph, std::ostream& out,
               const ExportOptions& options = {});
// Writes dir/nodes_<label>.csv, dir/relationships.csv and dir/import.sh,
// each atomically; creates dir.
void write_neo4j_csv(const KnowledgeGraph& graph, const std::filesystem::path& dir,
                     const ExportOptions& options = {});

// True when the edge belongs in an export under these options.
bool is_exported(const EdgeProperties& edge, const ExportOptions& options);

}  // namespace newsgraph
