// newsgraph train ner: trains the named-entity tagger (extract/nlp/ner_model.h)
// on GUM CoNLL-U files. Kept apart from cli/cmd_train.cpp, whose `train`
// command dispatches here when its model name is "ner".
#pragma once

namespace newsgraph::cli {

// The arguments after "train ner" (argv[0] is the first option); returns the
// process exit code (0 ok, 2 usage error).
int run_train_ner(int argc, char** argv);

}  // namespace newsgraph::cli
