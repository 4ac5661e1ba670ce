// Token and sentence F1 of the tokenizer against UD English EWT test and
// the GUM news documents (see bench/tokenizer_eval.h for the protocol).
//
//   build-text/eval_tokenizer [--shared DIR] [--errors N]
//
// DIR defaults to ../shared beside the checkout. --errors prints the first
// N mismatches of each corpus (for development).
#include <cstdio>
#include <filesystem>
#include <string>

#include "bench/tokenizer_eval.h"
#include "cli/options.h"

namespace {

void report(const char* name, const newsgraph::eval::Score& s) {
  std::printf("%-34s docs %4ld | tokens gold %6ld ours %6ld  P %.4f R %.4f F1 %.4f | "
              "sentences gold %5ld ours %5ld  P %.4f R %.4f F1 %.4f | unaligned gold words %ld\n",
              name, s.documents, s.tokens.gold, s.tokens.predicted, s.tokens.precision(),
              s.tokens.recall(), s.tokens.f1(), s.sentences.gold, s.sentences.predicted,
              s.sentences.precision(), s.sentences.recall(), s.sentences.f1(), s.unaligned);
}

}  // namespace

int main(int argc, char** argv) {
  newsgraph::cli::Options options(argc - 1, argv + 1);
  std::string shared = options.value("", "--shared").value_or(NEWSGRAPH_DATA_DIR "/../shared");
  size_t max_errors = 0;
  if (auto e = options.value("", "--errors")) max_errors = std::stoul(*e);
  if (auto err = options.error()) {
    std::fprintf(stderr, "eval_tokenizer: %s\n", err->c_str());
    return 2;
  }
  namespace fs = std::filesystem;
  fs::path data = fs::path(shared) / "data";
  if (!fs::exists(data / "ud-ewt" / "test.conllu")) {
    std::fprintf(stderr, "eval_tokenizer: %s not found\n", (data / "ud-ewt/test.conllu").c_str());
    return 1;
  }
  using newsgraph::eval::read_conllu;
  using newsgraph::eval::score_documents;
  struct Run {
    const char* name;
    std::vector<std::string> files;
    std::string genre;
  };
  const std::string gum = (data / "gum").string();
  const Run runs[] = {
      {"EWT test", {(data / "ud-ewt/test.conllu").string()}, ""},
      {"EWT dev", {(data / "ud-ewt/dev.conllu").string()}, ""},
      {"GUM news test", {gum + "/test.conllu"}, "news"},
      {"GUM news train+dev+test (24 docs)",
       {gum + "/train.conllu", gum + "/dev.conllu", gum + "/test.conllu"},
       "news"},
      {"GUM all genres test", {gum + "/test.conllu"}, ""},
  };
  for (const Run& run : runs) {
    newsgraph::eval::Score total;
    std::vector<std::string> errors;
    for (const std::string& file : run.files) {
      auto docs = read_conllu(file);
      auto s = score_documents(docs, run.genre, max_errors ? &errors : nullptr, max_errors);
      total.documents += s.documents;
      total.unaligned += s.unaligned;
      for (auto [into, from] : {std::pair{&total.tokens, &s.tokens},
                                std::pair{&total.sentences, &s.sentences}}) {
        into->gold += from->gold;
        into->predicted += from->predicted;
        into->matched += from->matched;
      }
    }
    report(run.name, total);
    for (const std::string& e : errors) std::printf("    %s\n", e.c_str());
  }
  return 0;
}
