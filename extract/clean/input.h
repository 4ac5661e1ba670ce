// Reading one input file as a crawler saved it: .html, .htm, .txt, each
// optionally gzip-compressed (.gz). The bytes are returned as they are; the
// cleaner detects the encoding.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace newsgraph {

enum class InputFormat { Html, Text };

struct RawInput {
  std::string path;   // as given
  std::string id;     // document id: file name without .gz and .html/.htm/.txt
  InputFormat format = InputFormat::Text;
  std::string bytes;  // decompressed content
};

// A file that cannot be used; the message names the file and the reason.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Largest input accepted (after decompression); larger files are refused.
inline constexpr size_t kMaxInputBytes = 256u << 20;

// True for the extensions newsgraph reads (.html .htm .txt, and with .gz).
bool is_supported_input(const std::filesystem::path& path);

// "dir/003_x.html.gz" → "003_x".
std::string document_id(const std::filesystem::path& path);

// Reads and decompresses the file. Throws InputError (naming the file) when it
// cannot be read, is not valid gzip, is too large, or looks binary.
RawInput read_input(const std::filesystem::path& path);

// Decides HTML or text from the extension.
InputFormat input_format(const std::filesystem::path& path);

}  // namespace newsgraph
