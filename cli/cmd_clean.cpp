// PLACEHOLDER — replaced by the cleaning work.
#include <cstdio>
#include "cli/commands.h"
namespace newsgraph::cli {
int run_clean(int, char**) { std::fputs("clean: not built yet\n", stderr); return 2; }
}
