#include "cli/inputs.h"

#include <algorithm>
#include <map>
#include <system_error>

#include "extract/clean/input.h"

namespace newsgraph::cli {
namespace fs = std::filesystem;

InputList collect_inputs(const std::vector<std::string>& arguments) {
  InputList list;
  std::vector<fs::path> found;
  for (const std::string& arg : arguments) {
    fs::path path(arg);
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      list.skipped.emplace_back(arg, "no such file or directory");
      continue;
    }
    if (fs::is_directory(status)) {
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
      if (ec) {
        list.skipped.emplace_back(arg, "cannot read directory: " + ec.message());
        continue;
      }
      for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
          list.skipped.emplace_back(it->path().string(), "cannot read: " + ec.message());
          break;
        }
        std::error_code file_ec;
        if (!is_supported_input(it->path())) continue;
        if (it->is_regular_file(file_ec))
          found.push_back(it->path());
        else if (!it->is_directory(file_ec))
          list.skipped.emplace_back(it->path().string(),
                                    it->is_symlink(file_ec) ? "broken symbolic link"
                                                            : "not a regular file");
      }
    } else if (is_supported_input(path)) {
      found.push_back(path);
    } else {
      list.skipped.emplace_back(arg, "not a .html, .htm or .txt file (optionally .gz)");
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());

  std::map<std::string, int> id_count;
  for (const fs::path& p : found) ++id_count[document_id(p)];
  for (const fs::path& p : found) {
    std::string id = document_id(p);
    if (id_count[id] > 1) id = (p.parent_path() / id).generic_string();
    list.files.push_back({p, id});
  }
  return list;
}

}  // namespace newsgraph::cli
