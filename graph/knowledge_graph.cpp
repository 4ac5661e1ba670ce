#include "graph/knowledge_graph.h"

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <numeric>
#include <span>
#include <stdexcept>
#include <string_view>

#include "extract/text/name_key.h"
#include "graph/node_clustering.h"

namespace newsgraph {
namespace {

void insert_sorted_unique(std::vector<std::string>& list, const std::string& value) {
  // Documents mostly arrive in order: then the value goes at the end.
  if (list.empty() || list.back() < value) {
    list.push_back(value);
    return;
  }
  auto it = std::lower_bound(list.begin(), list.end(), value);
  if (it == list.end() || *it != value) list.insert(it, value);
}

void sort_unique(std::vector<std::string>& list) {
  std::sort(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
}

// Appends `from` to `into`, moving the strings; sort_unique() makes the
// result a set again.
void append_moved(std::vector<std::string>& into, std::vector<std::string>& from) {
  into.insert(into.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

AliasSource* find_alias(NodeProperties& node, std::string_view alias) {
  for (AliasSource& a : node.alias_sources)
    if (a.alias == alias) return &a;
  return nullptr;
}

// Records that `alias` was written in `document` for this node.
void add_alias_source(NodeProperties& node, std::string_view alias,
                      const std::string& document) {
  AliasSource* source = find_alias(node, alias);
  if (!source) source = &node.alias_sources.emplace_back(AliasSource{std::string(alias), {}});
  if (!document.empty()) insert_sorted_unique(source->documents, document);
}

bool earlier_date(const std::string& a, const std::string& b) {
  return b.empty() || (!a.empty() && a < b);
}

// Adds one mention (its evidence, which says whether it is negated or
// hedged) to an edge. The edge is negated when every sentence denies it,
// and hedged when no sentence states it plainly and not all deny it
// ("would not lift the siege" and "unless the army lifts the siege" state
// no lifting), or when every sentence hedges it.
void add_mention(EdgeProperties& edge, Evidence evidence, const std::string& date, const std::string& role) {
  edge.mention_count += 1;
  edge.confidence = std::max(edge.confidence, evidence.confidence);
  const bool all_hedged = edge.hedged && evidence.hedged;
  edge.negated = edge.negated && evidence.negated;
  edge.stated = edge.stated || (!evidence.negated && !evidence.hedged);
  edge.hedged = all_hedged || (!edge.stated && !edge.negated);
  if (edge.role.empty()) edge.role = role;
  if (!evidence.document.empty()) insert_sorted_unique(edge.documents, evidence.document);
  edge.evidence.push_back(std::move(evidence));
  if (!date.empty()) {
    if (earlier_date(date, edge.first_date)) edge.first_date = date;
    if (edge.last_date.empty() || date > edge.last_date) edge.last_date = date;
  }
}

// "<type>:<slug of the normalised name>" from the normalised name.
std::string node_id_of_key(NodeType type, std::string_view key) {
  std::string id(to_string(type));
  id += ':';
  for (char c : key) id += c == ' ' ? '-' : c;
  return id;
}

uint8_t scope_of(NodeType type) { return static_cast<uint8_t>(type); }

// The mentions a cluster's nodes have per type: the cluster takes the type
// most of its mentions have (ties: the first type in NodeType order).
class TypeVotes {
 public:
  void add(NodeType type, int mentions) {
    const size_t t = static_cast<size_t>(type);
    present_[t] = true;
    mentions_[t] += mentions;
  }
  NodeType winner() const {
    size_t best = kNodeTypes.size();
    for (size_t t = 0; t < kNodeTypes.size(); ++t)
      if (present_[t] && (best == kNodeTypes.size() || mentions_[t] > mentions_[best])) best = t;
    return static_cast<NodeType>(best);
  }

 private:
  std::array<int, kNodeTypes.size()> mentions_{};
  std::array<bool, kNodeTypes.size()> present_{};
};

// Proper names: every word capitalised but name particles ("Staffan de
// Mistura", "Bashar al-Assad"), unlike common-noun names ("Syrian
// opposition").
bool is_proper_name(std::string_view name) {
  size_t start = 0;
  while (start < name.size()) {
    size_t end = std::min(name.find(' ', start), name.size());
    std::string_view word = name.substr(start, end - start);
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z' &&
        !is_name_particle(word.substr(0, word.find('-'))))
      return false;
    start = end + 1;
  }
  return true;
}

// How good a surface form is as a node's name; greater is better, compared
// field by field.
struct NameRank {
  bool complete;     // the node's own name, or a proper name of two words or more
  bool proper;       // a proper name, not an acronym
  size_t words;      // persons: more words are more complete
  size_t documents;  // the documents that wrote it
  size_t length;
  auto operator<=>(const NameRank&) const = default;
};

// `key`: the alias's normalised name; `own_key`: the node's.
NameRank rank_alias(const AliasSource& a, const std::string& key, NodeType type,
                    const std::string& own_key) {
  const size_t words = std::count(a.alias.begin(), a.alias.end(), ' ') + 1;
  const bool acronym =
      std::none_of(a.alias.begin(), a.alias.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const bool proper = is_proper_name(a.alias) && !acronym;
  const bool own = key == own_key;
  // "North Korean" is the adjective of "North Korea", not a fuller name:
  // the node's name with its last word lengthened.
  const bool derived = key.size() > own_key.size() && key.compare(0, own_key.size(), own_key) == 0 &&
                       key.find(' ', own_key.size()) == std::string::npos;
  return {own || (proper && words >= 2 && !derived), proper, type == NodeType::Person ? words : size_t(0),
          a.documents.size(), a.alias.size()};
}

// Names a node by its best surface form (its own name, a proper name, for
// persons the fullest, then the most documents, the longest; ties to the
// first in alias order), sets its id and lists its other forms as aliases.
void choose_name(NodeProperties& node) {
  std::sort(node.alias_sources.begin(), node.alias_sources.end(),
            [](const AliasSource& a, const AliasSource& b) { return a.alias < b.alias; });
  const std::string own_key = normalize_name(node.name);
  const AliasSource* best = nullptr;
  NameRank best_rank{};
  std::string best_key;
  for (const AliasSource& a : node.alias_sources) {
    std::string key = normalize_name(a.alias);
    NameRank rank = rank_alias(a, key, node.type, own_key);
    if (!best || rank > best_rank) {
      best = &a;
      best_rank = rank;
      best_key = std::move(key);
    }
  }
  if (best) node.name = best->alias;
  node.id = best ? node_id_of_key(node.type, best_key) : make_node_id(node.type, node.name);
  node.aliases.clear();
  for (const AliasSource& a : node.alias_sources)
    if (a.alias != node.name) node.aliases.push_back(a.alias);
}

}  // namespace

std::optional<size_t> NameIndex::find(uint8_t scope, std::string_view name) const {
  if (slots_.empty()) return std::nullopt;
  const Slot& slot = slots_[probe(scope, name, hash_of(scope, name))];
  if (slot.name_size == 0) return std::nullopt;
  return slot.value;
}

std::pair<size_t, bool> NameIndex::find_or_add(uint8_t scope, std::string_view name,
                                               size_t fresh) {
  return find_or_add(scope, name, hash_of(scope, name), fresh);
}

std::pair<size_t, bool> NameIndex::find_or_add(uint8_t scope, std::string_view name,
                                               uint64_t hash, size_t fresh) {
  Slot& slot = slot_for(scope, name, hash);
  if (slot.name_size != 0) return {slot.value, false};
  fill(slot, scope, name, hash, fresh);
  return {fresh, true};
}

void NameIndex::assign(uint8_t scope, std::string_view name, size_t value) {
  const uint64_t hash = hash_of(scope, name);
  Slot& slot = slot_for(scope, name, hash);
  if (slot.name_size == 0) fill(slot, scope, name, hash, value);
  slot.value = value;
}

void NameIndex::clear() {
  slots_ = {};
  names_ = {};
  size_ = 0;
}

void NameIndex::reserve(size_t entries) {
  if (2 * entries > slots_.size()) grow(std::bit_ceil(2 * entries));
}

void NameIndex::prefetch(uint64_t hash) const {
  if (!slots_.empty()) __builtin_prefetch(&slots_[home(hash)]);
}

void NameIndex::prefetch_name(uint64_t hash) const {
  if (slots_.empty()) return;
  const Slot& slot = slots_[home(hash)];
  if (slot.name_size != 0 && slot.hash == hash) __builtin_prefetch(names_.data() + slot.name_offset);
}

uint64_t NameIndex::hash_of(uint8_t scope, std::string_view name) {
  return std::hash<std::string_view>{}(name) * 31 + scope;
}

size_t NameIndex::probe(uint8_t scope, std::string_view name, uint64_t hash) const {
  size_t i = home(hash);
  for (; slots_[i].name_size != 0; i = (i + 1) & (slots_.size() - 1)) {
    const Slot& slot = slots_[i];
    if (slot.hash != hash) continue;
    std::string_view stored = this->name(slot);
    if (static_cast<uint8_t>(stored[0]) == scope && stored.substr(1) == name) break;
  }
  return i;
}

NameIndex::Slot& NameIndex::slot_for(uint8_t scope, std::string_view name, uint64_t hash) {
  if (2 * (size_ + 1) > slots_.size()) grow(std::max<size_t>(16, 2 * slots_.size()));
  return slots_[probe(scope, name, hash)];
}

void NameIndex::fill(Slot& slot, uint8_t scope, std::string_view name, uint64_t hash,
                     size_t value) {
  if (names_.size() + name.size() + 1 > std::numeric_limits<uint32_t>::max())
    throw std::length_error("NameIndex: names over 4 GiB");
  slot = {hash, static_cast<uint32_t>(names_.size()), static_cast<uint32_t>(name.size() + 1),
          value};
  names_ += static_cast<char>(scope);
  names_ += name;
  ++size_;
}

std::string_view NameIndex::name(const Slot& slot) const {
  return std::string_view(names_).substr(slot.name_offset, slot.name_size);
}

void NameIndex::grow(size_t capacity) {
  std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(capacity));
  for (const Slot& slot : old) {
    if (slot.name_size == 0) continue;
    size_t i = home(slot.hash);
    while (slots_[i].name_size != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = slot;
  }
}

size_t KnowledgeGraph::EdgeKeyHash::operator()(const EdgeKey& key) const {
  size_t h = key.source;
  h = h * 1000003 + key.target;
  return h * 31 + static_cast<size_t>(key.type);
}

std::string normalize_name(std::string_view name) { return name_key(name); }

std::string make_node_id(NodeType type, std::string_view name) {
  return node_id_of_key(type, normalize_name(name));
}

NodeHandle KnowledgeGraph::add_node(NodeType type, const std::string& name,
                                    const std::string& kind,
                                    const std::string& document_id) {
  const NodeMention mention{type, name, kind};
  return add_nodes({&mention, 1}, document_id).front();
}

std::vector<NodeHandle> KnowledgeGraph::add_nodes(std::span<const NodeMention> mentions,
                                                 const std::string& document_id) {
  std::vector<NodeHandle> handles;
  handles.reserve(mentions.size());
  // Stages over chunks small enough that what a stage asked for is still in
  // the cache when the next one reads it.
  constexpr size_t kChunk = 16;
  std::array<std::string, kChunk> keys;
  std::array<uint64_t, kChunk> hashes;
  for (size_t first = 0; first < mentions.size(); first += kChunk) {
    const std::span<const NodeMention> chunk = mentions.subspan(first, std::min(kChunk, mentions.size() - first));
    // 1. Keys and hashes; ask for the index slots.
    for (size_t i = 0; i < chunk.size(); ++i) {
      keys[i] = normalize_name(chunk[i].name);
      hashes[i] = NameIndex::hash_of(scope_of(chunk[i].type), keys[i]);
      node_index_.prefetch(hashes[i]);
    }
    // 2. The slots are here: ask for the names they hold.
    for (size_t i = 0; i < chunk.size(); ++i) node_index_.prefetch_name(hashes[i]);
    // 3. Find or add each node; ask for the node's properties.
    const size_t begin = handles.size();
    for (size_t i = 0; i < chunk.size(); ++i) {
      const NodeMention& m = chunk[i];
      const auto [v, inserted] = node_index_.find_or_add(scope_of(m.type), keys[i], hashes[i], boost::num_vertices(graph_));
      if (inserted) {
        boost::add_vertex(graph_);
        NodeProperties& node = graph_[v];
        node.type = m.type;
        node.name = m.name;
        node.id = node_id_of_key(m.type, keys[i]);
        node.kind = m.kind;
      }
      __builtin_prefetch(&graph_[v].kind);
      __builtin_prefetch(&graph_[v].documents);
      handles.push_back(v);
    }
    // 4. Ask for the ends of the node's lists, where a mention goes.
    for (size_t i = begin; i < handles.size(); ++i) {
      const NodeProperties& node = graph_[handles[i]];
      if (!node.alias_sources.empty()) __builtin_prefetch(&node.alias_sources.back());
      if (!node.documents.empty()) __builtin_prefetch(&node.documents.back());
    }
    // 5. Record the mention.
    for (size_t i = begin; i < handles.size(); ++i) {
      NodeProperties& node = graph_[handles[i]];
      const NodeMention& m = chunk[i - begin];
      if (node.kind.empty()) node.kind = m.kind;
      add_alias_source(node, m.name, document_id);
      if (!document_id.empty()) insert_sorted_unique(node.documents, document_id);
    }
  }
  return handles;
}

EdgeHandle KnowledgeGraph::add_edge(NodeHandle source, NodeHandle target, EdgeType type,
                                    const Evidence& evidence, const std::string& date,
                                    const std::string& role, bool negated, bool hedged) {
  if (is_symmetric(type) && graph_[target].id < graph_[source].id) std::swap(source, target);
  auto [it, inserted] = edge_index_.try_emplace(EdgeKey{source, target, type}, EdgeHandle{});
  if (inserted) {
    it->second = boost::add_edge(source, target, graph_).first;
    EdgeProperties& edge = graph_[it->second];
    edge.type = type;
    edge.negated = negated;
    edge.hedged = hedged;
  }
  Evidence flagged = evidence;
  flagged.negated = negated;
  flagged.hedged = hedged;
  add_mention(graph_[it->second], std::move(flagged), date, role);
  return it->second;
}

void KnowledgeGraph::add_document(const Document& doc) {
  add_document_info({doc.id, doc.path, doc.title, doc.date, doc.author, doc.url});

  std::vector<NodeMention> mentions;
  mentions.reserve(doc.entities.size());
  for (const DocEntity& entity : doc.entities) mentions.push_back({entity.type, entity.name, entity.kind});
  const std::vector<NodeHandle> nodes = add_nodes(mentions, doc.id);
  for (size_t i = 0; i < nodes.size(); ++i) {
    const DocEntity& entity = doc.entities[i];
    NodeProperties& node = graph_[nodes[i]];
    node.mention_count += entity.mention_count;
    for (const std::string& alias : entity.aliases) add_alias_source(node, alias, doc.id);
  }

  for (const Relation& rel : doc.relations) {
    if (rel.source < 0 || rel.target < 0 || rel.source == rel.target) continue;
    if (static_cast<size_t>(rel.source) >= nodes.size() ||
        static_cast<size_t>(rel.target) >= nodes.size())
      continue;
    NodeHandle s = nodes[rel.source];
    NodeHandle t = nodes[rel.target];
    if (s == t) continue;  // two spellings of one node
    Evidence ev;
    ev.document = doc.id;
    if (rel.sentence >= 0 && static_cast<size_t>(rel.sentence) < doc.sentences.size()) {
      ev.sentence_span = doc.sentences[rel.sentence].span;
      ev.sentence = std::string(doc.slice(ev.sentence_span));
    }
    ev.trigger = rel.trigger;
    ev.source = rel.source_span;
    ev.target = rel.target_span;
    ev.rule = rel.rule;
    ev.confidence = rel.confidence;
    add_edge(s, t, rel.type, ev, doc.date, rel.role, rel.negated, rel.hedged);
  }
}

// Edges follow their nodes to the heads and merge, as add_edge merges them:
// in the order of the edges, mention by mention. Runs before the nodes get
// their final names, so symmetric edges order their ends by the ids the
// heads have now. Edges without evidence are dropped.
std::vector<KnowledgeGraph::MergedEdge> KnowledgeGraph::merge_edges(
    const std::vector<NodeHandle>& head) {
  std::vector<MergedEdge> merged;
  std::unordered_map<EdgeKey, size_t, EdgeKeyHash> index;
  for (auto e : boost::make_iterator_range(boost::edges(graph_))) {
    NodeHandle s = head[boost::source(e, graph_)], t = head[boost::target(e, graph_)];
    EdgeProperties& from = graph_[e];
    if (s == t || from.evidence.empty()) continue;
    if (is_symmetric(from.type) && graph_[t].id < graph_[s].id) std::swap(s, t);
    auto [it, inserted] = index.try_emplace(EdgeKey{s, t, from.type}, merged.size());
    if (inserted) {
      MergedEdge& edge = merged.emplace_back(MergedEdge{s, t, {}});
      edge.props.type = from.type;
      edge.props.negated = from.negated;
      edge.props.hedged = from.hedged;
    }
    EdgeProperties& into = merged[it->second].props;
    for (size_t i = 0; i < from.evidence.size(); ++i) {
      // Dates were aggregated already; carry them on the first mention.
      const bool first = i == 0;
      add_mention(into, std::move(from.evidence[i]), first ? from.first_date : std::string(), from.role);
    }
    if (!from.last_date.empty() && from.last_date > into.last_date) into.last_date = from.last_date;
  }
  return merged;
}

// Folds every member's mentions, kind, aliases and documents into the head
// of its cluster (the first kind wins, members in vertex order), moving its
// strings. Cluster by cluster, so the head's lists stay in the cache while
// its members come in. Returns the heads, in vertex order; the members are
// left empty.
std::vector<NodeHandle> KnowledgeGraph::merge_nodes(const std::vector<NodeHandle>& head) {
  const size_t n = boost::num_vertices(graph_);
  // The members of head h are members[begin[h]] .. members[begin[h + 1] - 1].
  std::vector<size_t> begin(n + 1, 0);
  for (NodeHandle v = 0; v < n; ++v)
    if (head[v] != v) ++begin[head[v] + 1];
  std::partial_sum(begin.begin(), begin.end(), begin.begin());
  std::vector<NodeHandle> members(begin[n]);
  std::vector<size_t> next(begin.begin(), begin.end() - 1);
  for (NodeHandle v = 0; v < n; ++v)
    if (head[v] != v) members[next[head[v]]++] = v;

  std::vector<NodeHandle> heads;
  for (NodeHandle h = 0; h < n; ++h) {
    if (head[h] != h) continue;
    heads.push_back(h);
    if (begin[h] == begin[h + 1]) continue;
    fold_members(graph_[h], std::span(members).subspan(begin[h], begin[h + 1] - begin[h]));
  }
  return heads;
}

void KnowledgeGraph::fold_members(NodeProperties& into, std::span<const NodeHandle> members) {
  TypeVotes votes;
  votes.add(into.type, into.mention_count);
  for (NodeHandle v : members) {
    NodeProperties& from = graph_[v];
    into.mention_count += from.mention_count;
    votes.add(from.type, from.mention_count);
    if (into.kind.empty()) into.kind = from.kind;
    for (AliasSource& a : from.alias_sources) {
      if (a.documents.empty()) continue;  // no document wrote it: nothing to merge
      AliasSource* source = find_alias(into, a.alias);
      if (!source) source = &into.alias_sources.emplace_back(AliasSource{std::move(a.alias), {}});
      append_moved(source->documents, a.documents);
    }
    append_moved(into.documents, from.documents);
    from = NodeProperties{};  // free what is left now, while it is in the cache
  }
  // The lists become sets again, once per list.
  into.type = votes.winner();
  sort_unique(into.documents);
  for (AliasSource& a : into.alias_sources) {
    a.documents.erase(std::remove(a.documents.begin(), a.documents.end(), std::string()),
                      a.documents.end());
    sort_unique(a.documents);
  }
}

// Orders the nodes by id. Two nodes of one type may end with equal names
// (when neither could be merged safely); their ids get a stable suffix: name
// order, then the first document, then vertex order.
std::vector<NodeHandle> KnowledgeGraph::sort_by_unique_id(std::vector<NodeHandle> nodes) {
  auto by_id = [&](NodeHandle a, NodeHandle b) {
    const std::string &x = graph_[a].id, &y = graph_[b].id;
    return x != y ? x < y : a < b;
  };
  std::sort(nodes.begin(), nodes.end(), by_id);
  bool renamed = false;
  for (size_t i = 0; i < nodes.size();) {
    size_t end = i + 1;
    while (end < nodes.size() && graph_[nodes[end]].id == graph_[nodes[i]].id) ++end;
    if (end - i > 1) {
      std::stable_sort(nodes.begin() + i, nodes.begin() + end, [&](NodeHandle a, NodeHandle b) {
        const NodeProperties &x = graph_[a], &y = graph_[b];
        if (x.name != y.name) return x.name < y.name;
        return x.documents < y.documents;
      });
      const std::string id = graph_[nodes[i]].id;
      for (size_t k = i + 1; k < end; ++k) graph_[nodes[k]].id = id + "~" + std::to_string(k - i + 1);
      renamed = true;
    }
    i = end;
  }
  if (renamed) std::sort(nodes.begin(), nodes.end(), by_id);
  return nodes;
}

// Rebuilds the graph with the nodes in `order` and the edges sorted by
// (source id, type, target id), evidence by (document, offset). In place,
// moving the properties: Boost 1.74's adjacency_list has no move
// assignment, so `graph_ = std::move(other)` would copy every string.
void KnowledgeGraph::rebuild_sorted(const std::vector<NodeHandle>& order,
                                    std::vector<MergedEdge> edges) {
  std::vector<NodeProperties> nodes;
  nodes.reserve(order.size());
  std::vector<NodeHandle> new_index(boost::num_vertices(graph_));
  for (NodeHandle v : order) {
    new_index[v] = nodes.size();
    nodes.push_back(std::move(graph_[v]));
  }
  for (MergedEdge& edge : edges) {
    edge.source = new_index[edge.source];
    edge.target = new_index[edge.target];
  }
  std::sort(edges.begin(), edges.end(), [](const MergedEdge& a, const MergedEdge& b) {
    if (a.source != b.source) return a.source < b.source;
    if (a.props.type != b.props.type) return a.props.type < b.props.type;
    return a.target < b.target;
  });

  graph_.clear();
  for (NodeProperties& node : nodes) graph_[boost::add_vertex(graph_)] = std::move(node);
  for (MergedEdge& edge : edges) {
    EdgeProperties& props = edge.props;
    std::stable_sort(props.evidence.begin(), props.evidence.end(),
                     [](const Evidence& a, const Evidence& b) {
                       if (a.document != b.document) return a.document < b.document;
                       return a.sentence_span.begin < b.sentence_span.begin;
                     });
    props.id = graph_[edge.source].id + "|" + std::string(to_string(props.type)) + "|" +
               graph_[edge.target].id;
    graph_[boost::add_edge(edge.source, edge.target, graph_).first] = std::move(props);
  }
}

void KnowledgeGraph::rebuild_indexes() {
  // Two nodes may have names with one key (when neither could be merged
  // safely); the last in id order keeps it.
  node_index_.clear();
  node_index_.reserve(boost::num_vertices(graph_));
  for (auto v : boost::make_iterator_range(boost::vertices(graph_)))
    node_index_.assign(scope_of(graph_[v].type), normalize_name(graph_[v].name), v);
  edge_index_.clear();
  edge_index_.reserve(boost::num_edges(graph_));
  for (auto e : boost::make_iterator_range(boost::edges(graph_))) {
    NodeHandle s = boost::source(e, graph_), t = boost::target(e, graph_);
    edge_index_[EdgeKey{s, t, graph_[e].type}] = e;
  }
}

void KnowledgeGraph::finalize() { finalize(ResolutionOverrides{}); }

void KnowledgeGraph::finalize(const ResolutionOverrides& overrides) {
  const std::vector<NodeHandle> head = cluster_nodes(graph_, overrides);
  std::vector<MergedEdge> edges = merge_edges(head);
  std::vector<NodeHandle> heads = merge_nodes(head);
  for (NodeHandle h : heads) choose_name(graph_[h]);
  rebuild_sorted(sort_by_unique_id(std::move(heads)), std::move(edges));
  rebuild_indexes();
  std::sort(documents_.begin(), documents_.end(),
            [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
}

}  // namespace newsgraph
