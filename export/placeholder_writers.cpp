// PLACEHOLDER — replaced by the exporter work (one file per format).
#include "export/exporters.h"
namespace newsgraph {
bool is_exported(const EdgeProperties& e, const ExportOptions& o) { return o.include_hedged || !(e.negated || e.hedged); }
void write_json(const KnowledgeGraph&, std::ostream&, const ExportOptions&) {}
void write_graphml(const KnowledgeGraph&, std::ostream&, const ExportOptions&) {}
void write_cypher(const KnowledgeGraph&, std::ostream&, const ExportOptions&) {}
void write_dot(const KnowledgeGraph&, std::ostream&, const ExportOptions&) {}
void write_neo4j_csv(const KnowledgeGraph&, const std::filesystem::path&, const ExportOptions&) {}
}
