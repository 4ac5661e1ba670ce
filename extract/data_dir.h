// Where newsgraph finds schemas/ and models/ when no --data-dir is given:
// $NEWSGRAPH_DATA_DIR, else the source checkout the program was built from.
#pragma once

#include <filesystem>

namespace newsgraph {

std::filesystem::path default_data_dir();

}  // namespace newsgraph
