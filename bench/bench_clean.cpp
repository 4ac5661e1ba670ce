// Cleaning speed: single-thread throughput of clean_html over a directory of
// pages (default: ../shared/bench/cleaning/html), in MB/s of decompressed
// HTML, median of several runs, and the process's peak memory.
//
//   build/bench_clean [DIR] [--runs N]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/clean/article_cleaner.h"
#include "extract/clean/input.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  fs::path dir = fs::path(NEWSGRAPH_DATA_DIR) / "../shared/bench/cleaning/html";
  int runs = 7;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else if (a == "-h" || a == "--help") {
      std::puts("Usage: bench_clean [DIR] [--runs N]");
      return 0;
    } else dir = a;
  }
  std::vector<newsgraph::RawInput> pages;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file() || !newsgraph::is_supported_input(entry.path())) continue;
    try {
      pages.push_back(newsgraph::read_input(entry.path()));
    } catch (const newsgraph::InputError& e) {
      std::fprintf(stderr, "skipped: %s\n", e.what());
    }
  }
  if (pages.empty()) {
    std::fprintf(stderr, "bench_clean: no pages in %s\n", dir.string().c_str());
    return 2;
  }
  std::sort(pages.begin(), pages.end(),
            [](const auto& a, const auto& b) { return a.path < b.path; });
  size_t bytes = 0;
  for (const auto& p : pages) bytes += p.bytes.size();

  std::vector<double> seconds;
  size_t body_chars = 0;
  for (int r = 0; r < runs; ++r) {
    auto start = std::chrono::steady_clock::now();
    size_t chars = 0;
    for (const auto& p : pages) chars += newsgraph::clean_article(p).body.size();
    auto end = std::chrono::steady_clock::now();
    seconds.push_back(std::chrono::duration<double>(end - start).count());
    body_chars = chars;
  }
  std::sort(seconds.begin(), seconds.end());
  double median = seconds[seconds.size() / 2];
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  double mb = static_cast<double>(bytes) / 1e6;
  std::printf("pages            %zu (%s)\n", pages.size(), dir.string().c_str());
  std::printf("input            %.2f MB of HTML (decompressed)\n", mb);
  std::printf("runs             %d, median %.3f s (min %.3f, max %.3f)\n", runs, median,
              seconds.front(), seconds.back());
  std::printf("throughput       %.1f MB/s on one thread (median run)\n", mb / median);
  std::printf("pages per second %.0f\n", static_cast<double>(pages.size()) / median);
  std::printf("body text        %zu bytes\n", body_chars);
  std::printf("peak memory      %.1f MB (max RSS, pages held in memory included)\n",
              static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}
