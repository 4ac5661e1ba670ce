// graph.json: the native format, read by the scorer and by anyone with a JSON
// library. Its shape is schemas/graph.schema.json; written with RapidJSON so
// that string escaping and number formatting are a library's, not ours.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "export/escape.h"
#include "export/exporters.h"

namespace newsgraph {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void put_string(JsonWriter& w, std::string_view text) {
  std::string valid = escape::valid_utf8(text);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void put_field(JsonWriter& w, const char* key, std::string_view text) {
  w.Key(key);
  put_string(w, text);
}

void put_list(JsonWriter& w, const char* key, const std::vector<std::string>& items) {
  w.Key(key);
  w.StartArray();
  for (const std::string& item : items) put_string(w, item);
  w.EndArray();
}

void write_document(JsonWriter& w, const DocumentInfo& doc) {
  w.StartObject();
  put_field(w, "id", doc.id);
  put_field(w, "path", doc.path);
  put_field(w, "title", doc.title);
  put_field(w, "date", doc.date);
  put_field(w, "author", doc.author);
  put_field(w, "url", doc.url);
  w.EndObject();
}

void write_node(JsonWriter& w, const NodeProperties& node) {
  w.StartObject();
  put_field(w, "id", node.id);
  put_field(w, "type", to_string(node.type));
  put_field(w, "kind", node.kind);
  put_field(w, "name", node.name);
  put_list(w, "aliases", node.aliases);
  w.Key("alias_sources");
  w.StartArray();
  for (const AliasSource& source : node.alias_sources) {
    w.StartObject();
    put_field(w, "alias", source.alias);
    put_list(w, "documents", source.documents);
    w.EndObject();
  }
  w.EndArray();
  w.Key("mention_count");
  w.Int(node.mention_count);
  put_list(w, "documents", node.documents);
  w.EndObject();
}

void write_evidence(JsonWriter& w, const Evidence& ev) {
  w.StartObject();
  put_field(w, "document", ev.document);
  put_field(w, "sentence", ev.sentence);
  const std::pair<const char*, uint32_t> offsets[] = {
      {"sentence_start", ev.sentence_span.begin}, {"sentence_end", ev.sentence_span.end},
      {"trigger_start", ev.trigger.begin},        {"trigger_end", ev.trigger.end},
      {"source_start", ev.source.begin},          {"source_end", ev.source.end},
      {"target_start", ev.target.begin},          {"target_end", ev.target.end}};
  for (const auto& [key, value] : offsets) {
    w.Key(key);
    w.Uint(value);
  }
  put_field(w, "rule", ev.rule);
  w.Key("confidence");
  w.Double(ev.confidence);
  w.Key("negated");
  w.Bool(ev.negated);
  w.Key("hedged");
  w.Bool(ev.hedged);
  w.EndObject();
}

void write_edge(JsonWriter& w, const Graph& g, EdgeHandle e) {
  const EdgeProperties& edge = g[e];
  w.StartObject();
  put_field(w, "id", edge.id);
  put_field(w, "source", g[boost::source(e, g)].id);
  put_field(w, "target", g[boost::target(e, g)].id);
  put_field(w, "type", to_string(edge.type));
  // Event-data codes of the type (extract/ontology.h): CAMEO stays a string.
  EventCodes codes = event_codes(edge.type);
  put_field(w, "plover", codes.plover);
  put_field(w, "cameo", codes.cameo);
  w.Key("quad_class");
  w.Int(codes.quad_class);
  w.Key("confidence");
  w.Double(edge.confidence);
  w.Key("mention_count");
  w.Int(edge.mention_count);
  put_field(w, "role", edge.role);
  w.Key("negated");
  w.Bool(edge.negated);
  w.Key("hedged");
  w.Bool(edge.hedged);
  put_list(w, "documents", edge.documents);
  put_field(w, "first_date", edge.first_date);
  put_field(w, "last_date", edge.last_date);
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& ev : edge.evidence) write_evidence(w, ev);
  w.EndArray();
  w.EndObject();
}

}  // namespace

void write_json(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options) {
  const Graph& g = graph.graph();
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("documents");
  w.StartArray();
  for (const DocumentInfo& doc : graph.documents()) write_document(w, doc);
  w.EndArray();
  w.Key("nodes");
  w.StartArray();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) write_node(w, g[v]);
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (is_exported(g[e], options)) write_edge(w, g, e);
  w.EndArray();
  w.EndObject();
  out << '\n';
}

}  // namespace newsgraph
