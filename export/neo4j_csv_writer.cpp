// neo4j/: CSV files for `neo4j-admin database import full`, and import.sh
// with the exact command.
//
// One node file per label (nodes_person.csv, ...), header
//   id:ID,name,kind,aliases:string[],mention_count:int,documents:string[],:LABEL
// and one relationships.csv (:START_ID,:END_ID,:TYPE, then typed properties:
// the event codes as plover, cameo:string (leading zeros kept), quad_class:int;
// evidence as parallel arrays). Fields follow RFC 4180 (quoted when they hold
// a comma, quote, CR or LF; quotes doubled), so the import needs
// --multiline-fields=true. Arrays are split on ';' (--array-delimiter=';')
// and neo4j-admin has no escape for it, so a ';' inside an array item is
// written as U+FF1B FULLWIDTH SEMICOLON '；'; scalar fields keep ';' as is.
// Every file is written atomically.
#include <fmt/format.h>

#include "export/atomic_file.h"
#include "export/escape.h"
#include "export/exporters.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kFullwidthSemicolon = "\xEF\xBC\x9B";  // U+FF1B

std::string array_item(std::string_view item) {
  std::string out;
  for (char c : item) {
    if (c == ';') out += kFullwidthSemicolon;
    else out += c;
  }
  return out;
}

std::string array_field(const std::vector<std::string>& items) {
  std::string joined;
  for (size_t k = 0; k < items.size(); ++k) {
    if (k) joined += ';';
    joined += array_item(items[k]);
  }
  return escape::csv_field(joined);
}

template <typename Field>
std::string evidence_field(const std::vector<Evidence>& evidence, Field field) {
  std::vector<std::string> items;
  items.reserve(evidence.size());
  for (const Evidence& ev : evidence) items.push_back(field(ev));
  return array_field(items);
}

void write_line(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t k = 0; k < fields.size(); ++k) {
    if (k) out << ',';
    out << fields[k];
  }
  out << "\r\n";  // RFC 4180 line break
}

std::string node_file_name(NodeType type) { return fmt::format("nodes_{}.csv", to_string(type)); }

void write_nodes(const Graph& g, NodeType type, std::ostream& out) {
  out << "id:ID,name,kind,aliases:string[],mention_count:int,documents:string[],:LABEL\r\n";
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProperties& node = g[v];
    if (node.type != type) continue;
    write_line(out, {escape::csv_field(node.id), escape::csv_field(node.name),
                     escape::csv_field(node.kind), array_field(node.aliases),
                     std::to_string(node.mention_count), array_field(node.documents),
                     std::string(neo4j_label(type))});
  }
}

void write_relationships(const Graph& g, const ExportOptions& options, std::ostream& out) {
  // cameo is typed string so that neo4j-admin keeps "046" as it is.
  out << ":START_ID,:END_ID,:TYPE,id,type,plover,cameo:string,quad_class:int,confidence:double,mention_count:int,role,"
         "negated:boolean,hedged:boolean,documents:string[],first_date,last_date,"
         "evidence_documents:string[],evidence_sentences:string[],"
         "evidence_sentence_starts:int[],evidence_sentence_ends:int[],"
         "evidence_trigger_starts:int[],evidence_trigger_ends:int[],"
         "evidence_source_starts:int[],evidence_source_ends:int[],"
         "evidence_target_starts:int[],evidence_target_ends:int[],"
         "evidence_rules:string[],evidence_confidences:double[],"
         "evidence_negated:boolean[],evidence_hedged:boolean[]\r\n";
  auto offset = [](Span Evidence::*span, bool end) {
    return [span, end](const Evidence& x) {
      return std::to_string(end ? (x.*span).end : (x.*span).begin);
    };
  };
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProperties& edge = g[e];
    if (!is_exported(edge, options)) continue;
    const auto& ev = edge.evidence;
    EventCodes codes = event_codes(edge.type);
    std::vector<std::string> fields = {
        escape::csv_field(g[boost::source(e, g)].id),
        escape::csv_field(g[boost::target(e, g)].id),
        std::string(neo4j_relationship(edge.type)),
        escape::csv_field(edge.id),
        std::string(to_string(edge.type)),
        escape::csv_field(codes.plover),
        escape::csv_field(codes.cameo),
        std::to_string(codes.quad_class),
        escape::number(edge.confidence),
        std::to_string(edge.mention_count),
        escape::csv_field(edge.role),
        edge.negated ? "true" : "false",
        edge.hedged ? "true" : "false",
        array_field(edge.documents),
        escape::csv_field(edge.first_date),
        escape::csv_field(edge.last_date),
        evidence_field(ev, [](const Evidence& x) { return x.document; }),
        evidence_field(ev, [](const Evidence& x) { return x.sentence; }),
        evidence_field(ev, offset(&Evidence::sentence_span, false)),
        evidence_field(ev, offset(&Evidence::sentence_span, true)),
        evidence_field(ev, offset(&Evidence::trigger, false)),
        evidence_field(ev, offset(&Evidence::trigger, true)),
        evidence_field(ev, offset(&Evidence::source, false)),
        evidence_field(ev, offset(&Evidence::source, true)),
        evidence_field(ev, offset(&Evidence::target, false)),
        evidence_field(ev, offset(&Evidence::target, true)),
        evidence_field(ev, [](const Evidence& x) { return x.rule; }),
        evidence_field(ev, [](const Evidence& x) { return escape::number(x.confidence); }),
        evidence_field(ev, [](const Evidence& x) { return std::string(x.negated ? "true" : "false"); }),
        evidence_field(ev, [](const Evidence& x) { return std::string(x.hedged ? "true" : "false"); }),
    };
    write_line(out, fields);
  }
}

void write_import_script(std::ostream& out) {
  out << "#!/bin/sh\n"
         "# Loads the CSV files beside this script into a new Neo4j 5 database with\n"
         "# neo4j-admin (run as the Neo4j user, with the database stopped or absent).\n"
         "#   ./import.sh [DATABASE]        default: neo4j\n"
         "# Array properties are split on ';'; a ';' inside an array item was written\n"
         "# as U+FF1B FULLWIDTH SEMICOLON. Fields are RFC 4180 (quotes doubled) and\n"
         "# may span lines. To replace an existing database, add\n"
         "# --overwrite-destination=true.\n"
         "set -eu\n"
         "dir=$(cd \"$(dirname \"$0\")\" && pwd)\n"
         "neo4j-admin database import full \\\n";
  for (NodeType type : kNodeTypes) out << "  --nodes=\"$dir/" << node_file_name(type) << "\" \\\n";
  out << "  --relationships=\"$dir/relationships.csv\" \\\n"
         "  --delimiter=',' --array-delimiter=';' --quote='\"' \\\n"
         "  --multiline-fields=true --id-type=string \\\n"
         "  \"${1:-neo4j}\"\n";
}

}  // namespace

void write_neo4j_csv(const KnowledgeGraph& graph, const fs::path& dir,
                     const ExportOptions& options) {
  const Graph& g = graph.graph();
  fs::create_directories(dir);
  for (NodeType type : kNodeTypes)
    write_file_atomically(dir / node_file_name(type),
                          [&](std::ostream& out) { write_nodes(g, type, out); });
  write_file_atomically(dir / "relationships.csv",
                        [&](std::ostream& out) { write_relationships(g, options, out); });
  fs::path script = dir / "import.sh";
  write_file_atomically(script, write_import_script);
  fs::permissions(script, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                  fs::perm_options::add);
}

}  // namespace newsgraph
