// PLACEHOLDER — replaced by the NLP work.
#include <cstdio>
#include "cli/commands.h"
namespace newsgraph::cli {
int run_parse(int, char**) { std::fputs("parse: not built yet\n", stderr); return 2; }
}
