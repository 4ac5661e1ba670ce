#include "graph/knowledge_graph.h"

#include <algorithm>
#include <numeric>
#include <set>

#include "extract/text/name_key.h"
#include "graph/node_clustering.h"

namespace newsgraph {
namespace {

void insert_sorted_unique(std::vector<std::string>& list, const std::string& value) {
  auto it = std::lower_bound(list.begin(), list.end(), value);
  if (it == list.end() || *it != value) list.insert(it, value);
}

// Records that `alias` was written in `document` for this node.
void add_alias_source(NodeProperties& node, const std::string& alias,
                      const std::string& document) {
  auto it = std::find_if(node.alias_sources.begin(), node.alias_sources.end(),
                         [&](const AliasSource& a) { return a.alias == alias; });
  if (it == node.alias_sources.end()) {
    node.alias_sources.push_back({alias, {}});
    it = node.alias_sources.end() - 1;
  }
  if (!document.empty()) insert_sorted_unique(it->documents, document);
}

bool earlier_date(const std::string& a, const std::string& b) {
  return b.empty() || (!a.empty() && a < b);
}

}  // namespace

std::string normalize_name(std::string_view name) { return name_key(name); }

std::string make_node_id(NodeType type, std::string_view name) {
  std::string id(to_string(type));
  id += ':';
  std::string key = normalize_name(name);
  for (char& c : key)
    if (c == ' ') c = '-';
  id += key;
  return id;
}

NodeHandle KnowledgeGraph::add_node(NodeType type, const std::string& name,
                                    const std::string& kind,
                                    const std::string& document_id) {
  std::string key = normalize_name(name);
  auto [it, inserted] = node_index_.try_emplace({type, key}, NodeHandle{});
  if (inserted) {
    it->second = boost::add_vertex(graph_);
    NodeProperties& node = graph_[it->second];
    node.type = type;
    node.name = name;
    node.id = make_node_id(type, name);
    node.kind = kind;
  }
  NodeProperties& node = graph_[it->second];
  if (node.kind.empty()) node.kind = kind;
  add_alias_source(node, name, document_id);
  if (!document_id.empty()) insert_sorted_unique(node.documents, document_id);
  return it->second;
}

EdgeHandle KnowledgeGraph::add_edge(NodeHandle source, NodeHandle target, EdgeType type,
                                    const Evidence& evidence, const std::string& date,
                                    const std::string& role, bool negated, bool hedged) {
  if (is_symmetric(type) && graph_[target].id < graph_[source].id) std::swap(source, target);
  auto [it, inserted] = edge_index_.try_emplace({source, type, target}, EdgeHandle{});
  if (inserted) {
    it->second = boost::add_edge(source, target, graph_).first;
    EdgeProperties& edge = graph_[it->second];
    edge.type = type;
    edge.negated = negated;
    edge.hedged = hedged;
  }
  EdgeProperties& edge = graph_[it->second];
  edge.mention_count += 1;
  edge.confidence = std::max(edge.confidence, evidence.confidence);
  edge.negated = edge.negated && negated;
  edge.hedged = edge.hedged && hedged;
  if (edge.role.empty()) edge.role = role;
  edge.evidence.push_back(evidence);
  if (!evidence.document.empty()) insert_sorted_unique(edge.documents, evidence.document);
  if (!date.empty()) {
    if (earlier_date(date, edge.first_date)) edge.first_date = date;
    if (edge.last_date.empty() || date > edge.last_date) edge.last_date = date;
  }
  return it->second;
}

void KnowledgeGraph::add_document(const Document& doc) {
  add_document_info({doc.id, doc.path, doc.title, doc.date, doc.author, doc.url});

  std::vector<NodeHandle> nodes;
  nodes.reserve(doc.entities.size());
  for (const DocEntity& entity : doc.entities) {
    NodeHandle n = add_node(entity.type, entity.name, entity.kind, doc.id);
    NodeProperties& node = graph_[n];
    node.mention_count += entity.mention_count;
    for (const std::string& alias : entity.aliases) add_alias_source(node, alias, doc.id);
    nodes.push_back(n);
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

void KnowledgeGraph::merge_clusters(const std::vector<NodeHandle>& head) {
  const size_t n = boost::num_vertices(graph_);
  Graph merged;
  std::vector<NodeHandle> new_of(n);
  std::vector<std::map<NodeType, int>> type_votes;
  for (NodeHandle v = 0; v < n; ++v) {
    if (head[v] != v) continue;
    new_of[v] = boost::add_vertex(graph_[v], merged);
    type_votes.push_back({{graph_[v].type, graph_[v].mention_count}});
  }
  for (NodeHandle v = 0; v < n; ++v) {
    if (head[v] == v) continue;
    NodeHandle h = new_of[head[v]];
    new_of[v] = h;
    NodeProperties& into = merged[h];
    const NodeProperties& from = graph_[v];
    into.mention_count += from.mention_count;
    type_votes[h][from.type] += from.mention_count;
    if (into.kind.empty()) into.kind = from.kind;
    for (const AliasSource& a : from.alias_sources)
      for (const std::string& d : a.documents) add_alias_source(into, a.alias, d);
    for (const std::string& d : from.documents) insert_sorted_unique(into.documents, d);
  }
  // A cluster's type is the type most of its mentions have.
  for (NodeHandle h = 0; h < boost::num_vertices(merged); ++h) {
    auto& votes = type_votes[h];
    merged[h].type = std::max_element(votes.begin(), votes.end(), [](auto& a, auto& b) {
                       return a.second < b.second;
                     })->first;
  }

  Graph old = std::move(graph_);
  graph_ = std::move(merged);
  edge_index_.clear();
  for (auto e : boost::make_iterator_range(boost::edges(old))) {
    NodeHandle s = new_of[boost::source(e, old)], t = new_of[boost::target(e, old)];
    if (s == t) continue;
    const EdgeProperties& props = old[e];
    for (size_t i = 0; i < props.evidence.size(); ++i) {
      // Dates and flags were aggregated already; carry them on the first mention.
      bool first = i == 0;
      EdgeHandle out = add_edge(s, t, props.type, props.evidence[i], first ? props.first_date : "",
                                props.role, props.negated, props.hedged);
      if (first && !props.last_date.empty() && props.last_date > graph_[out].last_date)
        graph_[out].last_date = props.last_date;
    }
  }
  node_index_.clear();
}

void KnowledgeGraph::finalize() { finalize(ResolutionOverrides{}); }

void KnowledgeGraph::finalize(const ResolutionOverrides& overrides) {
  merge_clusters(cluster_nodes(graph_, overrides));
  // Canonical name of each node: its most frequent surface form across
  // documents, ties to the longer (more complete) form, then the smaller.
  for (auto v : boost::make_iterator_range(boost::vertices(graph_))) {
    NodeProperties& node = graph_[v];
    std::sort(node.alias_sources.begin(), node.alias_sources.end(),
              [](const AliasSource& a, const AliasSource& b) { return a.alias < b.alias; });
    const AliasSource* best = nullptr;
    // Proper names (every word capitalised but name particles: "Staffan de
    // Mistura", "Bashar al-Assad") before common-noun names ("Syrian
    // opposition"), then the most documents, then the longest.
    auto proper = [](const std::string& name) {
      static const std::set<std::string> kParticles = {"de", "di", "da", "du", "del", "della",
                                                       "van", "von", "al", "el", "bin", "ibn"};
      size_t start = 0;
      while (start < name.size()) {
        size_t end = std::min(name.find(' ', start), name.size());
        std::string word = name.substr(start, end - start);
        if (!word.empty() && word[0] >= 'a' && word[0] <= 'z' &&
            !kParticles.count(word.substr(0, word.find('-'))))
          return false;
        start = end + 1;
      }
      return true;
    };
    auto rank = [&](const AliasSource& a) {
      size_t words = std::count(a.alias.begin(), a.alias.end(), ' ') + 1;
      bool acronym = std::none_of(a.alias.begin(), a.alias.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      bool own = normalize_name(a.alias) == normalize_name(node.name);
      return std::make_tuple(own || (proper(a.alias) && !acronym && words >= 2),
                             proper(a.alias) && !acronym,
                             node.type == NodeType::Person ? words : size_t(0),
                             a.documents.size(), a.alias.size());
    };
    for (const AliasSource& a : node.alias_sources) {
      if (!best || rank(a) > rank(*best)) best = &a;
    }
    if (best) node.name = best->alias;
    node.id = make_node_id(node.type, node.name);
    node.aliases.clear();
    for (const AliasSource& a : node.alias_sources)
      if (a.alias != node.name) node.aliases.push_back(a.alias);
  }

  // Two nodes of one type may still end with equal names (when neither
  // could be merged safely); their ids get a stable suffix: name order, then
  // the first document.
  {
    std::map<std::string, std::vector<NodeHandle>> by_id;
    for (auto v : boost::make_iterator_range(boost::vertices(graph_))) by_id[graph_[v].id].push_back(v);
    for (auto& [id, nodes] : by_id) {
      if (nodes.size() < 2) continue;
      std::sort(nodes.begin(), nodes.end(), [&](NodeHandle a, NodeHandle b) {
        const auto &x = graph_[a], &y = graph_[b];
        if (x.name != y.name) return x.name < y.name;
        return x.documents < y.documents;
      });
      for (size_t i = 1; i < nodes.size(); ++i) graph_[nodes[i]].id = id + "~" + std::to_string(i + 1);
    }
  }

  // Rebuild the graph in canonical order: nodes by id, edges by
  // (source id, type, target id), evidence by (document, offset).
  std::vector<NodeHandle> order(boost::num_vertices(graph_));
  std::iota(order.begin(), order.end(), NodeHandle{0});
  std::sort(order.begin(), order.end(),
            [&](NodeHandle a, NodeHandle b) { return graph_[a].id < graph_[b].id; });
  std::vector<NodeHandle> new_index(order.size());
  Graph sorted;
  for (NodeHandle old : order) new_index[old] = boost::add_vertex(graph_[old], sorted);

  struct EdgeRef {
    NodeHandle source, target;
    const EdgeProperties* props;
  };
  std::vector<EdgeRef> edges;
  for (auto e : boost::make_iterator_range(boost::edges(graph_)))
    edges.push_back({new_index[boost::source(e, graph_)], new_index[boost::target(e, graph_)],
                     &graph_[e]});
  std::sort(edges.begin(), edges.end(), [&](const EdgeRef& a, const EdgeRef& b) {
    if (a.source != b.source) return a.source < b.source;
    if (a.props->type != b.props->type) return a.props->type < b.props->type;
    return a.target < b.target;
  });

  edge_index_.clear();
  for (const EdgeRef& ref : edges) {
    EdgeProperties props = *ref.props;
    std::stable_sort(props.evidence.begin(), props.evidence.end(),
                     [](const Evidence& a, const Evidence& b) {
                       if (a.document != b.document) return a.document < b.document;
                       return a.sentence_span.begin < b.sentence_span.begin;
                     });
    props.id = sorted[ref.source].id + "|" + std::string(to_string(props.type)) + "|" +
               sorted[ref.target].id;
    auto e = boost::add_edge(ref.source, ref.target, props, sorted).first;
    edge_index_[{ref.source, props.type, ref.target}] = e;
  }
  graph_ = std::move(sorted);

  node_index_.clear();
  for (auto v : boost::make_iterator_range(boost::vertices(graph_)))
    node_index_[{graph_[v].type, normalize_name(graph_[v].name)}] = v;

  std::sort(documents_.begin(), documents_.end(),
            [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
}

}  // namespace newsgraph
