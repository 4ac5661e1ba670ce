// KnowledgeGraph: the merged graph of many documents, on Boost.Graph.
//
// Documents are added one at a time, in input order (add_document is not
// thread-safe; build documents in parallel, merge them sequentially). Nodes
// of the same type with equal normalised names become one node; edges of one
// type between the same two nodes become one edge with summed counts and all
// their evidence. finalize() puts nodes and edges in a canonical order so the
// exporters write byte-identical files for the same inputs.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/document.h"
#include "extract/ontology.h"

namespace newsgraph {

struct ResolutionOverrides;  // graph/resolution_overrides.h

// The source of one node alias: which documents wrote it.
struct AliasSource {
  std::string alias;
  std::vector<std::string> documents;  // document ids, sorted
};

struct NodeProperties {
  std::string id;  // stable: derived from type and canonical name
  NodeType type = NodeType::Place;
  std::string name;                    // canonical name
  std::vector<std::string> aliases;    // every other surface form, sorted
  // What every mention updates, together (fewer cache lines per mention).
  std::string kind;                    // country, city, armed-group, ... or ""
  int mention_count = 0;
  std::vector<AliasSource> alias_sources;  // per alias (name included): documents
  std::vector<std::string> documents;  // document ids, sorted
};

// Where one edge is stated: a sentence of a document, with byte offsets into
// that document's cleaned text.
struct Evidence {
  std::string document;  // document id
  std::string sentence;  // the sentence text
  Span sentence_span;
  Span trigger;
  Span source;
  Span target;
  std::string rule;
  double confidence = 0.0;
  // What this sentence says of the edge: "did not capture Y" (negated),
  // "may attack Y", "if X attacks Y" (hedged). An edge that other sentences
  // state plainly is exported, and these flags keep this one from reading
  // as support for it.
  bool negated = false;
  bool hedged = false;
};

struct EdgeProperties {
  std::string id;  // stable: derived from source id, type, target id
  EdgeType type = EdgeType::Backs;
  double confidence = 0.0;  // the highest confidence of its evidence
  int mention_count = 0;
  std::string role;         // member-of: the role, when stated
  bool negated = false;     // every mention negated
  bool hedged = false;      // no mention states it plainly, and not all negate it; or all hedge it
  bool stated = false;      // some mention states it plainly (neither negated nor hedged)
  std::vector<Evidence> evidence;
  std::vector<std::string> documents;  // document ids, sorted
  std::string first_date;   // earliest document date, ISO 8601, or ""
  std::string last_date;
};

struct DocumentInfo {
  std::string id;
  std::string path;
  std::string title;
  std::string date;
  std::string author;
  std::string url;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    NodeProperties, EdgeProperties>;
using NodeHandle = Graph::vertex_descriptor;
using EdgeHandle = Graph::edge_descriptor;

// (scope, name) → number, for the lookups done once per mention or node:
// KnowledgeGraph files nodes under (type, normalised name), the clustering
// files cluster heads under (type family, key). One array of slots with
// linear probing and the names back to back in one string, so a lookup
// reads a slot and the name's bytes, and an entry costs no allocation of
// its own (a node-based map costs one or two, and three or four cache
// misses per lookup once it outgrows the caches).
class NameIndex {
 public:
  // The value filed under (scope, name), if any.
  std::optional<size_t> find(uint8_t scope, std::string_view name) const;
  // The hash the lookups of (scope, name) use; find_or_add with a hash is
  // the same lookup without hashing again.
  static uint64_t hash_of(uint8_t scope, std::string_view name);
  std::pair<size_t, bool> find_or_add(uint8_t scope, std::string_view name, uint64_t hash,
                                      size_t fresh);
  // Asks the memory for the slot a lookup of `hash` reads first, so that a
  // batch of lookups waits for memory once rather than once per lookup.
  void prefetch(uint64_t hash) const;
  // The same for the name bytes of that slot, once the slot is in the cache.
  void prefetch_name(uint64_t hash) const;
  // The value filed under (scope, name), or `fresh`, filed under it now.
  // Returns the value and whether it was filed now.
  std::pair<size_t, bool> find_or_add(uint8_t scope, std::string_view name, size_t fresh);
  // Files `value` under (scope, name), in place of the value filed there.
  void assign(uint8_t scope, std::string_view name, size_t value);
  void clear();
  void reserve(size_t entries);

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t name_offset = 0;  // in names_: the scope's byte, then the name
    uint32_t name_size = 0;    // 0: an empty slot
    size_t value = 0;
  };
  // The slot of (scope, name), or the empty slot where it would go.
  size_t probe(uint8_t scope, std::string_view name, uint64_t hash) const;
  // The slot for (scope, name), room made for a new entry.
  Slot& slot_for(uint8_t scope, std::string_view name, uint64_t hash);
  void fill(Slot& slot, uint8_t scope, std::string_view name, uint64_t hash, size_t value);
  std::string_view name(const Slot& slot) const;
  void grow(size_t capacity);
  size_t home(uint64_t hash) const { return hash & (slots_.size() - 1); }

  std::vector<Slot> slots_;
  std::string names_;
  size_t size_ = 0;
};

class KnowledgeGraph {
 public:
  // Adds the document's entities as nodes and its relations as edges.
  void add_document(const Document& doc);

  // Merges the nodes of one entity (graph/node_clustering.h), names each by
  // its most complete frequent form, sorts nodes by id and edges by (source
  // id, type, target id) and makes the per-node and per-edge lists
  // canonical. Call once, before exporting. The overrides (the user's
  // --resolve file) win over the automatic merge decisions.
  void finalize();
  void finalize(const ResolutionOverrides& overrides);

  const Graph& graph() const { return graph_; }
  Graph& graph() { return graph_; }
  const std::vector<DocumentInfo>& documents() const { return documents_; }

  // Adds (or finds) a node by type and name; used by add_document and tests.
  NodeHandle add_node(NodeType type, const std::string& name, const std::string& kind,
                      const std::string& document_id);
  // add_node for each mention of one document, in order, with the same
  // result. The lookups are done in stages over the batch, each stage asking
  // the memory for what the next one reads: at a million mentions the graph
  // is far bigger than the caches, and one mention at a time would wait for
  // memory five or six times per mention.
  struct NodeMention {
    NodeType type = NodeType::Place;
    std::string_view name;
    std::string_view kind;
  };
  std::vector<NodeHandle> add_nodes(std::span<const NodeMention> mentions,
                                    const std::string& document_id);
  // Adds one mention of an edge, merging with an existing edge of that type.
  EdgeHandle add_edge(NodeHandle source, NodeHandle target, EdgeType type,
                      const Evidence& evidence, const std::string& date,
                      const std::string& role, bool negated, bool hedged);
  void add_document_info(DocumentInfo info) { documents_.push_back(std::move(info)); }

  size_t node_count() const { return boost::num_vertices(graph_); }
  size_t edge_count() const { return boost::num_edges(graph_); }

 private:
  // The key of the edge index: an edge's ends and type.
  struct EdgeKey {
    NodeHandle source, target;
    EdgeType type;
    bool operator==(const EdgeKey&) const = default;
  };
  struct EdgeKeyHash {
    size_t operator()(const EdgeKey& key) const;
  };
  // An edge of the merged graph before it gets its place in the sorted one.
  struct MergedEdge {
    NodeHandle source, target;
    EdgeProperties props;
  };

  // The steps of finalize(), in order. `head` maps each node to the head of
  // its cluster (graph/node_clustering.h).
  std::vector<MergedEdge> merge_edges(const std::vector<NodeHandle>& head);
  std::vector<NodeHandle> merge_nodes(const std::vector<NodeHandle>& head);
  void fold_members(NodeProperties& into, std::span<const NodeHandle> members);
  std::vector<NodeHandle> sort_by_unique_id(std::vector<NodeHandle> heads);
  void rebuild_sorted(const std::vector<NodeHandle>& order, std::vector<MergedEdge> edges);
  void rebuild_indexes();

  Graph graph_;
  std::vector<DocumentInfo> documents_;
  NameIndex node_index_;  // (type, normalised name) → node
  std::unordered_map<EdgeKey, EdgeHandle, EdgeKeyHash> edge_index_;
};

// The merge key of a name: lower case, no diacritics or punctuation (hyphens
// and dashes become spaces), single spaces, no leading "the ", "U.N." = "un".
std::string normalize_name(std::string_view name);

// Stable node id: "<type>:<slug of the normalised name>", e.g.
// "person:staffan-de-mistura".
std::string make_node_id(NodeType type, std::string_view name);

}  // namespace newsgraph
