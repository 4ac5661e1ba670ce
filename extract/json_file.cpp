#include "extract/json_file.h"

#include <fmt/format.h>
#include <rapidjson/error/en.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace newsgraph {

std::string read_text_file(const std::filesystem::path& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot read {}", path.string(), what));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

rapidjson::Document parse_json(const std::string& text, const std::filesystem::path& path) {
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  if (doc.HasParseError())
    throw std::runtime_error(fmt::format("{}: invalid JSON at byte {}: {}", path.string(),
                                         doc.GetErrorOffset(),
                                         rapidjson::GetParseError_En(doc.GetParseError())));
  return doc;
}

}  // namespace newsgraph
