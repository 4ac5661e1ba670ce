// PLACEHOLDER — replaced by the NLP work.
#include <cstdio>
#include "cli/commands.h"
namespace newsgraph::cli {
int run_train(int, char**) { std::fputs("train: not built yet\n", stderr); return 2; }
}
