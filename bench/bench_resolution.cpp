// Cross-document resolution at scale: synthetic mentions of synthetic
// entities, added to a KnowledgeGraph as documents would add them, then
// KnowledgeGraph::finalize() (clustering, merging, canonical names, sorting)
// timed; peak memory; and the quality of the clusters against the truth.
//
//   build/bench_resolution [--sizes 100000,200000,500000,1000000] [--runs N] [--seed N]
//
// Each run is a child process, so its peak RSS is its own; with --runs N
// the times are the fastest of N runs. The
// data: one entity per ten mentions (persons 60 %, places 25 %, groups and
// organizations 15 %), names from syllable generators, each entity mentioned
// 5-15 times in documents of ~20 mentions, with the variants news text has:
// surname only, title + surname, an initial, transliteration swaps
// (i/y, ei/ey, u/ou, kh/h), one-letter typos, de/di particles, diacritics,
// upper and lower case, acronyms, "the". Everything follows from the seed.
//
// Quality is B-cubed precision and recall over mentions: for each mention,
// the share of its cluster that is its entity, and the share of its entity
// that is in its cluster. "exact" is the graph before finalize() (equal
// normalised names only), "resolved" after.
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/node_clustering.h"

using namespace newsgraph;

namespace {

// SplitMix64: the same numbers on every platform (std distributions are not).
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
  bool chance(int percent) { return below(100) < static_cast<size_t>(percent); }
  template <typename T>
  const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

 private:
  uint64_t state_;
};

const std::vector<std::string> kOnsets = {"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t",
                                          "v", "z", "f", "h", "j", "sh", "kh", "br", "dr", "st",
                                          "tr", "gr", "ch", "zv"};
const std::vector<std::string> kVowels = {"a", "e", "i", "o", "u", "a", "e", "o", "ei", "ou", "ia"};
const std::vector<std::string> kCodas = {"", "", "", "n", "r", "l", "s", "m", "k", "v"};
const std::vector<std::string> kSurnameEnds = {"", "", "ov", "enko", "ic", "ski", "ani", "ez",
                                               "son", "ev", "ari", "escu"};
const std::vector<std::string> kGivenEnds = {"", "", "", "ei", "iy", "a", "o", "in", "as"};
const std::vector<std::string> kPlaceEnds = {"", "a", "ia", "ovo", "abad", "grad", "ville", "ez"};
const std::vector<std::string> kOrgWords = {"Liberation", "Democratic", "National",  "Popular",
                                            "Revolutionary", "United", "Free",     "Patriotic",
                                            "Islamic",    "Socialist", "Republican", "Northern",
                                            "Southern",   "People's",  "Independent"};
const std::vector<std::string> kOrgHeads = {"Front",  "Army",     "Council",   "Movement",
                                            "Union",  "Brigade",  "Party",     "Committee",
                                            "Alliance", "Forces", "Coalition", "Assembly"};
const std::vector<std::string> kTitles = {"Mr", "Gen.", "Dr", "Col.", "Sheikh", "Mrs"};

std::string capitalise(std::string w) {
  if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

std::string word(Rng& rng, int syllables, const std::vector<std::string>& ends) {
  std::string w;
  for (int i = 0; i < syllables; ++i) w += rng.pick(kOnsets) + rng.pick(kVowels) + rng.pick(kCodas);
  return capitalise(w + rng.pick(ends));
}

enum class Kind : uint8_t { Person, Place, Actor };

struct Entity {
  Kind kind;
  NodeType type;
  std::string given, particle, surname;  // persons
  std::string name;                      // the full canonical name
  std::string acronym;                   // actors
};

struct SyntheticMention {
  uint32_t entity;
  uint32_t document;
  std::string surface;
};

// i/y, ei/ey, u/ou, kh/h: one transliteration change, if the word has one.
std::string transliterate(Rng& rng, std::string w) {
  static const std::vector<std::pair<std::string, std::string>> kSwaps = {
      {"ei", "ey"}, {"iy", "y"}, {"ou", "u"}, {"kh", "h"}, {"i", "y"}, {"ia", "ya"}, {"sh", "ch"}};
  size_t start = rng.below(kSwaps.size());
  for (size_t k = 0; k < kSwaps.size(); ++k) {
    const auto& [a, b] = kSwaps[(start + k) % kSwaps.size()];
    for (const auto& [from, to] : {std::pair{a, b}, std::pair{b, a}}) {
      size_t at = w.find(from, 1);
      if (at != std::string::npos) return w.replace(at, from.size(), to);
    }
  }
  return w;
}

// One typo: a letter replaced, dropped, doubled, or two swapped.
std::string typo(Rng& rng, std::string w) {
  if (w.size() < 4) return w;
  size_t at = 1 + rng.below(w.size() - 1);
  switch (rng.below(4)) {
    case 0: w[at] = static_cast<char>('a' + rng.below(26)); break;
    case 1: w.erase(at, 1); break;
    case 2: w.insert(at, 1, w[at]); break;
    default:
      if (at + 1 < w.size()) std::swap(w[at], w[at + 1]);
      else std::swap(w[at - 1], w[at]);
  }
  return w;
}

std::string with_diacritics(std::string w) {
  std::string out;
  for (char c : w) {
    switch (c) {
      case 'a': out += "á"; break;
      case 'e': out += "é"; break;
      case 'c': out += "č"; break;
      case 's': out += "š"; break;
      case 'o': out += "ö"; break;
      default: out += c;
    }
  }
  return out;
}

std::string upper(std::string w) {
  for (char& c : w)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return w;
}

std::string lower(std::string w) {
  for (char& c : w)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return w;
}

std::string person_name(const std::string& given, const std::string& particle,
                        const std::string& surname) {
  return given + " " + (particle.empty() ? "" : particle + " ") + surname;
}

std::vector<Entity> make_entities(Rng& rng, size_t count) {
  std::vector<Entity> out;
  std::unordered_set<std::string> used;
  out.reserve(count);
  while (out.size() < count) {
    Entity e;
    size_t roll = rng.below(100);
    if (roll < 60) {
      e.kind = Kind::Person;
      e.type = NodeType::Person;
      e.given = word(rng, 1 + rng.below(2), kGivenEnds);
      e.surname = word(rng, 2 + rng.below(2), kSurnameEnds);
      if (rng.chance(10)) e.particle = rng.chance(50) ? "de" : "al";
      e.name = person_name(e.given, e.particle, e.surname);
    } else if (roll < 85) {
      e.kind = Kind::Place;
      e.type = NodeType::Place;
      e.name = word(rng, 2 + rng.below(2), kPlaceEnds);
      if (rng.chance(15)) e.name = (rng.chance(50) ? "North " : "New ") + e.name;
    } else {
      e.kind = Kind::Actor;
      e.type = rng.chance(50) ? NodeType::Group : NodeType::Organization;
      std::vector<std::string> words = {word(rng, 2, kPlaceEnds)};
      size_t middle = 1 + rng.below(2);
      for (size_t i = 0; i < middle; ++i) words.push_back(rng.pick(kOrgWords));
      words.push_back(rng.pick(kOrgHeads));
      for (const std::string& w : words) {
        e.name += (e.name.empty() ? "" : " ") + w;
        e.acronym += w[0];
      }
    }
    if (used.insert(lower(e.name) + char('0' + static_cast<int>(e.kind))).second) out.push_back(e);
  }
  return out;
}

std::string variant(Rng& rng, const Entity& e) {
  size_t roll = rng.below(100);
  switch (e.kind) {
    case Kind::Person:
      if (roll < 35) return e.name;
      if (roll < 53) return e.particle.empty() ? e.surname : capitalise(e.particle) + " " + e.surname;
      if (roll < 62) return rng.pick(kTitles) + " " + e.surname;
      if (roll < 67) return e.given.substr(0, 1) + ". " + e.surname;
      if (roll < 75) {
        return rng.chance(60) ? person_name(transliterate(rng, e.given), e.particle, e.surname)
                              : person_name(e.given, e.particle, transliterate(rng, e.surname));
      }
      if (roll < 82) return rng.chance(50) ? person_name(e.given, e.particle, typo(rng, e.surname))
                                           : typo(rng, e.surname);
      if (roll < 86 && !e.particle.empty())
        return person_name(e.given, e.particle == "de" ? "di" : "el", e.surname);
      if (roll < 92) return with_diacritics(e.name);
      return rng.chance(50) ? upper(e.name) : lower(e.name);
    case Kind::Place:
      if (roll < 70) return e.name;
      if (roll < 80) return with_diacritics(e.name);
      if (roll < 90 && e.name.find(' ') == std::string::npos) {
        return rng.chance(50) ? e.name + e.name.substr(e.name.size() - 1) : transliterate(rng, e.name);
      }
      return upper(e.name);
    case Kind::Actor:
      if (roll < 50) return e.name;
      if (roll < 75) return e.acronym;
      if (roll < 88) return "the " + e.name;
      return upper(e.name);
  }
  return e.name;
}

struct Result {
  size_t mentions = 0, entities = 0, nodes_before = 0, nodes_after = 0;
  double build_seconds = 0, build_cpu_seconds = 0;
  double finalize_seconds = 0, finalize_cpu_seconds = 0, cluster_cpu_seconds = 0;
  long peak_rss_kb = 0;
  size_t block_queries = 0, block_candidates = 0;
  double exact_p = 0, exact_r = 0, resolved_p = 0, resolved_r = 0;
};

// B-cubed precision and recall of `predicted` against `truth`, per mention.
std::pair<double, double> bcubed(const std::vector<uint32_t>& truth,
                                 const std::vector<uint32_t>& predicted) {
  std::unordered_map<uint64_t, uint32_t> cell;
  std::unordered_map<uint32_t, uint32_t> truth_size, predicted_size;
  for (size_t i = 0; i < truth.size(); ++i) {
    ++cell[(uint64_t(truth[i]) << 32) | predicted[i]];
    ++truth_size[truth[i]];
    ++predicted_size[predicted[i]];
  }
  double p = 0, r = 0;
  for (const auto& [key, n] : cell) {
    double nn = double(n) * n;
    p += nn / predicted_size[uint32_t(key)];
    r += nn / truth_size[uint32_t(key >> 32)];
  }
  return {p / truth.size(), r / truth.size()};
}

// CPU time of this process: steadier than wall time on a shared machine.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int family_of(NodeType t) {
  return t == NodeType::Person ? 0 : t == NodeType::Place ? 2 : 1;
}

Result run(size_t mention_count, uint64_t seed) {
  Rng rng(seed);
  std::vector<Entity> entities = make_entities(rng, std::max<size_t>(1, mention_count / 10));
  std::vector<SyntheticMention> mentions;
  mentions.reserve(mention_count);
  while (mentions.size() < mention_count) {
    uint32_t e = static_cast<uint32_t>(rng.below(entities.size()));
    size_t times = 5 + rng.below(11);
    for (size_t i = 0; i < times && mentions.size() < mention_count; ++i)
      mentions.push_back({e, 0, variant(rng, entities[e])});
  }
  // Spread over documents of ~20 mentions, in document order.
  const size_t documents = std::max<size_t>(1, mention_count / 20);
  for (auto& m : mentions) m.document = static_cast<uint32_t>(rng.below(documents));
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const auto& a, const auto& b) { return a.document < b.document; });
  // In the pipeline a document's names are fresh in memory when it is
  // added; the sort moved only the strings' handles, so copy the strings
  // into document order too (else reading each long name is a cache miss
  // that only the benchmark has).
  std::vector<SyntheticMention> in_order;
  in_order.reserve(mentions.size());
  for (const SyntheticMention& m : mentions) in_order.push_back(m);
  mentions = std::move(in_order);

  Result result;
  result.mentions = mentions.size();
  result.entities = entities.size();
  std::vector<uint32_t> truth(mentions.size()), exact(mentions.size());
  KnowledgeGraph graph;
  auto start = std::chrono::steady_clock::now();
  double cpu_start = cpu_seconds();
  // Document by document, as add_document adds them.
  std::vector<KnowledgeGraph::NodeMention> batch;
  for (size_t first = 0, end = 0; first < mentions.size(); first = end) {
    end = first;
    batch.clear();
    for (; end < mentions.size() && mentions[end].document == mentions[first].document; ++end)
      batch.push_back({entities[mentions[end].entity].type, mentions[end].surface, ""});
    const std::vector<NodeHandle> nodes = graph.add_nodes(batch, "doc" + std::to_string(mentions[first].document));
    for (size_t i = first; i < end; ++i) {
      graph.graph()[nodes[i - first]].mention_count += 1;
      truth[i] = mentions[i].entity;
      exact[i] = static_cast<uint32_t>(nodes[i - first]);
    }
  }
  auto built = std::chrono::steady_clock::now();
  result.build_cpu_seconds = cpu_seconds() - cpu_start;
  result.nodes_before = graph.node_count();
  // The clustering alone (finalize() runs it again), to see its share.
  cpu_start = cpu_seconds();
  ClusterStats stats;
  cluster_nodes(graph.graph(), ResolutionOverrides{}, &stats);
  result.cluster_cpu_seconds = cpu_seconds() - cpu_start;
  result.block_queries = stats.block_queries;
  result.block_candidates = stats.block_candidates;
  auto finalize_start = std::chrono::steady_clock::now();
  cpu_start = cpu_seconds();
  graph.finalize();
  result.finalize_cpu_seconds = cpu_seconds() - cpu_start;
  auto done = std::chrono::steady_clock::now();
  result.build_seconds = std::chrono::duration<double>(built - start).count();
  result.finalize_seconds = std::chrono::duration<double>(done - finalize_start).count();
  result.nodes_after = graph.node_count();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  result.peak_rss_kb = usage.ru_maxrss;

  // Each surface form is in exactly one final node of its type family.
  std::unordered_map<std::string, uint32_t> node_of;
  const Graph& g = graph.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    for (const AliasSource& a : g[v].alias_sources)
      node_of[char('0' + family_of(g[v].type)) + a.alias] = static_cast<uint32_t>(v);
  std::vector<uint32_t> resolved(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Entity& e = entities[mentions[i].entity];
    resolved[i] = node_of.at(char('0' + family_of(e.type)) + mentions[i].surface);
  }
  std::tie(result.exact_p, result.exact_r) = bcubed(truth, exact);
  std::tie(result.resolved_p, result.resolved_r) = bcubed(truth, resolved);
  return result;
}

double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

}  // namespace

int main(int argc, char** argv) {
  std::vector<size_t> sizes = {100000, 200000, 500000, 1000000};
  uint64_t seed = 20160214;
  int runs = 1;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--sizes" && i + 1 < argc) {
      sizes.clear();
      std::string list = argv[++i];
      size_t start = 0;
      while (start <= list.size()) {
        size_t end = std::min(list.find(',', start), list.size());
        if (end > start) sizes.push_back(std::strtoull(list.substr(start, end - start).c_str(), nullptr, 10));
        start = end + 1;
      }
    } else if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--seed" && i + 1 < argc) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else {
      std::puts("Usage: bench_resolution [--sizes 100000,200000,500000,1000000] [--runs N] [--seed N]");
      return a == "-h" || a == "--help" ? 0 : 2;
    }
  }

  std::printf("%10s %9s %9s %9s %7s %7s %8s %8s %8s %8s  %-17s %-17s\n", "mentions", "entities",
              "nodes", "clusters", "add s", "cpu s", "final. s", "cpu s", "clust. s", "peak MB",
              "exact P/R/F1", "resolved P/R/F1");
  std::vector<Result> results;
  for (size_t size : sizes) {
    // A child per run: its peak RSS is its own. Times: the fastest run (the
    // machine may be shared); everything else is the same in every run.
    Result r;
    for (int attempt = 0; attempt < runs; ++attempt) {
      int fds[2];
      if (pipe(fds) != 0) return 1;
      pid_t pid = fork();
      if (pid == 0) {
        close(fds[0]);
        Result child = run(size, seed);
        ssize_t written = write(fds[1], &child, sizeof child);
        _exit(written == static_cast<ssize_t>(sizeof child) ? 0 : 1);
      }
      close(fds[1]);
      Result got_result;
      ssize_t got = read(fds[0], &got_result, sizeof got_result);
      close(fds[0]);
      int status = 0;
      waitpid(pid, &status, 0);
      if (got != static_cast<ssize_t>(sizeof got_result) || !WIFEXITED(status) ||
          WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "bench_resolution: the run for %zu mentions failed\n", size);
        return 1;
      }
      if (attempt == 0) {
        r = got_result;
      } else {
        r.build_seconds = std::min(r.build_seconds, got_result.build_seconds);
        r.build_cpu_seconds = std::min(r.build_cpu_seconds, got_result.build_cpu_seconds);
        r.finalize_seconds = std::min(r.finalize_seconds, got_result.finalize_seconds);
        r.finalize_cpu_seconds = std::min(r.finalize_cpu_seconds, got_result.finalize_cpu_seconds);
        r.cluster_cpu_seconds = std::min(r.cluster_cpu_seconds, got_result.cluster_cpu_seconds);
      }
    }
    std::printf("%10zu %9zu %9zu %9zu %7.3f %7.3f %8.3f %8.3f %8.3f %8.0f  %.3f/%.3f/%.3f %.3f/%.3f/%.3f\n",
                r.mentions, r.entities, r.nodes_before, r.nodes_after, r.build_seconds,
                r.build_cpu_seconds, r.finalize_seconds, r.finalize_cpu_seconds, r.cluster_cpu_seconds,
                r.peak_rss_kb / 1024.0, r.exact_p, r.exact_r,
                f1(r.exact_p, r.exact_r), r.resolved_p, r.resolved_r,
                f1(r.resolved_p, r.resolved_r));
    std::fflush(stdout);
    results.push_back(r);
  }
  std::printf("\nblock searches (typo and transliteration candidates):\n");
  for (const Result& r : results)
    std::printf("%10zu mentions: %zu searches, %.2f heads met per search, %.2f per node\n",
                r.mentions, r.block_queries,
                r.block_queries ? double(r.block_candidates) / r.block_queries : 0.0,
                double(r.block_candidates) / r.nodes_before);
  if (results.size() >= 2) {
    const Result &a = results.front(), &b = results.back();
    double scale = double(b.mentions) / a.mentions;
    std::printf("\ngrowth %zu → %zu mentions (x%.1f): finalize x%.2f (cpu x%.2f), clustering "
                "cpu x%.2f, add x%.2f (cpu x%.2f), peak memory x%.2f\n",
                a.mentions, b.mentions, scale, b.finalize_seconds / a.finalize_seconds,
                b.finalize_cpu_seconds / a.finalize_cpu_seconds,
                b.cluster_cpu_seconds / a.cluster_cpu_seconds, b.build_seconds / a.build_seconds,
                b.build_cpu_seconds / a.build_cpu_seconds, double(b.peak_rss_kb) / a.peak_rss_kb);
  }
  return 0;
}
