// Turning command-line INPUT arguments into the list of documents to read:
// directories are searched recursively, files kept when their extension is
// one newsgraph reads, everything sorted so runs are reproducible.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace newsgraph::cli {

struct InputFile {
  std::filesystem::path path;
  std::string id;  // document id, unique within the run
};

struct InputList {
  std::vector<InputFile> files;
  std::vector<std::pair<std::string, std::string>> skipped;  // path, reason
};

// Files named directly with another extension, missing paths and unreadable
// directories are reported in `skipped`. Document ids are file names without
// extensions; where two files share one, the path (extensions dropped) is used.
InputList collect_inputs(const std::vector<std::string>& arguments);

}  // namespace newsgraph::cli
