// The subcommands of the newsgraph program. Each takes the arguments after
// its name and returns the process exit code:
//   0  everything done
//   1  some inputs failed (named on stderr) but the output was written
//   2  usage error (bad option, no input)
#pragma once

namespace newsgraph::cli {

int run_build(int argc, char** argv);     // cli/cmd_build.cpp
int run_clean(int argc, char** argv);     // cli/cmd_clean.cpp
int run_parse(int argc, char** argv);     // cli/cmd_parse.cpp
int run_train(int argc, char** argv);     // cli/cmd_train.cpp
int run_patterns(int argc, char** argv);  // cli/cmd_patterns.cpp
int run_explain(int argc, char** argv);   // cli/cmd_explain.cpp

}  // namespace newsgraph::cli
