// Tokenizer + sentence splitter throughput on one core: the raw text of UD
// English EWT (all splits) and GUM (all kept genres), rebuilt as in
// bench/tokenizer_eval.h, tokenized several times; prints the median.
//
//   build-text/bench_tokenizer [--shared DIR] [--runs N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/tokenizer_eval.h"
#include "cli/options.h"

int main(int argc, char** argv) {
  newsgraph::cli::Options options(argc - 1, argv + 1);
  std::string shared = options.value("", "--shared").value_or(NEWSGRAPH_DATA_DIR "/../shared");
  unsigned runs = 7;
  if (auto r = options.value("", "--runs")) runs = newsgraph::cli::parse_positive(*r).value_or(7);
  if (auto err = options.error()) {
    std::fprintf(stderr, "bench_tokenizer: %s\n", err->c_str());
    return 2;
  }
  namespace fs = std::filesystem;
  fs::path data = fs::path(shared) / "data";
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (const char* file : {"ud-ewt/train.conllu", "ud-ewt/dev.conllu", "ud-ewt/test.conllu",
                           "gum/train.conllu", "gum/dev.conllu", "gum/test.conllu"}) {
    if (!fs::exists(data / file)) {
      std::fprintf(stderr, "bench_tokenizer: %s not found\n", (data / file).c_str());
      return 1;
    }
    for (auto& doc : newsgraph::eval::read_conllu((data / file).string())) {
      bytes += doc.text.size();
      texts.push_back(std::move(doc.text));
    }
  }
  std::vector<double> seconds;
  size_t tokens = 0, sentences = 0;
  for (unsigned run = 0; run < runs; ++run) {
    tokens = sentences = 0;
    auto start = std::chrono::steady_clock::now();
    for (const std::string& text : texts) {
      auto t = newsgraph::tokenize_text(text);
      auto s = newsgraph::split_sentences(text, t);
      tokens += t.size();
      sentences += s.size();
    }
    seconds.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(seconds.begin(), seconds.end());
  double median = seconds[seconds.size() / 2];
  std::printf("%zu documents, %.1f MB, %zu tokens, %zu sentences; median of %u runs: %.3f s\n",
              texts.size(), bytes / 1e6, tokens, sentences, runs, median);
  std::printf("tokenize + split: %.2f M tokens/s, %.1f MB/s (one core)\n", tokens / median / 1e6,
              bytes / median / 1e6);
  return 0;
}
