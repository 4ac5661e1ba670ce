// bench_nlp: speed of tokenize + tag + lemmatize + parse on one core, and the
// peak memory with the models loaded.
//
//   build/bench_nlp [MODEL_DIR] [SHARED_DATA_DIR] [RUNS]
//
// The text is the "# text" lines of UD English EWT test and GUM test (raw
// sentences, one per line), processed as one document per run; the figure
// is the median tokens per second over RUNS runs (default 5), by the
// thread's CPU time (what one core does, even when other processes share
// the machine) and by wall-clock time.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/nlp/nlp_models.h"
#include "extract/text/tokenizer.h"

using namespace newsgraph;

namespace {

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // kilobytes on Linux
}

std::string raw_text(const std::filesystem::path& conllu) {
  std::ifstream in(conllu);
  std::string line, text;
  while (std::getline(in, line))
    if (line.rfind("# text = ", 0) == 0) text += line.substr(9) + "\n";
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path models_dir = argc > 1 ? argv[1] : std::string(NEWSGRAPH_DATA_DIR) + "/models";
  std::filesystem::path data = argc > 2 ? argv[2] : std::string(NEWSGRAPH_DATA_DIR) + "/../shared/data";
  int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  try {
    long rss_before = peak_rss_kb();
    nlp::NlpModels models = nlp::NlpModels::load(models_dir);
    long rss_models = peak_rss_kb();
    std::string text = raw_text(data / "ud-ewt/test.conllu") + raw_text(data / "gum/test.conllu");
    if (text.empty()) {
      std::fprintf(stderr, "bench_nlp: no text under %s\n", data.c_str());
      return 1;
    }
    std::vector<double> cpu_rates, wall_rates;
    size_t tokens = 0;
    for (int r = 0; r < runs; ++r) {
      Document doc;
      doc.text = text;
      auto start = std::chrono::steady_clock::now();
      double cpu_start = cpu_seconds();
      tokenize(doc);
      models.annotate(doc);
      double cpu = cpu_seconds() - cpu_start;
      double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      tokens = doc.tokens.size();
      cpu_rates.push_back(tokens / cpu);
      wall_rates.push_back(tokens / wall);
    }
    std::sort(cpu_rates.begin(), cpu_rates.end());
    std::sort(wall_rates.begin(), wall_rates.end());
    std::printf("text: %zu bytes, %zu tokens; %d runs\n", text.size(), tokens, runs);
    std::printf("tokenize+tag+lemmatize+parse, one core: %.0f tokens/s by CPU time (median; min %.0f, max %.0f)\n",
                cpu_rates[cpu_rates.size() / 2], cpu_rates.front(), cpu_rates.back());
    std::printf("                                        %.0f tokens/s by wall time (median)\n",
                wall_rates[wall_rates.size() / 2]);
    std::printf("peak RSS: %.1f MB (before models %.1f MB, with models %.1f MB)\n", peak_rss_kb() / 1024.0,
                rss_before / 1024.0, rss_models / 1024.0);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_nlp: %s\n", e.what());
    return 1;
  }
  return 0;
}
