#include "extract/clean/input.h"

#include <fmt/format.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "extract/text/unicode.h"

namespace newsgraph {
namespace fs = std::filesystem;
namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The file name without .gz, lower-cased.
std::string inner_name(const fs::path& path) {
  std::string name = ascii_lower(path.filename().string());
  if (ends_with(name, ".gz")) name.resize(name.size() - 3);
  return name;
}

std::string gunzip(const std::string& data, const std::string& path) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK)  // +32: accept gzip and zlib headers
    throw InputError(fmt::format("{}: cannot initialise gzip decoder", path));
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buffer[1 << 16];
  int ret = Z_OK;
  while (ret != Z_STREAM_END) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof buffer;
    ret = inflate(&zs, Z_NO_FLUSH);
    if (ret != Z_OK && ret != Z_STREAM_END) {
      inflateEnd(&zs);
      throw InputError(fmt::format("{}: not valid gzip data ({})", path,
                                   zs.msg ? zs.msg : "truncated or corrupt"));
    }
    out.append(buffer, sizeof buffer - zs.avail_out);
    if (out.size() > kMaxInputBytes) {
      inflateEnd(&zs);
      throw InputError(fmt::format("{}: larger than {} MiB after decompression", path,
                                   kMaxInputBytes >> 20));
    }
    if (ret == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
      inflateEnd(&zs);
      throw InputError(fmt::format("{}: gzip data is truncated", path));
    }
  }
  inflateEnd(&zs);
  return out;
}

// Binary files (images, PDFs, executables) have NUL bytes early on or start
// with a known magic number; text and HTML never do.
const char* binary_kind(const std::string& bytes) {
  static const struct {
    const char* magic;
    const char* kind;
  } kMagic[] = {{"%PDF", "a PDF file"},     {"\x89PNG", "a PNG image"},
                {"GIF8", "a GIF image"},    {"\xFF\xD8\xFF", "a JPEG image"},
                {"PK\x03\x04", "a ZIP archive"}, {"\x7F" "ELF", "an executable"}};
  for (const auto& m : kMagic)
    if (bytes.compare(0, std::strlen(m.magic), m.magic) == 0) return m.kind;
  size_t probe = std::min<size_t>(bytes.size(), 4096);
  // UTF-16 text has NULs too; it is decoded later, so allow a BOM.
  bool utf16 = bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                                     (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
  if (!utf16 && std::memchr(bytes.data(), '\0', probe) != nullptr) return "a binary file";
  return nullptr;
}

}  // namespace

bool is_supported_input(const fs::path& path) {
  std::string name = inner_name(path);
  return ends_with(name, ".html") || ends_with(name, ".htm") || ends_with(name, ".txt");
}

InputFormat input_format(const fs::path& path) {
  std::string name = inner_name(path);
  return ends_with(name, ".txt") ? InputFormat::Text : InputFormat::Html;
}

std::string document_id(const fs::path& path) {
  std::string name = path.filename().string();
  for (const char* ext : {".gz", ".html", ".htm", ".txt"}) {
    if (ends_with(ascii_lower(name), ext)) name.resize(name.size() - std::strlen(ext));
  }
  return name;
}

RawInput read_input(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw InputError(fmt::format("{}: is a directory", path.string()));
  auto size = fs::file_size(path, ec);
  if (ec) throw InputError(fmt::format("{}: cannot read: {}", path.string(), ec.message()));
  if (size > kMaxInputBytes)
    throw InputError(fmt::format("{}: larger than {} MiB", path.string(), kMaxInputBytes >> 20));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: cannot read: {}", path.string(), std::strerror(errno)));
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<size_t>(in.gcount()) != size)
    throw InputError(fmt::format("{}: read failed", path.string()));

  RawInput input;
  input.path = path.string();
  input.id = document_id(path);
  input.format = input_format(path);
  bool gz = ends_with(ascii_lower(path.filename().string()), ".gz") ||
            (bytes.size() >= 2 && bytes[0] == '\x1F' && bytes[1] == '\x8B');
  input.bytes = gz ? gunzip(bytes, input.path) : std::move(bytes);
  if (const char* kind = binary_kind(input.bytes))
    throw InputError(fmt::format("{}: looks like {}, not HTML or text", input.path, kind));
  return input;
}

}  // namespace newsgraph
