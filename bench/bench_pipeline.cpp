// bench_pipeline: end-to-end extraction speed, stage by stage, on one core and
// on all cores, with peak memory, and `newsgraph build` wall-clock beside it.
//
//   build/bench_pipeline [INPUT...] [--runs N] [--jobs N] [--cli-runs N]
//                        [--nlp auto|on|off] [--ner auto|on|off]
//                        [--data-dir DIR] [--newsgraph PATH]
//
// INPUTs (files or directories, as for `newsgraph build`) form one set;
// without any, two sets are measured: the seed corpus (../shared/corpus/seeds)
// and the cleaning benchmark's pages (../shared/bench/cleaning/html). Each set
// runs in its own child process so that its peak memory (max RSS) is its own.
//
// The stages are called here one by one, in the order of extract/pipeline.cpp:
//   clean → tokenize → tag+lemma, parse (NlpModels) → NER model → entities
//   (EntityRecognizer, resolve_entities) → relations, then per set: graph
//   (KnowledgeGraph merge + finalize) and export (every format: four to
//   memory, neo4j CSV to a temporary folder).
// The pipeline is still being wired (models, NER), so which optional stages
// it runs is not assumed: each allowed combination is run once and the one
// whose every document equals Pipeline::run's is measured (--nlp/--ner force
// one). A pipeline that does something else shows as a "mirror" mismatch
// instead of silently wrong figures.
//
// One core: the stages' thread CPU time, summed over documents, median of
// --runs runs (CPU time, because the machine is shared; wall-clock beside it).
// All cores: --jobs threads take documents in turn, like `newsgraph build
// --jobs N`, then merge and export; wall-clock, median of --runs runs.
// `newsgraph build --jobs 1` and `--jobs 2` are timed from the parent
// process, loading included. Words are tokens holding a letter or digit.
// Inputs are read into memory before timing: file reading is not measured.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "cli/inputs.h"
#include "cli/options.h"
#include "export/exporters.h"
#include "extract/clean/input.h"
#include "extract/nlp/entity_recognizer.h"
#include "extract/nlp/lexicon.h"
#include "extract/nlp/ner_model.h"
#include "extract/nlp/nlp_models.h"
#include "extract/pipeline.h"
#include "extract/relations/relation_extractor.h"
#include "extract/resolve/entity_resolver.h"
#include "extract/text/language.h"
#include "extract/text/tokenizer.h"
#include "graph/knowledge_graph.h"

extern char** environ;  // for posix_spawn

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {

enum Stage {
  kClean,
  kTokenize,
  kTag,
  kParse,
  kNerModel,
  kEntities,
  kRelations,
  kGraph,
  kExport,
  kStageCount
};
constexpr std::array<const char*, kStageCount> kStageNames = {
    "clean",    "tokenize",  "tag+lemma",   "parse", "ner model",
    "entities", "relations", "graph merge", "export"};

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double wall_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // kB on Linux
}

double median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// CPU and wall time of one stage, accumulated.
struct Timer {
  std::array<double, kStageCount> cpu{}, wall{};
  template <typename Work>
  void time(Stage stage, Work&& work) {
    double c = thread_cpu_seconds(), w = wall_seconds();
    work();
    cpu[stage] += thread_cpu_seconds() - c;
    wall[stage] += wall_seconds() - w;
  }
};

// The stages, loaded once from <data_dir>/schemas and <data_dir>/models.
struct Stages {
  Lexicon lexicon;
  EntityRecognizer recognizer;
  RelationExtractor relations;
  std::optional<nlp::NlpModels> models;  // tagger, lemmatizer, parser
  std::optional<nlp::NamedEntityTagger> ner;
  std::string models_error, ner_error;

  // Loads the tagger/parser and the NER model only when asked: memory is
  // measured, and a model the pipeline does not use must not count.
  Stages(const fs::path& data_dir, bool load_models, bool load_ner)
      : lexicon(Lexicon::load(data_dir / "schemas")),
        recognizer(lexicon),
        relations(data_dir / "schemas" / "patterns",
                  data_dir / "schemas" / "patterns.schema.json", lexicon) {
    try {
      if (load_models) models = nlp::NlpModels::load(data_dir / "models");
    } catch (const std::exception& e) {
      models_error = e.what();
    }
    try {
      if (load_ner) ner = nlp::NamedEntityTagger::load(data_dir / "models" / "ner.bin", &lexicon);
    } catch (const std::exception& e) {
      ner_error = e.what();
    }
  }
};

// Which optional stages run. Pipeline::run decides; see choose_variant().
struct Variant {
  bool parse = false;  // NlpModels: tagger, lemmatizer, parser
  bool ner = false;    // NamedEntityTagger::tag, its mentions given to the recognizer
};

// One document through every per-document stage, as Pipeline::run does.
Document process(const RawInput& raw, const Stages& stages, Variant variant, Timer& timer) {
  Document doc;
  timer.time(kClean, [&] { doc = cleaned_document(raw); });
  bool english = true;
  timer.time(kTokenize, [&] {
    tokenize(doc);
    english = check_english(doc).english();  // Pipeline::annotate stops here otherwise
  });
  if (!english) return doc;
  if (variant.parse) {
    // NlpModels::annotate, split: tags and lemmas feed NER and the
    // recognizer, the parse feeds the relation patterns.
    timer.time(kTag, [&] {
      stages.models->tagger.tag(doc);
      stages.models->lemmatizer.lemmatize(doc, &stages.models->tagger.dictionary());
    });
    timer.time(kParse, [&] { stages.models->parser.parse(doc); });
  }
  std::vector<Mention> model_mentions;
  if (variant.ner) timer.time(kNerModel, [&] { stages.ner->tag(doc, model_mentions); });
  timer.time(kEntities, [&] {
    stages.recognizer.recognize(doc, variant.ner ? &model_mentions : nullptr);
    resolve_entities(doc);
  });
  timer.time(kRelations, [&] { stages.relations.extract(doc); });
  return doc;
}

// Merge in input order, finalize, export every format; as `newsgraph build`.
void merge_and_export(const std::vector<Document>& docs, const fs::path& scratch, Timer& timer) {
  KnowledgeGraph graph;
  timer.time(kGraph, [&] {
    for (const Document& doc : docs) graph.add_document(doc);
    graph.finalize();
  });
  timer.time(kExport, [&] {
    std::ostringstream json, graphml, cypher, dot;
    write_json(graph, json);
    write_graphml(graph, graphml);
    write_cypher(graph, cypher);
    write_dot(graph, dot);
    write_neo4j_csv(graph, scratch / "neo4j");
  });
}

size_t count_words(const Document& doc) {
  size_t words = 0;
  for (const Token& token : doc.tokens) {
    std::string_view form = doc.form(token);
    words += std::any_of(form.begin(), form.end(), [](char c) {
      unsigned char u = static_cast<unsigned char>(c);
      return u >= 0x80 || std::isalnum(u);
    });
  }
  return words;
}

// What a document's extraction amounts to, for comparing two runs of it.
std::string signature(const Document& doc) {
  std::string out = std::to_string(doc.tokens.size()) + "t " +
                    std::to_string(doc.mentions.size()) + "m " +
                    std::to_string(doc.entities.size()) + "e";
  for (const DocEntity& e : doc.entities) out += " " + std::string(to_string(e.type)) + ":" + e.name;
  for (const Relation& r : doc.relations)
    out += " " + std::string(to_string(r.type)) + ":" + std::to_string(r.source) + ">" +
           std::to_string(r.target) + "@" + std::to_string(r.trigger.begin);
  return out;
}

bool tagged(const Document& doc) {
  return std::any_of(doc.tokens.begin(), doc.tokens.end(),
                     [](const Token& t) { return !t.upos.empty(); });
}

struct Config {
  int runs = 5;
  int cli_runs = 3;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::string nlp = "auto", ner = "auto";  // auto: as Pipeline::run does
  fs::path data_dir;
  fs::path newsgraph;
};

struct SetSpec {
  std::string name;
  std::vector<std::string> paths;
};

std::string describe(Variant v) {
  return std::string(v.parse ? "tag+parse" : "no tag+parse") + ", " +
         (v.ner ? "NER model" : "no NER model");
}

// The variant whose results equal Pipeline::run's on every document (the
// first such among those --nlp/--ner and the loaded models allow), else the
// one closest to it. `matched` says on how many documents it agrees; `also`
// names other variants that agree everywhere too (the inputs cannot tell
// them apart).
Variant choose_variant(const std::vector<RawInput>& raws, const std::vector<Document>& reference,
                       const Stages& stages, const Config& config, size_t& matched,
                       std::string& also) {
  bool pipeline_parses = std::any_of(reference.begin(), reference.end(), tagged);
  std::vector<Variant> candidates;
  for (bool parse : {pipeline_parses, !pipeline_parses}) {
    if (parse && !stages.models) continue;
    if ((config.nlp == "on" && !parse) || (config.nlp == "off" && parse)) continue;
    for (bool ner : {true, false}) {
      if (ner && !stages.ner) continue;
      if ((config.ner == "on" && !ner) || (config.ner == "off" && ner)) continue;
      candidates.push_back({parse, ner});
    }
  }
  if (candidates.empty()) {
    std::fprintf(stderr, "bench_pipeline: --nlp/--ner ask for models that did not load (%s%s)\n",
                 stages.models_error.c_str(), stages.ner_error.c_str());
    std::exit(2);
  }
  Variant best = candidates.front();
  matched = 0;
  bool first = true;
  for (const Variant& variant : candidates) {
    size_t same = 0;
    Timer unused;
    for (size_t i = 0; i < raws.size(); ++i)
      same += signature(process(raws[i], stages, variant, unused)) == signature(reference[i]);
    if (first || same > matched) {
      best = variant;
      matched = same;
    } else if (same == raws.size()) {
      if (!also.empty()) also += "; ";
      also += describe(variant);
    }
    first = false;
  }
  return best;
}

// Measures one set in this process and prints its table; writes the word
// count to words_fd for the parent's `newsgraph build` timing.
int run_set(const SetSpec& set, const Config& config, int words_fd) {
  cli::InputList inputs = cli::collect_inputs(set.paths);
  std::vector<RawInput> raws;
  for (const cli::InputFile& file : inputs.files) {
    try {
      RawInput raw = read_input(file.path);
      raw.id = file.id;
      raws.push_back(std::move(raw));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "bench_pipeline: skipped %s\n", e.what());
    }
  }
  if (raws.empty()) {
    std::printf("\n== %s: no input found; skipped\n", set.name.c_str());
    return 2;
  }
  size_t input_bytes = 0;
  for (const RawInput& raw : raws) input_bytes += raw.bytes.size();

  // Pipeline::run's results, the reference the stages below must reproduce.
  // The Pipeline is gone before the stages load, so that peak memory counts
  // one copy of the models.
  std::vector<Document> reference;
  std::vector<double> pipeline_cpu;
  {
    PipelineConfig pipeline_config;
    pipeline_config.data_dir = config.data_dir;
    Pipeline pipeline(pipeline_config);
    for (int r = 0; r < config.runs; ++r) {
      std::vector<Document> docs;
      double c = thread_cpu_seconds();
      for (const RawInput& raw : raws) docs.push_back(pipeline.run(raw));
      pipeline_cpu.push_back(thread_cpu_seconds() - c);
      if (r == 0) reference = std::move(docs);
    }
  }
  // Which stages Pipeline::run amounts to, found in a child process with
  // every model loaded; this process then loads only those.
  Variant variant;
  size_t mirrored = 0;
  std::string model_status;
  {
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
    std::fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
      close(fds[0]);
      Stages all(config.data_dir, true, true);
      std::string also;
      Variant chosen = choose_variant(raws, reference, all, config, mirrored, also);
      std::string answer = fmt::format(
          "{} {} {} tagger+parser {}, NER {}{}", int(chosen.parse), int(chosen.ner), mirrored,
          all.models ? "loaded" : "missing (" + all.models_error + ")",
          all.ner ? "loaded" : "missing (" + all.ner_error + ")",
          also.empty() ? "" : "; AMBIGUOUS, as good: " + also);
      if (write(fds[1], answer.data(), answer.size()) < 0) _exit(2);
      _exit(0);
    }
    close(fds[1]);
    std::string answer;
    char buffer[512];
    for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;) answer.append(buffer, n);
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    std::istringstream in(answer);
    int parse = 0, ner = 0;
    if (!(in >> parse >> ner >> mirrored)) throw std::runtime_error("choosing the stages failed");
    variant = {parse != 0, ner != 0};
    std::getline(in >> std::ws, model_status);
  }
  double load_start = wall_seconds();
  Stages stages(config.data_dir, variant.parse, variant.ner);
  double load_seconds = wall_seconds() - load_start;
  double rss_loaded = peak_rss_mb();

  fs::path scratch = fs::temp_directory_path() / ("bench_pipeline." + std::to_string(getpid()));
  fs::create_directories(scratch);

  // One core: every stage in sequence, per-run sums.
  std::vector<std::array<double, kStageCount>> run_cpu, run_wall;
  size_t words = 0, tokens = 0, text_bytes = 0, relations = 0;
  for (int r = 0; r < config.runs; ++r) {
    Timer timer;
    std::vector<Document> docs;
    docs.reserve(raws.size());
    for (const RawInput& raw : raws) docs.push_back(process(raw, stages, variant, timer));
    merge_and_export(docs, scratch, timer);
    run_cpu.push_back(timer.cpu);
    run_wall.push_back(timer.wall);
    if (r == 0) {
      for (const Document& doc : docs) {
        words += count_words(doc);
        tokens += doc.tokens.size();
        text_bytes += doc.text.size();
        relations += doc.relations.size();
      }
    }
  }
  std::array<double, kStageCount> cpu{}, wall{};
  for (int s = 0; s < kStageCount; ++s) {
    std::vector<double> c, w;
    for (int r = 0; r < config.runs; ++r) {
      c.push_back(run_cpu[r][s]);
      w.push_back(run_wall[r][s]);
    }
    cpu[s] = median(c);
    wall[s] = median(w);
  }
  std::vector<double> total_cpu, total_wall, doc_cpu;
  for (int r = 0; r < config.runs; ++r) {
    double c = 0, w = 0, d = 0;
    for (int s = 0; s < kStageCount; ++s) {
      c += run_cpu[r][s];
      w += run_wall[r][s];
      if (s <= kRelations) d += run_cpu[r][s];
    }
    total_cpu.push_back(c);
    total_wall.push_back(w);
    doc_cpu.push_back(d);
  }
  double one_core = median(total_cpu);

  // All cores: documents over threads, then merge and export.
  std::vector<double> parallel_wall, parallel_cpu;
  for (int r = 0; r < config.runs; ++r) {
    std::vector<Document> docs(raws.size());
    std::atomic<size_t> next{0};
    double start = wall_seconds(), start_cpu = process_cpu_seconds();
    auto worker = [&] {
      Timer unused;
      for (size_t i; (i = next.fetch_add(1)) < raws.size();)
        docs[i] = process(raws[i], stages, variant, unused);
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < std::min<size_t>(config.jobs, raws.size()); ++t)
      threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();
    Timer unused;
    merge_and_export(docs, scratch, unused);
    parallel_wall.push_back(wall_seconds() - start);
    parallel_cpu.push_back(process_cpu_seconds() - start_cpu);
  }
  double all_cores = median(parallel_wall);
  fs::remove_all(scratch);
  double rss_peak = peak_rss_mb();

  auto rate = [&](double seconds) { return seconds > 0 ? static_cast<double>(words) / seconds : 0; };
  std::printf("\n== %s: %zu documents, %.2f MB input, %.2f MB clean text, %zu words (%zu tokens), "
              "%zu relations\n",
              set.name.c_str(), raws.size(), static_cast<double>(input_bytes) / 1e6,
              static_cast<double>(text_bytes) / 1e6, words, tokens, relations);
  std::printf("stages measured: %s (models/: %s)\n", describe(variant).c_str(),
              model_status.c_str());
  std::printf("loading lexicons, patterns%s: %.2f s wall\n",
              variant.parse || variant.ner ? " and models" : "", load_seconds);
  std::printf("\n%-22s %12s %12s %8s %14s\n", "stage (one core)", "CPU s/run", "wall s/run",
              "share", "words/s");
  for (int s = 0; s < kStageCount; ++s) {
    if (((s == kTag || s == kParse) && !variant.parse) || (s == kNerModel && !variant.ner))
      continue;
    std::printf("%-22s %12.4f %12.4f %7.1f%% %14.0f\n", kStageNames[s], cpu[s], wall[s],
                100.0 * cpu[s] / one_core, rate(cpu[s]));
  }
  std::printf("%-22s %12.4f %12.4f %7.1f%% %14.0f\n", "end to end", one_core, median(total_wall),
              100.0, rate(one_core));
  double others = one_core - cpu[kRelations];
  std::printf("\nrelation extraction: %.1f%% of end-to-end time; adds %.1f%% to the other stages "
              "(budget: 20%%)\n",
              100.0 * cpu[kRelations] / one_core, others > 0 ? 100.0 * cpu[kRelations] / others : 0);
  if (variant.parse) {
    // The parser is there for the relation patterns: counted with them.
    double with_parse = cpu[kRelations] + cpu[kParse];
    double rest = one_core - with_parse;
    std::printf("relation extraction with the parse it needs: %.1f%%; adds %.1f%% to the rest\n",
                100.0 * with_parse / one_core, rest > 0 ? 100.0 * with_parse / rest : 0);
  }
  std::printf("one core:   %.0f words/s (CPU time, median of %d runs; by wall-clock %.0f words/s)\n",
              rate(one_core), config.runs, rate(median(total_wall)));
  // CPU over wall: how many cores the machine actually gave (other work
  // shares it); on an idle machine it approaches the thread count.
  std::printf("all cores:  %.0f words/s (%u threads, wall-clock, median of %d runs: %.4f s; "
              "%.2fx one core's wall-clock; %.2f cores busy on average)\n",
              rate(all_cores), config.jobs, config.runs, all_cores,
              all_cores > 0 ? median(total_wall) / all_cores : 0.0,
              all_cores > 0 ? median(parallel_cpu) / all_cores : 0.0);
  std::printf("mirror:     Pipeline::run %.4f CPU s/run vs these stages %.4f; same results on "
              "%zu/%zu documents%s\n",
              median(pipeline_cpu), median(doc_cpu), mirrored, raws.size(),
              mirrored == raws.size()
                  ? ""
                  : "  <-- not Pipeline::run: forced by --nlp/--ner, or the pipeline changed");
  std::printf("peak RSS:   %.1f MB (%.1f MB once loaded; inputs held in memory)\n", rss_peak,
              rss_loaded);
  std::fflush(stdout);
  std::string count = std::to_string(words);
  if (write(words_fd, count.data(), count.size()) < 0) std::perror("bench_pipeline: pipe");
  return mirrored == raws.size() ? 0 : 1;
}

// Times `newsgraph build` (loading included) on the set. Runs in the small
// parent process, so that each child's max RSS is newsgraph's own (a child
// forked from a big process starts with the parent's pages counted).
void time_cli(const SetSpec& set, size_t words, const Config& config) {
  if (config.newsgraph.empty() || !fs::exists(config.newsgraph) || config.cli_runs == 0) {
    std::printf("newsgraph build: %s not found; not timed\n", config.newsgraph.c_str());
    return;
  }
  fs::path out = fs::temp_directory_path() / ("bench_pipeline_cli." + std::to_string(getpid()));
  for (unsigned jobs : {1u, 2u}) {
    std::vector<std::string> args = {config.newsgraph.string(), "build",  "-q",
                                     "--jobs",  std::to_string(jobs),  "--data-dir",
                                     config.data_dir.string(),  "-o",  out.string()};
    args.insert(args.end(), set.paths.begin(), set.paths.end());
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::vector<double> seconds;
    double max_rss = 0;
    int code = -1;
    for (int r = 0; r < config.cli_runs; ++r) {
      double start = wall_seconds();
      pid_t pid = 0;
      if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        std::perror("bench_pipeline: posix_spawn");
        break;
      }
      int status = 0;
      rusage usage{};
      wait4(pid, &status, 0, &usage);
      seconds.push_back(wall_seconds() - start);
      code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      max_rss = std::max(max_rss, static_cast<double>(usage.ru_maxrss) / 1024.0);
    }
    posix_spawn_file_actions_destroy(&actions);
    double t = median(seconds);
    std::printf("newsgraph build --jobs %u: %.3f s wall, loading included (median of %d runs, "
                "exit %d): %.0f words/s; peak RSS %.1f MB\n",
                jobs, t, config.cli_runs, code, t > 0 ? static_cast<double>(words) / t : 0.0,
                max_rss);
  }
  fs::remove_all(out);
  std::fflush(stdout);
}

constexpr const char* kUsage =
    "Usage: bench_pipeline [INPUT...] [--runs N] [--jobs N] [--cli-runs N]\n"
    "                      [--nlp auto|on|off] [--ner auto|on|off] [--data-dir DIR]\n"
    "                      [--newsgraph PATH]\n";

}  // namespace

int main(int argc, char** argv) {
  cli::Options options(argc - 1, argv + 1);  // without the program name
  if (options.flag("-h", "--help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  Config config;
  auto number = [&](const char* name, int& target) {
    if (auto text = options.value("", name)) {
      auto n = cli::parse_positive(*text);
      if (!n) {
        std::fprintf(stderr, "bench_pipeline: %s takes a whole number >= 1\n", name);
        std::exit(2);
      }
      target = static_cast<int>(*n);
    }
  };
  number("--runs", config.runs);
  number("--cli-runs", config.cli_runs);
  int jobs = static_cast<int>(config.jobs);
  number("--jobs", jobs);
  config.jobs = static_cast<unsigned>(jobs);
  config.nlp = options.value("", "--nlp").value_or("auto");
  config.ner = options.value("", "--ner").value_or("auto");
  for (const std::string& mode : {config.nlp, config.ner}) {
    if (mode != "auto" && mode != "on" && mode != "off") {
      std::fputs(kUsage, stderr);
      return 2;
    }
  }
  config.data_dir = options.value("", "--data-dir").value_or(default_data_dir().string());
  fs::path beside = fs::path(argv[0]).parent_path() / "newsgraph";
  config.newsgraph = options.value("", "--newsgraph").value_or(beside.string());
  std::vector<std::string> paths = options.positional();
  if (auto error = options.error()) {
    std::fprintf(stderr, "bench_pipeline: %s\n%s", error->c_str(), kUsage);
    return 2;
  }

  std::vector<SetSpec> sets;
  if (!paths.empty()) {
    sets.push_back({"inputs", paths});
  } else {
    fs::path shared = fs::path(NEWSGRAPH_DATA_DIR) / ".." / "shared";
    sets.push_back({"seeds", {(shared / "corpus" / "seeds").lexically_normal().string()}});
    sets.push_back(
        {"cleaning pages", {(shared / "bench" / "cleaning" / "html").lexically_normal().string()}});
  }
  double load[3] = {0, 0, 0};
  if (getloadavg(load, 3) < 0) load[0] = -1;
  std::printf("bench_pipeline: data %s; %d runs; %u threads for all cores (machine: %u cores, "
              "load average %.1f)\n",
              config.data_dir.string().c_str(), config.runs, config.jobs,
              std::thread::hardware_concurrency(), load[0]);
  int worst = 0;
  for (const SetSpec& set : sets) {
    std::fflush(stdout);
    int fds[2];
    if (pipe(fds) != 0) {
      std::perror("pipe");
      return 2;
    }
    pid_t child = fork();
    if (child < 0) {
      std::perror("fork");
      return 2;
    }
    if (child == 0) {
      close(fds[0]);
      int code = 2;
      try {
        code = run_set(set, config, fds[1]);
      } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_pipeline: %s: %s\n", set.name.c_str(), e.what());
      }
      std::fflush(stdout);
      _exit(code);
    }
    close(fds[1]);
    std::string words;
    char buffer[64];
    for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;) words.append(buffer, n);
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 2;
    worst = std::max(worst, code);
    if (!words.empty()) time_cli(set, std::stoul(words), config);
  }
  return worst;
}
