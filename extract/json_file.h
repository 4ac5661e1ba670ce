// Reading the files newsgraph is configured by — lexicons, relation
// patterns, --resolve files and their schemas. Every error names the file.
#pragma once

#include <rapidjson/document.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace newsgraph {

// The whole file; throws std::runtime_error "<path>: cannot read <what>".
std::string read_text_file(const std::filesystem::path& path, std::string_view what = "the file");

// Throws std::runtime_error "<path>: invalid JSON at byte N: <reason>".
rapidjson::Document parse_json(const std::string& text, const std::filesystem::path& path);

}  // namespace newsgraph
