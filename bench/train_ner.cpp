// train_ner: the named-entity tagger's trainer as its own executable,
//
//   build/train_ner --train FILE --dev FILE --tagger models/tagger.bin -o MODEL
//
// the same options as `newsgraph train ner` (cli/cmd_train_ner.cpp), for as
// long as the `train` command does not dispatch "ner" to it.
#include <cstdio>
#include <exception>

#include "cli/train_ner.h"

int main(int argc, char** argv) {
  try {
    return newsgraph::cli::run_train_ner(argc - 1, argv + 1);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "train_ner: %s\n", e.what());
    return 1;
  }
}
