// Atomic file output: write to a temporary file beside the target, flush,
// then rename over the target, so a reader never sees a half-written file and
// an interrupted run leaves the old file in place.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>

namespace newsgraph {

// Calls write(stream) on a temporary file in path's directory, then renames
// it to path. Throws std::runtime_error naming the path on any I/O failure
// (the temporary file is removed).
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write);

}  // namespace newsgraph
